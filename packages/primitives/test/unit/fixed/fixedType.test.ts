import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { I32F32, I64F64, I96F32, U64F64, U96F32 } from '../../../src/index.js';

const i64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });
const floorDiv = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

describe('fixed-point constants and pinned conversions', () => {
  it('has the substrate-fixed ranges', () => {
    assert.equal(I32F32.ONE, 1n << 32n);
    assert.equal(I32F32.MAX, (1n << 63n) - 1n);
    assert.equal(I32F32.MIN, -(1n << 63n));
    assert.equal(U64F64.MIN, 0n);
    assert.equal(U96F32.MAX, (1n << 128n) - 1n);
  });

  it('converts float literals like Rust (f64 ties-even, f32 through binary32)', () => {
    assert.equal(I32F32.fromF64(0.1), 429496730n);
    assert.equal(I32F32.fromF32(0.1), 429496736n);
    assert.equal(I96F32.fromF64(0.18), 773094113n);
    assert.equal(I32F32.fromF64(-0.5), -(1n << 31n));
    // 2^-33 is exactly half a bit: ties to even gives 0, 3 * 2^-33 gives 2 bits
    assert.equal(I32F32.fromF64(2 ** -33), 0n);
    assert.equal(I32F32.fromF64(3 * 2 ** -33), 2n);
  });

  it('divides kappa like subtensor (safe_div of u16 values)', () => {
    const kappa = I32F32.safeDiv(I32F32.fromInt(32767), I32F32.fromInt(65535));
    assert.equal(kappa, ((32767n << 32n) << 32n) / (65535n << 32n));
  });

  it('throws on overflow of from_num, saturates on saturating variants', () => {
    assert.throws(() => I32F32.fromInt(1n << 31n), /overflow/);
    assert.equal(I32F32.saturatingFromInt(1n << 40n), I32F32.MAX);
    assert.throws(() => U64F64.fromInt(-1), /overflow/);
    assert.throws(() => I32F32.fromF64(Number.NaN), /not a finite number/);
  });

  it('converts between types by dropping fractional bits (floor)', () => {
    const third = I64F64.div(I64F64.ONE, I64F64.fromInt(3));
    assert.equal(I32F32.fromFixed(I64F64, third), third >> 32n);
    const negative = I64F64.neg(third);
    assert.equal(I32F32.fromFixed(I64F64, negative), -(third >> 32n) - 1n);
    assert.equal(I32F32.saturatingFromFixed(I64F64, I64F64.fromInt(4294967295n)), I32F32.MAX);
    assert.equal(I32F32.checkedFromFixed(I64F64, I64F64.fromInt(1n << 40n)), null);
  });
});

describe('fixed-point arithmetic against exact rationals', () => {
  it('mul is floor(a*b / 2^32), wrapping', () => {
    fc.assert(
      fc.property(i64, i64, (a, b) => {
        const exact = floorDiv(a * b, 1n << 32n);
        assert.equal(I32F32.mul(a as I32F32, b as I32F32), BigInt.asIntN(64, exact));
        const sat = I32F32.saturatingMul(a as I32F32, b as I32F32);
        assert.equal(sat, exact > I32F32.MAX ? I32F32.MAX : exact < I32F32.MIN ? I32F32.MIN : exact);
      }),
    );
  });

  it('div truncates toward zero; safeDiv gives 0 on zero and on overflow', () => {
    fc.assert(
      fc.property(i64, i64, (a, b) => {
        if (b === 0n) {
          assert.throws(() => I32F32.div(a as I32F32, b as I32F32));
          assert.equal(I32F32.safeDiv(a as I32F32, b as I32F32), 0n);
          return;
        }
        const exact = (a * (1n << 32n)) / b; // bigint division truncates
        const inRange = exact >= I32F32.MIN && exact <= I32F32.MAX;
        assert.equal(I32F32.safeDiv(a as I32F32, b as I32F32), inRange ? exact : 0n);
        assert.equal(I32F32.checkedDiv(a as I32F32, b as I32F32), inRange ? exact : null);
      }),
    );
  });

  it('fromF64 picks the nearest representable value, ties to even', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const bits = I32F32.fromF64(x);
        // compare 2*|x*2^32 - bits| <= 1 exactly using x = m*2^e
        const scale = 1100;
        const exactScaled = BigInt(Math.round(0)) + toScaled(x, scale + 32);
        const bitsScaled = bits << BigInt(scale);
        const twiceError = 2n * (exactScaled - bitsScaled);
        const half = 1n << BigInt(scale);
        assert.ok(twiceError <= half && twiceError >= -half, `|x - bits| <= half a bit for ${x}`);
        if (twiceError === half || twiceError === -half) assert.equal(bits & 1n, 0n, 'ties go to even');
      }),
    );
  });

  it('toU64/toU16 floor and saturate; round is half away from zero', () => {
    assert.equal(I32F32.toU64(I32F32.fromF64(-0.5)), 0n);
    assert.equal(I32F32.toU16(I32F32.fromF64(65535.99)), 65535);
    assert.equal(I32F32.toU16(I32F32.fromInt(70000)), 65535);
    assert.equal(U64F64.toU64(U64F64.MAX), (1n << 64n) - 1n);
    assert.equal(I32F32.round(I32F32.fromF64(2.5)), I32F32.fromInt(3));
    assert.equal(I32F32.round(I32F32.fromF64(-2.5)), I32F32.fromInt(-3));
    assert.equal(I32F32.round(I32F32.fromF64(2.4999)), I32F32.fromInt(2));
    fc.assert(
      fc.property(i64, (a) => {
        const v = a as I32F32;
        assert.equal(I32F32.floorToInt(v), floorDiv(a, 1n << 32n));
      }),
    );
  });
});

/** x * 2^shift as an exact bigint (x is a double, shift large enough to make it an integer). */
function toScaled(x: number, shift: number): bigint {
  if (x === 0) return 0n;
  const negative = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  const value = BigInt(m) << BigInt(shift + e);
  return negative ? -value : value;
}
