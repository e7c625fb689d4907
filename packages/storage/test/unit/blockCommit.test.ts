import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChainDbs } from '../../src/chainDbs.js';
import { decodeBlockJournal } from '../../src/stateJournal.js';
import { createTempStore } from '../fixtures/tempStore.js';
import { testBlock, testKey, ZERO_HASH } from '../fixtures/testChain.js';

describe('writeBlockCommit flat state and undo journal', () => {
  it('skips writes that change nothing: a stored value rewritten, an absent key removed', async () => {
    const temp = await createTempStore();
    try {
      const { store } = temp;
      const genesis = new Map([
        [testKey(1), Uint8Array.of(1)],
        [testKey(2), Uint8Array.of(2)],
      ]);
      await store.commitBlock({ ...testBlock(0, ZERO_HASH), stateChanges: genesis });
      const changes = new Map<string, Uint8Array | null>([
        [testKey(1), Uint8Array.of(1)], // unchanged
        [testKey(2), Uint8Array.of(3)], // changed
        [testKey(3), null], // absent already
        [testKey(4), new Uint8Array(0)], // new, empty
      ]);
      const root = (await store.stageState(changes)).stateRoot;
      await store.commitBlock({ ...testBlock(1, store.best!.hash), stateChanges: changes });
      assert.equal(store.best?.stateRoot, root, 'the state root is that of all the changes');
      const { dbs } = store as unknown as { dbs: ChainDbs };
      const journal = decodeBlockJournal(new Uint8Array(dbs.journal.getBinary(1)!)).state;
      assert.deepEqual(
        journal.map(([key, previous]) => [Buffer.from(key).toString('hex'), previous]),
        [
          [testKey(2), Uint8Array.of(2)],
          [testKey(4), undefined],
        ],
      );
      assert.deepEqual(store.state.get(testKey(4)), new Uint8Array(0));
      await store.revertBest();
      assert.deepEqual(
        [...store.state.entries()],
        [...genesis].sort(([a], [b]) => (a < b ? -1 : 1)),
      );
      assert.equal(store.stateAt().get(testKey(2))?.[0], 2);
    } finally {
      await temp.dispose();
    }
  });

  it('keeps undo journals only above the finalized block, the blocks revertBest may still undo', async () => {
    const temp = await createTempStore();
    try {
      const { store } = temp;
      const { dbs } = store as unknown as { dbs: ChainDbs };
      const journals = () => [...dbs.journal.getKeys()] as number[];
      for (let n = 0; n < 6; n++) await store.commitBlock(testBlock(n, store.best?.hash ?? ZERO_HASH));
      assert.deepEqual(journals(), [0, 1, 2, 3, 4, 5]);
      await store.setFinalized(store.getHash(3)!);
      assert.deepEqual(journals(), [4, 5]);
      // a block finalized by its own commit writes no journal, and passes the ones below it
      const seventh = testBlock(6, store.best!.hash);
      await store.commitBlock({ ...seventh, finalized: seventh.hash });
      assert.deepEqual(journals(), []);
      await assert.rejects(store.revertBest(), { code: 'REVERT_FINALIZED' });
      await store.commitBlock(testBlock(7, store.best!.hash));
      assert.deepEqual(journals(), [7]);
      const before = [...store.state.entries()];
      await store.commitBlock(testBlock(8, store.best!.hash));
      await store.revertBest();
      assert.deepEqual([...store.state.entries()], before);
      assert.deepEqual(journals(), [7]);
    } finally {
      await temp.dispose();
    }
  });
});
