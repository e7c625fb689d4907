/** The hand-written vector codecs are byte for byte scale-ts' `Vector(...)`, in both directions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bool, type Codec, Tuple, u16, u64, Vector } from 'scale-ts';
import { encodeU16Pairs, VecBool, VecU16, VecU16Pairs, VecU64 } from '../../../src/state/vectorCodecs.js';

/** lengths around the compact-length mode changes (64, 16384) */
const length = fc.oneof(fc.nat(70), fc.integer({ min: 16_380, max: 16_390 }));

function sameAsScaleTs<T>(fast: Codec<T[]>, slow: Codec<T[]>, element: fc.Arbitrary<T>): void {
  fc.assert(
    fc.property(
      length.chain((n) => fc.array(element, { minLength: n, maxLength: n })),
      (values) => {
        const bytes = slow.enc(values);
        assert.deepEqual(fast.enc(values), bytes);
        assert.deepEqual(fast.dec(bytes), slow.dec(bytes));
        const padded = new Uint8Array(bytes.length + 5);
        padded.set(bytes, 3);
        assert.deepEqual(fast.dec(padded.subarray(3)), values, 'decodes a subarray at its own offset');
      },
    ),
    { numRuns: 40 },
  );
}

describe('vector codecs', () => {
  it('VecU16 = Vector(u16)', () => sameAsScaleTs(VecU16, Vector(u16), fc.nat(65535)));
  it('VecU64 = Vector(u64)', () =>
    sameAsScaleTs(VecU64, Vector(u64), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })));
  it('VecBool = Vector(bool)', () => sameAsScaleTs(VecBool, Vector(bool), fc.boolean()));
  it('VecU16Pairs = Vector(Tuple(u16, u16))', () =>
    sameAsScaleTs(
      VecU16Pairs,
      Vector(Tuple(u16, u16)) as Codec<[number, number][]>,
      fc.tuple(fc.nat(65535), fc.nat(65535)),
    ));

  it('wraps out-of-range u16 values as scale-ts does', () => {
    const values = [65536, -1, 70000, 1.7];
    assert.deepEqual(VecU16.enc(values), Vector(u16).enc(values));
    assert.deepEqual(encodeU16Pairs([[65537, -2]]), Vector(Tuple(u16, u16)).enc([[65537, -2]]));
  });

  it('reads any non-zero byte as true, as scale-ts does', () => {
    const bytes = Uint8Array.of(3 << 2, 0, 1, 7);
    assert.deepEqual(VecBool.dec(bytes), Vector(bool).dec(bytes));
  });

  it('throws on bytes that end inside the vector', () => {
    for (const codec of [VecU16, VecU64, VecBool, VecU16Pairs] as Codec<unknown[]>[]) {
      assert.throws(() => codec.dec(Uint8Array.of(2 << 2, 1)), RangeError);
      assert.throws(() => codec.dec(new Uint8Array()), RangeError);
      assert.throws(() => codec.dec(Uint8Array.of(0b01)), RangeError);
    }
  });
});
