import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatFixed, I32F32, I64F64 } from '../../../src/index.js';

/** parse a decimal string back to the nearest bits (ties to even) with `frac` fractional bits */
function parseBack(text: string, frac: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const power = 10n ** BigInt(fraction.length);
  const numerator = (BigInt(whole) * power + BigInt(fraction || '0')) << BigInt(frac);
  let q = numerator / power;
  const twiceRem = 2n * (numerator - q * power);
  if (twiceRem > power || (twiceRem === power && (q & 1n) === 1n)) q += 1n;
  return negative ? -q : q;
}

describe('formatFixed (substrate-fixed Display)', () => {
  it('prints the shortest decimal', () => {
    assert.equal(I32F32.format(I32F32.fromF64(0.5)), '0.5');
    assert.equal(I32F32.format(I32F32.ONE), '1');
    assert.equal(I32F32.format(I32F32.ZERO), '0');
    assert.equal(I32F32.format(I32F32.div(I32F32.ONE, I32F32.fromInt(3))), '0.3333333333');
    assert.equal(I32F32.format(I32F32.DELTA), '0.0000000002');
    assert.equal(I32F32.format(I32F32.fromF64(-1.25)), '-1.25');
  });

  it('round-trips and no shorter decimal would', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (bits) => {
        const text = formatFixed(bits, 32);
        assert.equal(parseBack(text, 32), bits, `${text} parses back`);
        const digits = text.split('.')[1]?.length ?? 0;
        if (digits > 0) {
          // the nearest decimal with one digit fewer must not identify the same value
          const magnitude = bits < 0n ? -bits : bits;
          const power = 10n ** BigInt(digits - 1);
          const scaled = magnitude * power;
          let nearest = scaled >> 32n;
          if (2n * (scaled - (nearest << 32n)) >= 1n << 32n) nearest += 1n;
          const whole = nearest / power;
          const fraction = (nearest % power).toString().padStart(digits - 1, '0');
          const shorter = `${bits < 0n ? '-' : ''}${whole}${digits > 1 ? `.${fraction}` : ''}`;
          assert.notEqual(parseBack(shorter, 32), bits, `${shorter} would be shorter than ${text}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('works for 64 fractional bits', () => {
    assert.equal(I64F64.format(I64F64.fromF64(0.75)), '0.75');
    const third = I64F64.div(I64F64.ONE, I64F64.fromInt(3));
    assert.equal(parseBack(I64F64.format(third), 64), third);
  });
});
