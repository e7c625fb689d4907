import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Hash, toHex } from '@taonet/primitives';
import { type ChainStore, computeStateRoot, EMPTY_TRIE_ROOT, verifyReadProof } from '@taonet/storage';
import { createTempStore } from '../fixtures/tempStore.js';
import { type TestChainOpts, testBlock, testChainHashes, ZERO_HASH } from '../fixtures/testChain.js';

/** Commits blocks `from..to-1` of the test chain; returns the final state as a map. */
async function commitChain(
  store: ChainStore,
  to: number,
  opts: TestChainOpts = {},
): Promise<Map<string, Uint8Array>> {
  const state = new Map<string, Uint8Array>([...store.state.entries()]);
  for (let n = (store.best?.number ?? -1) + 1; n < to; n++) {
    const input = testBlock(n, store.best?.hash ?? ZERO_HASH, opts);
    await store.commitBlock(input);
    for (const [k, v] of input.stateChanges as Map<string, Uint8Array | null>) {
      v === null ? state.delete(k) : state.set(k, v);
    }
  }
  return state;
}

describe('ChainStore blocks and pointers', () => {
  it('starts empty, then serves blocks by hash and number with best and genesis pointers', async () => {
    const temp = await createTempStore();
    try {
      const { store } = temp;
      const empty = store.best;
      assert.equal(empty, undefined);
      assert.equal(store.bestStateRoot, toHex(EMPTY_TRIE_ROOT));
      await commitChain(store, 5);
      const hashes = testChainHashes(5);
      assert.equal(store.best?.number, 4);
      assert.equal(store.best?.hash, hashes[4]);
      assert.equal(store.genesis?.hash, hashes[0]);
      assert.equal(store.finalized, undefined);
      for (let n = 0; n < 5; n++) {
        assert.equal(store.getHash(n), hashes[n]);
        assert.deepEqual(store.getBlock(hashes[n]!), testBlock(n, hashes[n - 1] ?? ZERO_HASH).block);
        assert.equal(store.getBlockRecordByNumber(n)?.parentHash, hashes[n - 1] ?? ZERO_HASH);
        assert.deepEqual(store.getEvents(hashes[n]!), Uint8Array.of(n));
        const [xt] = store.getExtrinsicHashes(hashes[n]!);
        assert.deepEqual(store.findExtrinsic(xt!), { blockHash: hashes[n], index: 0 });
      }
      assert.equal(store.getHash(5), undefined);
      assert.equal(store.getBlock(ZERO_HASH), undefined);
    } finally {
      await temp.dispose();
    }
  });

  it('keeps headers and accepts upper-case hashes', async () => {
    const temp = await createTempStore();
    try {
      const input = { ...testBlock(0, ZERO_HASH), header: Uint8Array.of(9, 9) };
      await temp.store.commitBlock(input);
      const record = temp.store.getBlockRecord(input.hash.toUpperCase().replace('0X', '0x') as Hash);
      assert.deepEqual(record?.header, Uint8Array.of(9, 9));
      assert.equal(record?.hash, input.hash);
    } finally {
      await temp.dispose();
    }
  });

  it('refuses blocks that do not extend the best block, and wrong state roots, changing nothing', async () => {
    const temp = await createTempStore();
    try {
      const { store } = temp;
      await assert.rejects(store.commitBlock(testBlock(1, ZERO_HASH)), { code: 'NOT_BEST_CHILD' });
      await commitChain(store, 2);
      const best = store.best!;
      await assert.rejects(store.commitBlock(testBlock(2, ZERO_HASH)), { code: 'NOT_BEST_CHILD' });
      await assert.rejects(store.commitBlock(testBlock(3, best.hash)), { code: 'NOT_BEST_CHILD' });
      const wrongRoot = { ...testBlock(2, best.hash), expectedStateRoot: best.stateRoot };
      await assert.rejects(store.commitBlock(wrongRoot), { code: 'STATE_ROOT_MISMATCH' });
      assert.deepEqual(store.best, best);
      const staged = await store.stageState(testBlock(2, best.hash).stateChanges as Map<string, null>);
      await store.commitBlock({
        ...testBlock(2, best.hash),
        stateChanges: staged,
        expectedStateRoot: staged.stateRoot,
      });
      await assert.rejects(store.commitBlock({ ...testBlock(3, store.best!.hash), stateChanges: staged }), {
        code: 'STALE_STAGED_STATE',
      });
    } finally {
      await temp.dispose();
    }
  });

  it('persists across reopen and moves the finalized pointer forward only', async () => {
    const temp = await createTempStore();
    try {
      const state = await commitChain(temp.store, 4);
      await temp.store.setFinalized(testChainHashes(4)[2]!);
      const store = await temp.reopen();
      assert.equal(store.best?.number, 3);
      assert.equal(store.finalized?.number, 2);
      assert.deepEqual(new Map(store.state.entries()), state);
      await assert.rejects(store.setFinalized(testChainHashes(4)[1]!), { code: 'FINALITY_REVERSAL' });
      await assert.rejects(store.setFinalized(ZERO_HASH), { code: 'UNKNOWN_BLOCK' });
      const next = testBlock(4, store.best!.hash);
      await store.commitBlock({ ...next, finalized: next.hash });
      assert.equal(store.finalized?.hash, next.hash);
    } finally {
      await temp.dispose();
    }
  });
});

