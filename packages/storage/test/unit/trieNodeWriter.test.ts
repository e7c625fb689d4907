import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash, toHex } from '@taonet/primitives';
import { openChainStore } from '@taonet/storage';
import fc from 'fast-check';
import { openChainDbs } from '../../src/chainDbs.js';
import { decodeDeathRow } from '../../src/trieDeathRow.js';
import { encodeNodeKey } from '../../src/trieNodeKey.js';
import { NODE_STAMP_LENGTH } from '../../src/trieNodeWriter.js';
import type { NodeSource } from '../../src/trieReader.js';
import { reachableNodeKeys } from '../fixtures/storedNodes.js';
import { createTempStore } from '../fixtures/tempStore.js';
import { testBlockBytes, testChanges, testKey, ZERO_HASH } from '../fixtures/testChain.js';

/** What the node table holds, and the nodes kept states reach, read from a closed store's tables. */
async function readNodeTables(path: string, roots: readonly Uint8Array[]) {
  const dbs = openChainDbs({ path });
  try {
    const source: NodeSource = (hash, position) =>
      dbs.trieNodes.getBinary(encodeNodeKey(position, hash))?.subarray(NODE_STAMP_LENGTH);
    const kept = reachableNodeKeys(source, roots);
    const stored = new Set([...dbs.trieNodes.getKeys()].map((key) => Buffer.from(key).toString('hex')));
    const scheduled = new Set<string>();
    for (const { value } of dbs.trieDeaths.getRange())
      for (const entry of decodeDeathRow(value)) scheduled.add(Buffer.from(entry.key).toString('hex'));
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

describe('TrieNodeWriter (pruning by death rows)', () => {
  it('stores exactly the nodes of the kept states after commits and reverts (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 2, max: 4 }),
        async (steps, window) => {
          const temp = await createTempStore({ stateHistory: window });
          try {
            let n = 0;
            for (const [kind, revert] of steps) {
              const parent = temp.store.best?.hash ?? ZERO_HASH;
              const block = testBlockBytes(n, parent);
              const hash = toHex(blake2b256(Uint8Array.of(...block, kind))) as Hash;
              await temp.store.commitBlock({
                hash,
                number: n,
                parentHash: parent,
                block,
                stateChanges: changesFor(n, kind),
              });
              n++;
              if (revert && n > 1 && n - 1 > temp.store.stats().oldestState) {
                await temp.store.revertBest();
                n--;
              }
            }
            const keptRoots = () => {
              const roots = [];
              for (let k = temp.store.stats().oldestState; k < n; k++)
                roots.push(fromHex(temp.store.getBlockRecordByNumber(k)!.stateRoot));
              return roots;
            };
            // every node of a kept state is stored; any other stored node waits on a death row
            let roots = keptRoots();
            await temp.store.close();
            const now = await readNodeTables(temp.path, roots);
            for (const key of now.stored) assert.ok(now.kept.has(key) || now.scheduled.has(key), key);
            // once the window has moved past every revert and replacement, exactly the kept states remain
            temp.store = await openChainStore({ path: temp.path, noSync: true, stateHistory: window });
            for (let k = 0; k <= window; k++, n++) {
              const parent = temp.store.best!.hash;
              const block = testBlockBytes(n, parent);
              const hash = toHex(blake2b256(block)) as Hash;
              await temp.store.commitBlock({
                hash,
                number: n,
                parentHash: parent,
                block,
                stateChanges: new Map(),
              });
            }
            roots = keptRoots();
            await temp.store.close();
            const later = await readNodeTables(temp.path, roots);
            assert.deepEqual(later.stored, later.kept);
            temp.store = await openChainStore({ path: temp.path, noSync: true, stateHistory: window });
          } finally {
            await temp.dispose();
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps every node in archive mode', async () => {
    const temp = await createTempStore({ stateHistory: 'archive' });
    try {
      let parent = ZERO_HASH;
      for (let n = 0; n < 6; n++) {
        const block = testBlockBytes(n, parent);
        const hash = toHex(blake2b256(block)) as Hash;
        await temp.store.commitBlock({
          hash,
          number: n,
          parentHash: parent,
          block,
          stateChanges: changesFor(n, 2),
        });
        parent = hash;
      }
      assert.equal(temp.store.stats().oldestState, 0);
      assert.ok(temp.store.stateAt(0).keysPaged('', 1).length === 1);
    } finally {
      await temp.dispose();
    }
  });
});
