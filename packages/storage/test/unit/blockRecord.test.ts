import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Hash, toHex } from '@taonet/primitives';
import { decodeBlockRecord, encodeBlockRecord } from '../../src/blockRecord.js';

describe('block record codec', () => {
  const parentHash = new Uint8Array(32).fill(1);
  const stateRoot = new Uint8Array(32).fill(2);
  const hash = toHex(new Uint8Array(32).fill(3)) as Hash;

  it('round-trips with and without a header', () => {
    const plain = decodeBlockRecord(
      hash,
      encodeBlockRecord({ number: 4_000_000_000, parentHash, stateRoot, header: undefined }),
    );
    assert.deepEqual(plain, {
      hash,
      number: 4_000_000_000,
      parentHash: toHex(parentHash),
      stateRoot: toHex(stateRoot),
    });
    const header = Uint8Array.of(7, 8, 9);
    const full = decodeBlockRecord(hash, encodeBlockRecord({ number: 1, parentHash, stateRoot, header }));
    assert.deepEqual(full.header, header);
  });

  it('rejects a truncated record', () => {
    assert.throws(() => decodeBlockRecord(hash, new Uint8Array(10)), { code: 'CORRUPT_STORE' });
  });
});