describe('ChainStore state', () => {
  it('the flat state and the trie agree, and the root equals a fresh computation', async () => {
    const temp = await createTempStore();
    try {
      const state = await commitChain(temp.store, 6, { keySpace: 300 });
      const { store } = temp;
      assert.deepEqual(new Map(store.state.entries()), state);
      assert.deepEqual(new Map(store.stateAt().entries()), state);
      assert.equal(store.bestStateRoot, await computeStateRoot(state));
      const prefix = [...state.keys()][0]!.slice(0, 2);
      assert.deepEqual([...store.state.keysWithPrefix(prefix)], [...store.stateAt().keysWithPrefix(prefix)]);
      const page = store.state.keysPaged('', 4);
      assert.deepEqual(store.state.keysPaged('', 4, page[1]), store.stateAt().keysPaged('', 4, page[1]));
    } finally {
      await temp.dispose();
    }
  });

  it('reads the state at recent blocks and proves values there', async () => {
    const temp = await createTempStore({ stateHistory: 3 });
    try {
      const { store } = temp;
      const states: Map<string, Uint8Array>[] = [];
      for (let n = 0; n < 6; n++) states.push(await commitChain(store, n + 1, { keySpace: 200 }));
      for (const n of [3, 4, 5]) assert.deepEqual(new Map(store.stateAt(n).entries()), states[n]);
      assert.throws(() => store.stateAt(2), { code: 'STATE_PRUNED' });
      assert.throws(() => store.stateAt(ZERO_HASH), { code: 'UNKNOWN_BLOCK' });
      const keys = [...states[4]!.keys()].slice(0, 3);
      const { at, proof } = store.getReadProof(keys, 4);
      assert.equal(at, store.getHash(4));
      const proven = verifyReadProof(store.getBlockRecord(at)!.stateRoot, proof, keys);
      for (const key of keys) assert.deepEqual(proven.get(key), states[4]!.get(key));
      assert.equal(store.stats().oldestState, 3);
    } finally {
      await temp.dispose();
    }
  });

  it('reverts the best block back to its parent state, but not below finality', async () => {
    const temp = await createTempStore({ stateHistory: 4 });
    try {
      const { store } = temp;
      const before = await commitChain(store, 5);
      const parent = store.best!;
      const xt = testBlock(5, parent.hash).extrinsicHashes![0]!;
      await commitChain(store, 6);
      assert.ok(store.findExtrinsic(xt));
      const reverted = await store.revertBest();
      assert.deepEqual(reverted, parent);
      assert.equal(store.getHash(5), undefined);
      assert.equal(store.findExtrinsic(xt), undefined);
      assert.deepEqual(new Map(store.state.entries()), before);
      assert.equal(store.stateAt().stateRoot, parent.stateRoot);
      await store.commitBlock(testBlock(5, parent.hash, { seed: 7 }));
      await store.setFinalized(parent.hash);
      await store.revertBest();
      await assert.rejects(store.revertBest(), { code: 'REVERT_FINALIZED' });
    } finally {
      await temp.dispose();
    }
  });

  it('refuses to reopen a pruning store as an archive', async () => {
    const temp = await createTempStore();
    try {
      await assert.rejects(temp.reopen({ stateHistory: 'archive' }), { code: 'STORE_FORMAT' });
      await temp.reopen({ stateHistory: 10 });
    } finally {
      await temp.dispose();
    }
  });
});
