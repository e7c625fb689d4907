import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nthRootRatioFloor, powRatioScaled, powRatioScaledPath } from '../../../src/index.js';

describe('powRatioScaled (safe-bigmath pow_ratio_scaled)', () => {
  it('matches the crate documentation example and the balancer test', () => {
    assert.deepEqual(powRatioScaled(2n, 3n, 1n, 2n, 0, 1_000n), { value: 816n, path: 'exact' });
    // (21e15 / 28e15)^(0.6 / 0.4) * 1e18, exponent reduced to 3/2
    const r = powRatioScaled(
      21_000_000_000_000_000n,
      28_000_000_000_000_000n,
      6n * 10n ** 17n,
      4n * 10n ** 17n,
      4096,
      10n ** 18n,
    );
    assert.deepEqual(r, { value: 649_519_052_838_328_985n, path: 'exact' });
  });

  it('returns None for zero denominators and negative inputs, 0 for a zero base, scale for exponent 0', () => {
    assert.equal(powRatioScaled(1n, 0n, 1n, 2n, 0, 10n).value, null);
    assert.equal(powRatioScaled(1n, 2n, 1n, 0n, 0, 10n).value, null);
    assert.equal(powRatioScaled(-1n, 2n, 1n, 2n, 0, 10n).value, null);
    assert.equal(powRatioScaled(0n, 2n, 7n, 2049n, 0, 10n).value, 0n);
    assert.equal(powRatioScaled(5n, 2n, 0n, 3n, 0, 123n).value, 123n);
  });

  it('selects the exact path when both reduced exponent terms are at most 1024', () => {
    assert.equal(powRatioScaledPath(500_000_000_000_000_000n, 500_000_000_000_000_000n), 'exact');
    assert.equal(powRatioScaledPath(2048n, 4096n), 'exact');
    assert.equal(powRatioScaledPath(227n, 1600n), 'fallback');
    assert.equal(powRatioScaledPath(1025n, 1n), 'fallback');
  });

  it('fallback (ln/exp series) is within one unit of the exact rational root', () => {
    // 1025/2048 is irreducible with a denominator above 1024: the series path; the reference is the exact
    // floor root computed the slow way.
    const scale = 10n ** 18n;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        (a, b) => {
          const approx = powRatioScaled(a, b, 1025n, 2048n, 256, scale);
          assert.equal(approx.path, 'fallback');
          const exact = nthRootRatioFloor(a ** 1025n * scale ** 2048n, b ** 1025n, 2048);
          const diff = (approx.value ?? 0n) - exact;
          assert.ok(diff >= -1n && diff <= 1n, `a=${a} b=${b}: ${approx.value} vs ${exact}`);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('nthRootRatioFloor is the floor root', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 40n }),
        fc.bigInt({ min: 1n, max: 10n ** 10n }),
        fc.integer({ min: 1, max: 7 }),
        (n, d, q) => {
          const r = nthRootRatioFloor(n, d, q);
          const e = BigInt(q);
          assert.ok(r ** e * d <= n);
          assert.ok((r + 1n) ** e * d > n);
        },
      ),
    );
  });
});
