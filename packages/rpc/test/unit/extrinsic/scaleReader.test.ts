import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { encodeCompact, ScaleReader } from '../../../src/index.js';

describe('ScaleReader', () => {
  it('compact known answers', () => {
    assert.deepEqual(encodeCompact(0), Uint8Array.of(0));
    assert.deepEqual(encodeCompact(1), Uint8Array.of(4));
    assert.deepEqual(encodeCompact(63), Uint8Array.of(0xfc));
    assert.deepEqual(encodeCompact(64), Uint8Array.of(0x01, 0x01));
    assert.deepEqual(encodeCompact(6969), Uint8Array.of(0xe5, 0x6c));
    assert.deepEqual(encodeCompact(16383), Uint8Array.of(0xfd, 0xff));
    assert.deepEqual(encodeCompact(16384), Uint8Array.of(0x02, 0x00, 0x01, 0x00));
    assert.deepEqual(encodeCompact(1n << 30n), Uint8Array.of(0x03, 0, 0, 0, 0x40));
    assert.deepEqual(encodeCompact((1n << 64n) - 1n), Uint8Array.of(0x13, ...new Array(8).fill(0xff)));
  });

  it('compact round trip', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        const reader = new ScaleReader(encodeCompact(value));
        assert.equal(reader.compactBigInt(), value);
        reader.ensureEnd('compact');
      }),
    );
  });

  it('refuses non-canonical compacts, overflows and truncation', () => {
    const bad = [Uint8Array.of(0x01, 0x00), Uint8Array.of(0x02, 0, 0, 0), Uint8Array.of(0x03, 1, 0, 0, 0)];
    for (const bytes of bad)
      assert.throws(() => new ScaleReader(bytes).compactBigInt(), { code: 'BAD_FORMAT' });
    assert.throws(() => new ScaleReader(encodeCompact(1n << 32n)).compactNumber(), { code: 'BAD_FORMAT' });
    assert.throws(() => new ScaleReader(Uint8Array.of(0x02, 0)).compactNumber(), { code: 'BAD_FORMAT' });
    assert.throws(() => new ScaleReader(Uint8Array.of(1, 2)).take(3), { code: 'BAD_FORMAT' });
    assert.throws(() => new ScaleReader(Uint8Array.of(1)).ensureEnd('x'), { code: 'BAD_FORMAT' });
  });
});
