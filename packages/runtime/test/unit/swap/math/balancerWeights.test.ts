import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  adjustProtocolLiquidity,
  calculatePrice,
  getMaxAmountAddStable,
  getMaxAmountRemoveStable,
  initialQuoteWeight,
  isValidQuoteWeight,
  mulPerquintillRound,
  updateWeightsForAddedLiquidity,
} from '../../../../src/swap/math/index.js';

const HALF = 500_000_000_000_000_000n;

describe('balancer weights', () => {
  it('rounds Perquintill products half up', () => {
    assert.deepEqual(
      [0n, 1n, 2n, 3n, 4n, 5n, 1023n, 1025n].map((v) => mulPerquintillRound(HALF, v)),
      [0n, 1n, 1n, 2n, 2n, 3n, 512n, 513n],
    );
  });

  it('keeps the price (to 1e-12) when liquidity is added off-price', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10n ** 9n, max: 10n ** 16n }),
        fc.bigInt({ min: 10n ** 9n, max: 10n ** 16n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (tao, alpha, dt, da) => {
          const adjusted = adjustProtocolLiquidity(HALF, tao, alpha, dt, da);
          if (!adjusted.ok) return;
          const before = U64F64.toF64(calculatePrice(HALF, alpha, tao));
          const after = U64F64.toF64(calculatePrice(adjusted.quoteWeight, alpha + da, tao + dt));
          assert.ok(Math.abs(after - before) <= before * 1e-12);
        },
      ),
    );
  });

  it('rejects updates that would push a weight below 0.01, leaving the weight unchanged', () => {
    const update = updateWeightsForAddedLiquidity(HALF, 1000n, 1000n, 10n ** 9n, 0n);
    assert.deepEqual(update, { ok: false, quoteWeight: HALF });
    assert.equal(isValidQuoteWeight(10_000_000_000_000_000n), true);
    assert.equal(isValidQuoteWeight(9_999_999_999_999_999n), false);
  });

  it('initialises 0.5 without a price, y/(p*x+y) with one', () => {
    assert.equal(initialQuoteWeight(10n ** 9n, 4n * 10n ** 9n, null), HALF);
    const w = initialQuoteWeight(10n ** 9n, 4n * 10n ** 9n, U64F64.fromF64(0.2));
    assert.ok(w !== null && Math.abs(Number(w) / 1e18 - 1 / 1.8) < 1e-9);
    assert.equal(initialQuoteWeight(0n, 0n, U64F64.fromF64(0.2)), null);
  });

  it('stable pools: all or nothing around price 1.0', () => {
    assert.equal(getMaxAmountAddStable(999_999_999n), 0n);
    assert.equal(getMaxAmountAddStable(1_000_000_000n), (1n << 64n) - 1n);
    assert.equal(getMaxAmountRemoveStable(1_000_000_001n), 0n);
  });
});
