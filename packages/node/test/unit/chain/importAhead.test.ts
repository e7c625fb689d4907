import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hash } from '@taonet/primitives';
import { type Block, encodeBlock, ImportAhead, type PreparedBlock } from '../../../src/index.js';

const ZERO = `0x${'00'.repeat(32)}` as Hash;
const blockBytes = (number: number) =>
  encodeBlock({
    header: { parentHash: ZERO, number, stateRoot: ZERO, extrinsicsRoot: ZERO, digest: [] },
    extrinsics: [],
  });

function tracker() {
  const prepared: number[] = [];
  const prepare = (block: Block): PreparedBlock | undefined => {
    prepared.push(block.header.number);
    if (block.header.number === 4) return undefined; // preparing fails: the import checks it itself
    return {
      block,
      extrinsics: [],
      verification: {
        finish: async () => [],
        cancel: () => {},
        progress: () => ({ done: 0, here: 0, count: 0 }),
      },
    };
  };
  return { prepared, ahead: new ImportAhead(prepare, 2) };
}

describe('ImportAhead', () => {
  it('prepares the blocks behind the running one, at most depth of them, each once', () => {
    const { prepared, ahead } = tracker();
    const entries = [1, 2, 3, 4, 5].map((n) => ahead.enqueue(blockBytes(n)));
    assert.deepEqual(prepared, [2, 3]); // nothing runs: block 1 is next, 2 and 3 are ahead
    assert.equal(ahead.take(entries[0]!), undefined);
    assert.deepEqual(prepared, [2, 3]);
    ahead.done();
    assert.equal(ahead.take(entries[1]!)?.block.header.number, 2);
    assert.deepEqual(prepared, [2, 3, 4]);
    ahead.done();
    assert.equal(ahead.take(entries[2]!)?.block.header.number, 3);
    assert.deepEqual(prepared, [2, 3, 4, 5]);
    ahead.done();
    assert.equal(ahead.take(entries[3]!), undefined);
    ahead.done();
    assert.equal(ahead.take(entries[4]!)?.block.header.number, 5);
    assert.deepEqual(prepared, [2, 3, 4, 5]);
  });

  it('a lone block is not prepared; one given while another imports is; undecodable bytes are left to the import', () => {
    const { prepared, ahead } = tracker();
    const first = ahead.enqueue(blockBytes(1));
    assert.deepEqual(prepared, []);
    ahead.take(first);
    const second = ahead.enqueue(blockBytes(2));
    const garbage = ahead.enqueue(Uint8Array.of(1, 2, 3));
    assert.deepEqual(prepared, [2]);
    ahead.done();
    assert.equal(ahead.take(second)?.block.header.number, 2);
    ahead.done();
    assert.equal(ahead.take(garbage), undefined);
  });
});
