/** Storage-boundary conversions and the emission split (epoch/math.rs, subnets/mechanism.rs). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32, I64F64 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  fixed64ToFixed32,
  fixedProportionToU16,
  fixedToFixedU16Proportion,
  fixedToU16,
  i64f64RatioToI32f32,
  splitEmissions,
  u16ProportionToFixed,
  u16ToFixed,
} from '../../../../src/epoch/math/index.js';
import { bits, f } from './mathFixtures.js';

describe('u16 <-> I32F32', () => {
  it('u16_to_fixed is the integer value; proportions divide by 65535 (truncated)', () => {
    assert.equal(u16ToFixed(5), f(5));
    assert.equal(u16ProportionToFixed(65535), I32F32.ONE);
    assert.equal(u16ProportionToFixed(32767), bits((32767n << 32n) / 65535n));
    assert.equal(fixedToFixedU16Proportion(f(65535)), I32F32.ONE);
  });

  it('fixed_proportion_to_u16 floors x·65535 and saturates both ways', () => {
    assert.equal(fixedProportionToU16(I32F32.ONE), 65535);
    assert.equal(fixedProportionToU16(f(65535)), 65535);
    assert.equal(fixedProportionToU16(f(-0.5)), 0);
    assert.equal(fixedToU16(f(1.99)), 1);
  });

  it('u16 -> proportion -> u16 loses at most 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), (x) => {
        const back = fixedProportionToU16(u16ProportionToFixed(x));
        assert.ok(back === x || back === x - 1);
      }),
    );
  });
});

describe('I64F64 stake to I32F32', () => {
  it('a share below 2^-32 vanishes; the cast floors and saturates', () => {
    assert.equal(i64f64RatioToI32f32(1n, 21_000_000_000_000_000n), I32F32.ZERO);
    assert.equal(i64f64RatioToI32f32(4_889_444n, 21_000_000_000_000_000n), bits(1n));
    assert.equal(i64f64RatioToI32f32(1n, 2n), f(0.5));
    assert.equal(fixed64ToFixed32(I64F64.fromInt(4294967295n)), I32F32.MAX);
    assert.equal(fixed64ToFixed32(I64F64.fromBits(-1n)), bits(-1n));
  });
});

describe('split_emissions', () => {
  it('even split with the remainder on mechanism 0; a u16 split floors each part', () => {
    assert.deepEqual(splitEmissions(4, null, 10n), [4n, 2n, 2n, 2n]);
    assert.deepEqual(splitEmissions(5, [3450, 6899, 10348, 17247, 27594], 19n), [1n, 2n, 3n, 5n, 8n]);
    assert.deepEqual(splitEmissions(3, [65535], 7n), [7n, 0n, 0n]);
  });

  it('always distributes exactly alpha (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        (count, alpha) => {
          const parts = splitEmissions(count, null, alpha);
          assert.equal(parts.length, count);
          assert.equal(
            parts.reduce((a, b) => a + b, 0n),
            alpha,
          );
        },
      ),
    );
  });
});
