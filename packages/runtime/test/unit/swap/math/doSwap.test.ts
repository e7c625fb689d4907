import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  applySwapToReserves,
  type BalancerPool,
  currentPrice,
  doSwap,
  limitPriceFromRao,
  MAX_PRICE_RAO,
  MIN_PRICE_RAO,
  type SwapOrder,
} from '../../../../src/swap/math/index.js';

const TAO = 1_000_000_000n;
const NO_BUY_LIMIT = limitPriceFromRao(MAX_PRICE_RAO);
const NO_SELL_LIMIT = limitPriceFromRao(0n);

function pool(
  tao: bigint,
  alpha: bigint,
  quoteWeight = 500_000_000_000_000_000n,
  feeRate = 0n,
): BalancerPool {
  return { taoReserve: tao, alphaReserve: alpha, quoteWeight, feeRate, minimumReserve: 1_000_000n };
}

const weights = fc.constantFrom(500_000_000_000_000_000n, 400_000_000_000_000_000n, 618_320_595_333_547_816n);
const reserve = fc.bigInt({ min: 10n ** 7n, max: 10n ** 16n });
const order = fc.constantFrom<SwapOrder>('GetAlphaForTao', 'GetTaoForAlpha');

describe('doSwap (balancer)', () => {
  it('worked example: 1000 TAO into a 1000 TAO / 500 alpha pool buys exactly 250 alpha', () => {
    const p = pool(1000n * TAO, 500n * TAO);
    const result = doSwap(p, 'GetAlphaForTao', 1000n * TAO, NO_BUY_LIMIT, false);
    assert.ok(result.ok);
    assert.equal(result.amountPaidIn, 1000n * TAO);
    assert.equal(result.amountPaidOut, 250n * TAO);
    assert.equal(result.feePaid, 0n);
    assert.deepEqual(applySwapToReserves(p, 'GetAlphaForTao', result), {
      taoReserve: 2000n * TAO,
      alphaReserve: 250n * TAO,
    });
  });

  it('charges floor(amount * 33/65535) and sends the whole fee to the block author', () => {
    const result = doSwap(
      pool(TAO, 4n * TAO, undefined, 33n),
      'GetAlphaForTao',
      123_456n,
      NO_BUY_LIMIT,
      false,
    );
    assert.ok(result.ok);
    assert.equal(result.feePaid, 62n);
    assert.equal(result.feeToBlockAuthor, 62n);
    assert.equal(result.amountPaidIn, 123_394n);
    assert.equal(result.amountPaidOut, 493_515n);
  });

  it('rejects inputs over 1000x the input reserve, low output reserves and crossed limits', () => {
    assert.deepEqual(doSwap(pool(1000n, 1000n), 'GetAlphaForTao', 1_000_001n, NO_BUY_LIMIT, true), {
      ok: false,
      error: 'SwapInputTooLarge',
    });
    assert.deepEqual(doSwap(pool(TAO, 999_999n), 'GetAlphaForTao', 10n, NO_BUY_LIMIT, true), {
      ok: false,
      error: 'ReservesTooLow',
    });
    const p = pool(TAO, TAO);
    assert.deepEqual(doSwap(p, 'GetAlphaForTao', 10n, currentPrice(p), true), {
      ok: false,
      error: 'PriceLimitExceeded',
    });
    assert.deepEqual(doSwap(p, 'GetTaoForAlpha', 10n, currentPrice(p), true), {
      ok: false,
      error: 'PriceLimitExceeded',
    });
  });

  it('stops at the limit price and reports it', () => {
    const p = pool(TAO, TAO);
    const result = doSwap(p, 'GetAlphaForTao', 10n * TAO, limitPriceFromRao(4n * TAO), false);
    assert.ok(result.ok && result.limitHit);
    const after = { ...p, ...applySwapToReserves(p, 'GetAlphaForTao', result) };
    assert.ok(currentPrice(after) <= limitPriceFromRao(4n * TAO));
  });

  it('never creates TAO or alpha: the pool loses exactly what the swapper gets, within 1 rao of the curve', () => {
    fc.assert(
      fc.property(
        reserve,
        reserve,
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        order,
        (tao, alpha, amount, o) => {
          const p = pool(tao, alpha);
          const result = doSwap(p, o, amount, o === 'GetAlphaForTao' ? NO_BUY_LIMIT : NO_SELL_LIMIT, true);
          if (!result.ok) return;
          const [inReserve, outReserve] = o === 'GetAlphaForTao' ? [tao, alpha] : [alpha, tao];
          assert.ok(result.amountPaidOut <= outReserve);
          assert.ok(result.amountPaidIn + result.feePaid <= amount);
          const after = applySwapToReserves(p, o, result);
          const [inAfter, outAfter] =
            o === 'GetAlphaForTao'
              ? [after.taoReserve, after.alphaReserve]
              : [after.alphaReserve, after.taoReserve];
          assert.equal(outAfter + result.amountPaidOut, outReserve);
          assert.equal(inAfter, inReserve + result.amountPaidIn);
          // equal weights: the constant-product payout out = R_out * d / (R_in + d); the 1e18-scaled power is
          // truncated, which can round the payout up by at most one rao (never more)
          const d = result.amountPaidIn;
          assert.ok(result.amountPaidOut * (inReserve + d) <= outReserve * d + (inReserve + d));
          assert.ok((result.amountPaidOut + 1n) * (inReserve + d) > outReserve * d);
        },
      ),
    );
  });

  it('a round trip never returns more than was put in', () => {
    fc.assert(
      fc.property(
        weights,
        reserve,
        reserve,
        fc.bigInt({ min: 1000n, max: 10n ** 14n }),
        (w, tao, alpha, amount) => {
          const p = pool(tao, alpha, w);
          const buy = doSwap(p, 'GetAlphaForTao', amount, NO_BUY_LIMIT, true);
          if (!buy.ok) return;
          const mid = { ...p, ...applySwapToReserves(p, 'GetAlphaForTao', buy) };
          const sell = doSwap(mid, 'GetTaoForAlpha', buy.amountPaidOut, NO_SELL_LIMIT, true);
          if (!sell.ok) return;
          assert.ok(sell.amountPaidOut <= amount);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('moves the price in the direction of the trade, and more input never buys less', () => {
    fc.assert(
      fc.property(
        weights,
        reserve,
        reserve,
        fc.bigInt({ min: 1n, max: 10n ** 14n }),
        order,
        (w, tao, alpha, amount, o) => {
          const p = pool(tao, alpha, w);
          const limit = o === 'GetAlphaForTao' ? NO_BUY_LIMIT : NO_SELL_LIMIT;
          const small = doSwap(p, o, amount, limit, true);
          const large = doSwap(p, o, amount * 2n, limit, true);
          if (!small.ok || !large.ok) return;
          assert.ok(large.amountPaidOut >= small.amountPaidOut);
          const before = currentPrice(p);
          const after = currentPrice({ ...p, ...applySwapToReserves(p, o, small) });
          assert.ok(o === 'GetAlphaForTao' ? after >= before : after <= before);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('treats the limit as U64F64(rao) / 1e9', () => {
    assert.equal(limitPriceFromRao(1_000_000_000n), U64F64.ONE);
    assert.equal(
      limitPriceFromRao(MIN_PRICE_RAO),
      U64F64.safeDiv(U64F64.fromInt(1000), U64F64.fromInt(1_000_000_000)),
    );
  });
});
