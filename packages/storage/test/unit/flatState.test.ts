import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTempStore } from '../fixtures/tempStore.js';
import { ZERO_HASH } from '../fixtures/testChain.js';

describe('FlatState', () => {
  it('scans byte prefixes, odd nibble prefixes and pages in key order', async () => {
    const temp = await createTempStore();
    try {
      const keys = ['0a', 'a0', 'a001', 'a0ff', 'a1', 'b0'];
      const changes = new Map(keys.map((key) => [key, Uint8Array.of(1)]));
      await temp.store.commitBlock({
        hash: `0x${'11'.repeat(32)}` as never,
        number: 0,
        parentHash: ZERO_HASH,
        block: new Uint8Array(),
        stateChanges: changes,
      });
      const { state } = temp.store;
      assert.deepEqual([...state.keysWithPrefix('a0')], ['a0', 'a001', 'a0ff']);
      assert.deepEqual([...state.keysWithPrefix('a')], ['a0', 'a001', 'a0ff', 'a1']);
      assert.deepEqual([...state.keysWithPrefix('')], keys);
      assert.deepEqual(state.keysPaged('a', 2, 'a001'), ['a0ff', 'a1']);
      assert.deepEqual(state.keysPaged('a', 9, '05'), ['a0', 'a001', 'a0ff', 'a1']);
      assert.deepEqual(state.keysPaged('a', 9, 'a1'), []);
      assert.deepEqual(state.get('a001'), Uint8Array.of(1));
      assert.equal(state.get('a002'), undefined);
      assert.throws(() => state.get('0xa0'), { code: 'INVALID_STATE_KEY' });
    } finally {
      await temp.dispose();
    }
  });
});
