/**
 * The exact-number I32F32 ops of the epoch's fast path against the bigint ops they replace: equal
 * wherever they do not leave the fast path, and they leave only when the result is 2^52 or more.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import { divBits, floorDivSmall, mulBits, runFastPath } from '../../../../src/epoch/fast/exactBits.js';
import { expSafeBits } from '../../../../src/epoch/fast/liquidAlphaFast.js';
import { expSafe } from '../../../../src/epoch/math/expSafe.js';
import { safeDiv } from '../../../../src/epoch/math/i32f32Ops.js';

const LIMIT = 1n << 53n;
const NEAR = 1n << 52n;

/** integers below 2^53 in magnitude, spread over every bit length, powers of two and their neighbours */
const bits = fc.oneof(
  fc.bigInt({ min: -(LIMIT - 1n), max: LIMIT - 1n }),
  fc.integer({ min: 0, max: 52 }).chain((e) =>
    fc.tuple(fc.constantFrom(-1n, 0n, 1n), fc.boolean()).map(([d, neg]) => {
      const x = (1n << BigInt(e)) + d;
      return neg ? -x : x;
    }),
  ),
  fc.integer({ min: 1, max: 53 }).chain((e) => fc.bigInt({ min: 0n, max: (1n << BigInt(e)) - 1n })),
);

const asNumber = (x: bigint) => Number(x);

describe('exact I32F32 bits in numbers', () => {
  it('mulBits is floor(a·b / 2^32), leaving only for results of 2^52 or more', () => {
    fc.assert(
      fc.property(bits, bits, (a, b) => {
        const expected = (a * b) >> 32n;
        const got = runFastPath(() => mulBits(asNumber(a), asNumber(b)));
        if (got === null) assert.ok(expected >= NEAR || expected <= -NEAR, `${a} * ${b} left`);
        else assert.equal(BigInt(got), expected, `${a} * ${b}`);
      }),
      { numRuns: 20000 },
    );
  });

  it('divBits is safe_div (truncated, 0 on /0), also on exact and near-exact quotients', () => {
    const quotientCase = fc
      .tuple(bits, fc.bigInt({ min: 0n, max: NEAR }), fc.constantFrom(-1n, 0n, 1n))
      .map(([b, q, r]) => [((q * b + r) >> 32n) as bigint, b] as const)
      .filter(([a]) => a < LIMIT && a > -LIMIT);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(bits, bits), quotientCase), ([a, b]) => {
        const expected = safeDiv(a as I32F32, b as I32F32);
        const got = runFastPath(() => divBits(asNumber(a), asNumber(b)));
        const quotient = b === 0n ? 0n : (a << 32n) / b;
        if (got === null) assert.ok(quotient >= NEAR || quotient <= -NEAR, `${a} / ${b} left`);
        else {
          assert.equal(BigInt(got), expected, `${a} / ${b}`);
          assert.ok(!Object.is(got, -0));
        }
      }),
      { numRuns: 20000 },
    );
  });

  it('floorDivSmall is floor(t / i) below 2^52', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: NEAR - 1n }), fc.integer({ min: 1, max: 31 }), (t, i) => {
        assert.equal(BigInt(floorDivSmall(asNumber(t), i)), t / BigInt(i));
      }),
      { numRuns: 5000 },
    );
  });

  it('expSafeBits is exp_safe wherever its series stays exact', () => {
    const x = fc.oneof(
      fc.bigInt({ min: -25n << 32n, max: 25n << 32n }),
      fc.bigInt({ min: -6n << 32n, max: 6n << 32n }),
      fc.constantFrom(0n, 1n << 32n, -1n << 32n, 20n << 32n, -20n << 32n, 1n, -1n),
    );
    let exact = 0;
    fc.assert(
      fc.property(x, (input) => {
        const got = expSafeBits(asNumber(input));
        if (got === -1) return;
        exact++;
        assert.equal(BigInt(got), expSafe(input as I32F32), `exp ${input}`);
      }),
      { numRuns: 3000 },
    );
    assert.ok(exact > 1500, `${exact} exact runs`);
  });
});
