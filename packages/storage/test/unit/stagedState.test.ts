import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toHex } from '@taonet/primitives';
import { computeStateRoot, EMPTY_TRIE_ROOT } from '@taonet/storage';
import fc from 'fast-check';
import { stageStateChanges } from '../../src/stagedState.js';
import { nodeSourceOf } from '../fixtures/storedNodes.js';
import { testChanges, testKey } from '../fixtures/testChain.js';

/** Stages blocks one after the other over an in-memory node map, as the store does over LMDB. */
async function stageChain(blocks: readonly Map<string, Uint8Array | null>[]): Promise<Uint8Array> {
  const nodes = new Map<string, Uint8Array>();
  const source = nodeSourceOf(nodes);
  let root = EMPTY_TRIE_ROOT;
  for (const changes of blocks) {
    const staged = await stageStateChanges(source, root, changes);
    for (const [key, bytes] of staged.inserted) nodes.set(key, bytes);
    root = staged.root;
  }
  return root;
}

function applyAll(blocks: readonly Map<string, Uint8Array | null>[]): Map<string, Uint8Array> {
  const state = new Map<string, Uint8Array>();
  for (const changes of blocks) for (const [k, v] of changes) v === null ? state.delete(k) : state.set(k, v);
  return state;
}

describe('stageStateChanges', () => {
  it('gives the empty root for an empty state and for a state whose keys were all deleted', async () => {
    assert.equal(await computeStateRoot([]), toHex(EMPTY_TRIE_ROOT));
    const key = testKey(1);
    const root = await stageChain([new Map([[key, Uint8Array.of(1)]]), new Map([[key, null]])]);
    assert.deepEqual(root, EMPTY_TRIE_ROOT);
  });

  it('distinguishes an empty value from an absent key', async () => {
    const withEmpty = await computeStateRoot([[testKey(1), new Uint8Array(0)]]);
    assert.notEqual(withEmpty, toHex(EMPTY_TRIE_ROOT));
    assert.notEqual(withEmpty, await computeStateRoot([[testKey(1), Uint8Array.of(0)]]));
  });

  it('keeps only the nodes the new root reaches', async () => {
    const changes = testChanges(0, { changesPerBlock: 300 });
    const staged = await stageStateChanges(() => undefined, EMPTY_TRIE_ROOT, changes);
    // 300 leaves under ~20 branches: mpt wrote several versions of each path, the store keeps one.
    assert.ok(
      staged.inserted.size < 2 * changes.size,
      `${staged.inserted.size} nodes for ${changes.size} keys`,
    );
    assert.equal(staged.stateRoot, toHex(staged.root));
  });

  it('the root depends only on the final state, not on the history (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 5 }),
        async (seed, count) => {
          const opts = { seed, changesPerBlock: 30, keySpace: 60 };
          const blocks = Array.from({ length: count }, (_, n) => testChanges(n, opts));
          const incremental = await stageChain(blocks);
          assert.equal(toHex(incremental), await computeStateRoot(applyAll(blocks)));
        },
      ),
      { numRuns: 25 },
    );
  });
});
