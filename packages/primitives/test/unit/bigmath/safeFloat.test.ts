import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  SAFE_FLOAT_MAX,
  type SafeFloat,
  safeFloatAdd,
  safeFloatDiv,
  safeFloatFromU64,
  safeFloatFromU64F64,
  safeFloatGt,
  safeFloatMulDiv,
  safeFloatNew,
  safeFloatSub,
  safeFloatToU64,
  U64_MAX,
} from '../../../src/index.js';

/** An exact rational n / d. */
interface Q {
  n: bigint;
  d: bigint;
}
const q = (f: SafeFloat): Q =>
  f.exponent >= 0n ? { n: f.mantissa * 10n ** f.exponent, d: 1n } : { n: f.mantissa, d: 10n ** -f.exponent };
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a: Q, b: Q): Q => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a: Q, b: Q): Q => ({ n: a.n * b.d, d: a.d * b.n });
const abs = (x: Q): Q => ({ n: x.n < 0n ? -x.n : x.n, d: x.d });
/** |exact - approx| <= exact * relative  (relative = 1 / inverse) */
function withinRelative(exact: Q, approx: SafeFloat, inverse: bigint): boolean {
  const err = abs(sub(exact, q(approx)));
  return err.n * inverse * exact.d <= exact.n * err.d;
}

const safeFloat = fc
  .record({ m: fc.bigInt({ min: 1n, max: SAFE_FLOAT_MAX }), e: fc.bigInt({ min: -40n, max: 40n }) })
  .map(({ m, e }) => safeFloatNew(m, e) as SafeFloat);

describe('SafeFloat (share-pool decimal float)', () => {
  it('normalises the mantissa into (1e20, 1e21] without changing short values', () => {
    assert.deepEqual(safeFloatNew(1n, 0n), { mantissa: SAFE_FLOAT_MAX, exponent: -21n });
    assert.deepEqual(safeFloatNew(SAFE_FLOAT_MAX, 0n), { mantissa: SAFE_FLOAT_MAX, exponent: 0n });
    assert.deepEqual(safeFloatNew(0n, 5n), { mantissa: 0n, exponent: 0n });
    assert.equal(safeFloatNew(SAFE_FLOAT_MAX + 1n, 0n), null);
    fc.assert(
      fc.property(safeFloat, (f) => {
        assert.ok(f.mantissa > SAFE_FLOAT_MAX / 10n && f.mantissa <= SAFE_FLOAT_MAX);
      }),
    );
  });

  it('add is within 2e-20 relative of the exact sum', () => {
    fc.assert(
      fc.property(safeFloat, safeFloat, (a, b) => {
        const r = safeFloatAdd(a, b);
        assert.ok(r !== null && withinRelative(add(q(a), q(b)), r, 50_000_000_000_000_000_000n));
      }),
    );
  });

  it('sub saturates at zero and errs by less than one unit of the larger operand', () => {
    fc.assert(
      fc.property(safeFloat, safeFloat, (x, y) => {
        const [a, b] = safeFloatGt(x, y) ? [x, y] : [y, x];
        const r = safeFloatSub(a, b);
        assert.ok(r !== null);
        const err = abs(sub(sub(q(a), q(b)), q(r)));
        const unit = q({ mantissa: 1n, exponent: a.exponent });
        assert.ok(err.n * unit.d <= unit.n * err.d);
        assert.equal(safeFloatSub(b, a)?.mantissa ?? 0n, safeFloatGt(a, b) ? 0n : r.mantissa);
      }),
    );
  });

  it('mul_div and div are within 1e-19 / 1e-20 relative of the exact rationals', () => {
    fc.assert(
      fc.property(safeFloat, safeFloat, safeFloat, (a, b, c) => {
        const md = safeFloatMulDiv(a, b, c);
        assert.ok(md !== null && withinRelative(div(mul(q(a), q(b)), q(c)), md, 10n ** 19n));
        const d = safeFloatDiv(a, b);
        assert.ok(d !== null && withinRelative(div(q(a), q(b)), d, 10n ** 20n));
      }),
    );
  });

  it('gt agrees with the exact order', () => {
    fc.assert(
      fc.property(safeFloat, safeFloat, (a, b) => {
        const diff = sub(q(a), q(b));
        assert.equal(safeFloatGt(a, b), diff.n > 0n);
      }),
    );
  });

  it('to_u64 floors and saturates; from(u64) round-trips', () => {
    fc.assert(
      fc.property(safeFloat, (f) => {
        const exact = q(f);
        const floor = exact.n / exact.d;
        assert.equal(safeFloatToU64(f), floor > U64_MAX ? U64_MAX : floor);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: U64_MAX }), (v) => {
        assert.equal(safeFloatToU64(safeFloatFromU64(v)), v);
      }),
    );
  });

  it('from(U64F64) is within 2e-20 relative of bits / 2^64', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 128n) - 1n }), (bits) => {
        const r = safeFloatFromU64F64(bits);
        assert.ok(withinRelative({ n: bits, d: 1n << 64n }, r, 50_000_000_000_000_000_000n));
      }),
    );
  });
});
