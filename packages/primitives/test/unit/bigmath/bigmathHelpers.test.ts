import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  fixedLog2,
  floorDiv,
  I96F32,
  PERQUINTILL_ONE,
  perquintillComplement,
  perquintillFromRational,
} from '../../../src/index.js';

describe('bigmath helpers', () => {
  it('floorDiv rounds toward negative infinity', () => {
    assert.equal(floorDiv(-7n, 2n), -4n);
    assert.equal(floorDiv(7n, -2n), -4n);
    assert.equal(floorDiv(-8n, 2n), -4n);
    assert.equal(floorDiv(7n, 2n), 3n);
  });

  it('Perquintill::from_rational rounds down and saturates at one', () => {
    assert.equal(perquintillFromRational(1n, 3n), 333_333_333_333_333_333n);
    assert.equal(perquintillFromRational(2n, 3n), 666_666_666_666_666_666n);
    assert.equal(perquintillFromRational(5n, 3n), PERQUINTILL_ONE);
    assert.equal(perquintillFromRational(1n, 0n), PERQUINTILL_ONE);
    assert.equal(perquintillComplement(perquintillFromRational(1n, 4n)), 750_000_000_000_000_000n);
  });

  it('log2 of I96F32 has the integer part floor(log2 x) and is exact on powers of two', () => {
    for (let k = 0; k < 60; k++) {
      assert.equal(fixedLog2(I96F32, I96F32.fromInt(1n << BigInt(k))), I96F32.fromInt(k));
    }
    assert.equal(fixedLog2(I96F32, I96F32.ZERO), null);
    assert.equal(fixedLog2(I96F32, I96F32.fromF64(0.25)), I96F32.fromInt(-2));
    fc.assert(
      fc.property(fc.bigInt({ min: 1n << 32n, max: 1n << 100n }), (bits) => {
        const x = I96F32.fromBits(bits);
        const log = fixedLog2(I96F32, x) as I96F32;
        const k = BigInt(bits.toString(2).length - 33);
        // the halving loop rounds half up, so the integer part may exceed floor(log2 x) only when x is within
        // rounding of the next power of two
        const intPart = I96F32.floorToInt(log);
        assert.ok(intPart === k || (intPart === k + 1n && bits >= (1n << (k + 33n)) - (1n << k)));
      }),
    );
  });
});
