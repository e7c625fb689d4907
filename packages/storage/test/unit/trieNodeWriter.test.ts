import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash, toHex } from '@taonet/primitives';
import { type ChainStore, openChainStore, type StateChanges } from '@taonet/storage';
import fc from 'fast-check';
import { openChainDbs } from '../../src/chainDbs.js';
import { readStoredNode } from '../../src/trieNodeWriter.js';
import type { NodeSource } from '../../src/trieReader.js';
import { reachableNodeKeys } from '../fixtures/storedNodes.js';
import { createTempStore } from '../fixtures/tempStore.js';
import { testBlockBytes, testChanges, testKey, ZERO_HASH } from '../fixtures/testChain.js';

/** What the node table holds, and the nodes kept states reach, read from a closed store's tables. */
async function readNodeTables(path: string, roots: readonly Uint8Array[]) {
  const dbs = openChainDbs({ path });
  try {
    const source: NodeSource = (hash, position) => readStoredNode(dbs, hash, position);
    const kept = reachableNodeKeys(source, roots);
    const stored = new Set([...dbs.trieNodes.getKeys()].map((key) => Buffer.from(key).toString('hex')));
    const scheduled = new Set<string>();
    // a death row entry's key: u32 block number ++ node key
    for (const key of dbs.trieDeaths.getKeys()) scheduled.add(Buffer.from(key).subarray(4).toString('hex'));
    return { kept, stored, scheduled };
  } finally {
    await dbs.env.close();
  }
}

/** Block `n`'s changes: random writes, or none, or undoing the previous block (identical roots). */
function changesFor(n: number, kind: number): Map<string, Uint8Array | null> {
  if (kind === 0) return new Map();
  if (kind === 1) return new Map([[testKey(n % 3), Uint8Array.of(kind)]]);
  return testChanges(n, { changesPerBlock: 12, keySpace: 40, seed: kind });
}

/** Commits block `n` on the best block; `salt` makes blocks of the same height and parent differ. */
async function commitOnBest(store: ChainStore, n: number, changes: StateChanges, salt = 0): Promise<void> {
  const parent = store.best?.hash ?? ZERO_HASH;
  const block = testBlockBytes(n, parent);
  const hash = toHex(blake2b256(Uint8Array.of(...block, salt))) as Hash;
  await store.commitBlock({ hash, number: n, parentHash: parent, block, stateChanges: changes });
}

/** The state roots of the kept blocks below `next`. */
function keptRoots(store: ChainStore, next: number): Uint8Array[] {
  const roots = [];
  for (let k = store.stats().oldestState; k < next; k++)
    roots.push(fromHex(store.getBlockRecordByNumber(k)!.stateRoot));
  return roots;
}

describe('TrieNodeWriter (pruning by death rows)', () => {
  it('stores exactly the nodes of the kept states after commits and reverts (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom(1, 3, 1_000),
        async (steps, window, pruneStepNodes) => {
          const opts = { stateHistory: window, pruneStepNodes };
          const temp = await createTempStore(opts);
          const reopen = async () => {
            await temp.store.close();
            const tables = await readNodeTables(temp.path, roots);
            temp.store = await openChainStore({ path: temp.path, noSync: true, ...opts });
            return tables;
          };
          let roots: Uint8Array[] = [];
          try {
            let n = 0;
            for (const [kind, revert] of steps) {
              await commitOnBest(temp.store, n, changesFor(n, kind), kind);
              n++;
              if (revert && n > 1 && n - 1 > temp.store.stats().oldestState) {
                await temp.store.revertBest();
                n--;
              }
            }
            // every node of a kept state is stored; any other stored node waits on a death row
            roots = keptRoots(temp.store, n);
            const now = await reopen();
            for (const key of now.stored) assert.ok(now.kept.has(key) || now.scheduled.has(key), key);
            // once the window has moved past every revert and replacement, exactly the kept states remain
            for (let k = 0; k <= window; k++, n++) await commitOnBest(temp.store, n, new Map());
            roots = keptRoots(temp.store, n);
            const later = await reopen();
            assert.deepEqual(later.stored, later.kept);
          } finally {
            await temp.dispose();
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses a pruning step below one node', async () => {
    const temp = await createTempStore();
    try {
      for (const pruneStepNodes of [0, -1, 1.5, Number.NaN]) {
        await assert.rejects(openChainStore({ path: temp.path, pruneStepNodes }), {
          code: 'INVALID_OPTION',
          message: /pruneStepNodes/,
        });
      }
    } finally {
      await temp.dispose();
    }
  });

  it('keeps every node in archive mode', async () => {
    const temp = await createTempStore({ stateHistory: 'archive' });
    try {
      for (let n = 0; n < 6; n++) await commitOnBest(temp.store, n, changesFor(n, 2));
      assert.equal(temp.store.stats().oldestState, 0);
      assert.ok(temp.store.stateAt(0).keysPaged('', 1).length === 1);
    } finally {
      await temp.dispose();
    }
  });
});
