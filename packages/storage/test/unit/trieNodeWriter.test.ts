import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash, toHex } from '@taonet/primitives';
import { openChainStore } from '@taonet/storage';
import fc from 'fast-check';
import { openChainDbs } from '../../src/chainDbs.js';
import { getChildHashes } from '../../src/trieNodeRefs.js';
import { isEmptyRoot } from '../../src/trieReader.js';
import { createTempStore } from '../fixtures/tempStore.js';
import { testBlockBytes, testChanges, testKey, ZERO_HASH } from '../fixtures/testChain.js';

/** The hex hashes of every node reachable from `roots`, read from the node table. */
function reachable(get: (hash: Uint8Array) => Uint8Array | undefined, roots: Uint8Array[]): Set<string> {
  const seen = new Set<string>();
  const stack = roots.filter((root) => !isEmptyRoot(root));
  for (let hash = stack.pop(); hash !== undefined; hash = stack.pop()) {
    const hex = toHex(hash);
    if (seen.has(hex)) continue;
    seen.add(hex);
    const bytes = get(hash);
    assert.ok(bytes, `node ${hex} of a kept state is missing`);
    stack.push(...getChildHashes(bytes));
  }
  return seen;
}

/** Block `n`'s changes: random writes, or none, or undoing the previous block (identical roots). */
function changesFor(n: number, kind: number): Map<string, Uint8Array | null> {
  if (kind === 0) return new Map();
  if (kind === 1) return new Map([[testKey(n % 3), Uint8Array.of(kind)]]);
  return testChanges(n, { changesPerBlock: 12, keySpace: 40, seed: kind });
}

describe('TrieNodeWriter (pruning by reference counts)', () => {
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
            const oldest = temp.store.stats().oldestState;
            const roots = [];
            for (let k = oldest; k < n; k++)
              roots.push(fromHex(temp.store.getBlockRecordByNumber(k)!.stateRoot));
            await temp.store.close();
            const dbs = openChainDbs({ path: temp.path });
            try {
              const kept = reachable((hash) => dbs.trieNodes.getBinary(hash), roots);
              const stored = new Set([...dbs.trieNodes.getKeys()].map((key) => toHex(key)));
              assert.deepEqual(stored, kept);
              assert.equal(dbs.trieRefs.getCount(), stored.size);
            } finally {
              await dbs.env.close();
              temp.store = await openChainStore({ path: temp.path, noSync: true, stateHistory: window });
            }
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
