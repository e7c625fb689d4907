import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERQUINTILL_HALF, U64_MAX, U64F64 } from '@taonet/primitives';
import { isDispatchError } from '../../../src/dispatch/dispatchError.js';
import { TotalStake } from '../../../src/staking/schema.js';
import {
  calculateFeeAmount,
  doSwap,
  limitPriceFromRao,
  MAX_PRICE_RAO,
  MIN_PRICE_RAO,
} from '../../../src/swap/math/doSwap.js';
import { getMaxAmountAdd, getMaxAmountRemove } from '../../../src/swap/math/maxAmount.js';
import {
  FeeRate,
  PalSwapInitialized,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetMechanism,
  SubnetTAO,
  SubnetVolume,
  SwapBalancer,
} from '../../../src/swap/schema.js';
import { createTestChain, NETUID, ROOT, seedPool, TAO } from './swapFixture.js';

const throwsError = (pallet: string, name: string) => (error: unknown) =>
  isDispatchError(error, name) && error.pallet === pallet;

describe('SwapApi: buying and selling on a dynamic pool', () => {
  it('worked example: 1000 TAO into 1000 TAO / 500 alpha at fee 0 buys exactly 250 alpha', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO, 0);
    const receipt = chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 1000n * TAO, MAX_PRICE_RAO, false);
    assert.deepEqual(receipt, {
      amountPaidIn: 1000n * TAO,
      amountPaidOut: 250n * TAO,
      feePaid: 0n,
      feeToBlockAuthor: 0n,
      refund: 0n,
    });
    assert.equal(SubnetTAO.get(chain.state, [NETUID]), 2000n * TAO);
    assert.equal(SubnetAlphaIn.get(chain.state, [NETUID]), 250n * TAO);
    assert.equal(SubnetAlphaOut.get(chain.state, [NETUID]), 250n * TAO);
    assert.equal(TotalStake.get(chain.state), 2000n * TAO);
    assert.equal(SubnetVolume.get(chain.state, [NETUID]), 1000n * TAO);
    // the first swap initialised the balancer at equal weights: price 2000/250 = 8 TAO per alpha
    assert.equal(PalSwapInitialized.get(chain.state, [NETUID]), true);
    assert.equal(SwapBalancer.get(chain.state, [NETUID]).quote, PERQUINTILL_HALF);
    assert.equal(chain.api.currentAlphaPrice(chain.ctx(), NETUID), U64F64.fromInt(8n));
  });

  it('takes floor(amount * FeeRate / 65535) out of a buy; the fee stays out of the reserve but in TotalStake', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO);
    const amount = 10n * TAO;
    const fee = calculateFeeAmount(amount, 33n, false);
    assert.equal(fee, (amount * 33n) / 65_535n);
    assert.equal(chain.api.approxFeeAmount(chain.ctx(), NETUID, amount), fee);
    const receipt = chain.api.swapTaoForAlpha(chain.ctx(), NETUID, amount, MAX_PRICE_RAO, false);
    assert.equal(receipt.feePaid, fee);
    assert.equal(receipt.feeToBlockAuthor, fee);
    assert.equal(receipt.amountPaidIn, amount - fee);
    assert.equal(SubnetTAO.get(chain.state, [NETUID]), 1000n * TAO + amount - fee);
    assert.equal(TotalStake.get(chain.state), 1000n * TAO + amount);
  });

  it('drops the fee when asked (protocol swaps)', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO);
    const receipt = chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 10n * TAO, MAX_PRICE_RAO, true);
    assert.equal(receipt.feePaid, 0n);
    assert.equal(receipt.amountPaidIn, 10n * TAO);
  });

  it('a sell moves alpha into the reserve, TAO out of it, and leaves the alpha fee outstanding', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO);
    chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 100n * TAO, MAX_PRICE_RAO, true);
    const before = {
      tao: SubnetTAO.get(chain.state, [NETUID]),
      alphaIn: SubnetAlphaIn.get(chain.state, [NETUID]),
      alphaOut: SubnetAlphaOut.get(chain.state, [NETUID]),
      stake: TotalStake.get(chain.state),
      volume: SubnetVolume.get(chain.state, [NETUID]),
    };
    const alpha = 20n * TAO;
    const receipt = chain.api.swapAlphaForTao(chain.ctx(), NETUID, alpha, MIN_PRICE_RAO, false);
    assert.equal(receipt.feePaid, calculateFeeAmount(alpha, 33n, false));
    assert.equal(receipt.amountPaidIn + receipt.feePaid, alpha);
    assert.equal(SubnetAlphaIn.get(chain.state, [NETUID]), before.alphaIn + receipt.amountPaidIn);
    assert.equal(SubnetAlphaOut.get(chain.state, [NETUID]), before.alphaOut - receipt.amountPaidIn);
    assert.equal(SubnetTAO.get(chain.state, [NETUID]), before.tao - receipt.amountPaidOut);
    assert.equal(TotalStake.get(chain.state), before.stake - receipt.amountPaidOut);
    assert.equal(SubnetVolume.get(chain.state, [NETUID]), before.volume + receipt.amountPaidOut);
  });

  it('matches the pure do_swap on the same pool', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 3_000n * TAO, 700n * TAO, 500);
    const pool = chain.api.getPool(chain.ctx(), NETUID);
    const expected = doSwap(pool, 'GetAlphaForTao', 77n * TAO, limitPriceFromRao(MAX_PRICE_RAO), false);
    const receipt = chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 77n * TAO, MAX_PRICE_RAO, false);
    assert.ok(expected.ok);
    assert.equal(receipt.amountPaidOut, expected.amountPaidOut);
    assert.equal(receipt.feePaid, expected.feePaid);
  });
});

describe('SwapApi: errors, limits and fill-or-kill', () => {
  it('refuses a swap whose output reserve is below SwapMinimumReserve (ReservesTooLow), writing nothing', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 999_999n);
    const before = chain.state.peekChanges();
    assert.throws(
      () => chain.api.swapTaoForAlpha(chain.ctx(), NETUID, TAO, MAX_PRICE_RAO, false),
      throwsError('Swap', 'ReservesTooLow'),
    );
    assert.deepEqual(chain.state.peekChanges(), before);
    // the TAO side is above the minimum, so selling is fine
    chain.api.swapAlphaForTao(chain.ctx(), NETUID, 1_000n, MIN_PRICE_RAO, false);
    const low = createTestChain();
    seedPool(low, NETUID, 999_999n, 1000n * TAO);
    assert.throws(
      () => low.api.swapAlphaForTao(low.ctx(), NETUID, TAO, MIN_PRICE_RAO, false),
      throwsError('Swap', 'ReservesTooLow'),
    );
  });

  it('refuses inputs above 1000x the input reserve (SwapInputTooLarge)', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 10n * TAO, 10n * TAO, 0);
    assert.throws(
      () => chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 10_000n * TAO + 1n, MAX_PRICE_RAO, false),
      throwsError('Swap', 'SwapInputTooLarge'),
    );
    chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 10_000n * TAO, MAX_PRICE_RAO, false);
  });

  it('refuses a limit the price has already crossed (PriceLimitExceeded)', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 1000n * TAO); // price 1 TAO per alpha
    assert.throws(
      () => chain.api.swapTaoForAlpha(chain.ctx(), NETUID, TAO, TAO, false),
      throwsError('Swap', 'PriceLimitExceeded'),
    );
    assert.throws(
      () => chain.api.swapAlphaForTao(chain.ctx(), NETUID, TAO, TAO, false),
      throwsError('Swap', 'PriceLimitExceeded'),
    );
  });

  it('with allow_partial, a buy stops at the limit price and refunds the rest', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 1000n * TAO);
    const limit = 1_100_000_000n; // 1.1 TAO per alpha
    const amount = 500n * TAO;
    const receipt = chain.api.swapTaoForAlpha(chain.ctx(), NETUID, amount, limit, false, true);
    assert.ok(receipt.refund > 0n);
    assert.equal(receipt.amountPaidIn + receipt.feePaid + receipt.refund, amount);
    const price = chain.api.currentAlphaPrice(chain.ctx(), NETUID);
    assert.ok(U64F64.toF64(price) <= 1.1 + 1e-9, `price ${U64F64.format(price)} stays at the limit`);
    assert.ok(U64F64.toF64(price) > 1.099);
    // TotalStake counts only the TAO taken; SubnetVolume the TAO offered (as subtensor)
    assert.equal(TotalStake.get(chain.state), 1000n * TAO + receipt.amountPaidIn + receipt.feePaid);
    assert.equal(SubnetVolume.get(chain.state, [NETUID]), amount);
  });

  it('with allow_partial, a sell stops at the limit price and refunds the rest', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 1000n * TAO);
    const receipt = chain.api.swapAlphaForTao(chain.ctx(), NETUID, 500n * TAO, 900_000_000n, false);
    assert.ok(receipt.refund > 0n);
    assert.equal(receipt.amountPaidIn + receipt.feePaid + receipt.refund, 500n * TAO);
    assert.ok(U64F64.toF64(chain.api.currentAlphaPrice(chain.ctx(), NETUID)) >= 0.9 - 1e-9);
  });

  it('fill-or-kill fails with SlippageTooHigh above maxAmountAdd/Remove and fills completely below it', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 1000n * TAO);
    const limit = 1_100_000_000n;
    const maxAdd = chain.api.maxAmountAdd(chain.ctx(), NETUID, limit);
    const before = chain.state.peekChanges();
    assert.throws(
      () => chain.api.swapTaoForAlpha(chain.ctx(), NETUID, maxAdd + 1n, limit, false, false),
      throwsError('SubtensorModule', 'SlippageTooHigh'),
    );
    assert.deepEqual(chain.state.peekChanges(), before);
    const receipt = chain.api.swapTaoForAlpha(chain.ctx(), NETUID, maxAdd / 2n, limit, false, false);
    assert.equal(receipt.refund, 0n);

    const maxRemove = chain.api.maxAmountRemove(chain.ctx(), NETUID, 900_000_000n);
    assert.throws(
      () => chain.api.swapAlphaForTao(chain.ctx(), NETUID, maxRemove + 1n, 900_000_000n, false, false),
      throwsError('SubtensorModule', 'SlippageTooHigh'),
    );
  });

  it('maxAmountAdd/Remove are get_max_amount_* of the pool the swap sees; a crossed limit is an error', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 400n * TAO);
    const pool = chain.api.getPool(chain.ctx(), NETUID);
    const add = getMaxAmountAdd(pool, 3n * TAO);
    const remove = getMaxAmountRemove(pool, 2n * TAO);
    assert.ok(add.ok && remove.ok);
    assert.equal(chain.api.maxAmountAdd(chain.ctx(), NETUID, 3n * TAO), add.amount);
    assert.equal(chain.api.maxAmountRemove(chain.ctx(), NETUID, 2n * TAO), remove.amount);
    assert.throws(
      () => chain.api.maxAmountAdd(chain.ctx(), NETUID, 2n * TAO),
      throwsError('Swap', 'PriceLimitExceeded'),
    );
  });
});

describe('SwapApi: simulation', () => {
  it('simSwap* writes nothing and predicts the swap made with no limit and fees on', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 2_000n * TAO, 900n * TAO, 1_000);
    const before = chain.state.peekChanges();
    const simBuy = chain.api.simSwapTaoForAlpha(chain.ctx(), NETUID, 50n * TAO);
    const simSell = chain.api.simSwapAlphaForTao(chain.ctx(), NETUID, 30n * TAO);
    assert.deepEqual(chain.state.peekChanges(), before);
    assert.equal(PalSwapInitialized.get(chain.state, [NETUID]), false);
    assert.deepEqual(chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 50n * TAO, MAX_PRICE_RAO, false), simBuy);
    assert.ok(simSell.amountPaidOut > 0n);
  });

  it('sim swap errors like the swap', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500_000n);
    assert.throws(
      () => chain.api.simSwapTaoForAlpha(chain.ctx(), NETUID, TAO),
      throwsError('Swap', 'ReservesTooLow'),
    );
  });
});

describe('SwapApi: stable mechanism (root)', () => {
  it('swaps 1:1 without a fee and moves the counters', () => {
    const chain = createTestChain();
    assert.equal(SubnetMechanism.get(chain.state, [ROOT]), 0);
    const buy = chain.api.swapTaoForAlpha(chain.ctx(), ROOT, 5n * TAO, MAX_PRICE_RAO, false);
    assert.deepEqual(buy, {
      amountPaidIn: 5n * TAO,
      amountPaidOut: 5n * TAO,
      feePaid: 0n,
      feeToBlockAuthor: 0n,
      refund: 0n,
    });
    assert.equal(SubnetTAO.get(chain.state, [ROOT]), 5n * TAO);
    assert.equal(SubnetAlphaIn.get(chain.state, [ROOT]), 0n); // saturates at 0
    assert.equal(SubnetAlphaOut.get(chain.state, [ROOT]), 5n * TAO);
    const sell = chain.api.swapAlphaForTao(chain.ctx(), ROOT, 2n * TAO, MIN_PRICE_RAO, false);
    assert.equal(sell.amountPaidOut, 2n * TAO);
    assert.equal(SubnetTAO.get(chain.state, [ROOT]), 3n * TAO);
    assert.equal(TotalStake.get(chain.state), 3n * TAO);
    assert.equal(chain.api.currentAlphaPrice(chain.ctx(), ROOT), U64F64.ONE);
    assert.equal(chain.api.approxFeeAmount(chain.ctx(), ROOT, TAO), 0n);
  });

  it('limits are all-or-nothing at price 1.0; sim swaps are 1:1, or 0 on a subnet that does not exist', () => {
    const chain = createTestChain();
    assert.equal(chain.api.maxAmountAdd(chain.ctx(), ROOT, TAO), U64_MAX);
    assert.equal(chain.api.maxAmountAdd(chain.ctx(), ROOT, TAO - 1n), 0n);
    assert.equal(chain.api.maxAmountRemove(chain.ctx(), ROOT, TAO), U64_MAX);
    assert.equal(chain.api.maxAmountRemove(chain.ctx(), ROOT, TAO + 1n), 0n);
    assert.throws(
      () => chain.api.swapTaoForAlpha(chain.ctx(), ROOT, TAO, TAO - 1n, false, false),
      throwsError('SubtensorModule', 'SlippageTooHigh'),
    );
    chain.api.swapTaoForAlpha(chain.ctx(), ROOT, TAO, TAO, false, false);
    assert.equal(chain.api.simSwapTaoForAlpha(chain.ctx(), ROOT, 7n).amountPaidOut, 7n);
    assert.equal(chain.api.simSwapAlphaForTao(chain.ctx(), NETUID, 7n).amountPaidOut, 0n);
  });
});

describe('SwapApi: prices and pool lifecycle', () => {
  it('currentAlphaPrice: y/x at equal weights, 0 with no alpha reserve', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 3n * TAO, 2n * TAO);
    assert.equal(U64F64.format(chain.api.currentAlphaPrice(chain.ctx(), NETUID)), '1.5');
    SubnetAlphaIn.set(chain.state, [NETUID], 0n);
    assert.equal(chain.api.currentAlphaPrice(chain.ctx(), NETUID), U64F64.ZERO);
  });

  it('initializeNewSubnetPool seeds a dynamic pool (register_network)', () => {
    const chain = createTestChain();
    TotalStake.set(chain.state, 7n);
    chain.api.initializeNewSubnetPool(chain.ctx(), NETUID, 100n * TAO, 80n * TAO);
    assert.equal(SubnetMechanism.get(chain.state, [NETUID]), 1);
    assert.equal(SubnetTAO.get(chain.state, [NETUID]), 100n * TAO);
    assert.equal(SubnetAlphaIn.get(chain.state, [NETUID]), 80n * TAO);
    assert.equal(SubnetAlphaOut.get(chain.state, [NETUID]), 0n);
    assert.equal(TotalStake.get(chain.state), 100n * TAO + 7n);
    assert.equal(PalSwapInitialized.get(chain.state, [NETUID]), false);
    assert.equal(FeeRate.get(chain.state, [NETUID]), 33);
  });

  it('maybeInitializePool: 0.5 without a price, y/(p*x+y) with one, once; ReservesOutOfBalance', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 100n * TAO, 100n * TAO);
    chain.api.maybeInitializePool(chain.ctx(), NETUID, U64F64.fromInt(3n));
    assert.equal(SwapBalancer.get(chain.state, [NETUID]).quote, 250_000_000_000_000_000n);
    assert.equal(U64F64.format(chain.api.currentAlphaPrice(chain.ctx(), NETUID)), '3');
    chain.api.maybeInitializePool(chain.ctx(), NETUID); // already initialised: unchanged
    assert.equal(SwapBalancer.get(chain.state, [NETUID]).quote, 250_000_000_000_000_000n);

    const empty = createTestChain();
    seedPool(empty, NETUID, 0n, 0n);
    assert.throws(
      () => empty.api.maybeInitializePool(empty.ctx(), NETUID, U64F64.ONE),
      throwsError('Swap', 'ReservesOutOfBalance'),
    );
  });

  it('adjustProtocolLiquidity reweights so that the injection keeps the price', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO);
    chain.api.maybeInitializePool(chain.ctx(), NETUID);
    const before = U64F64.toF64(chain.api.currentAlphaPrice(chain.ctx(), NETUID));
    const injected = chain.api.adjustProtocolLiquidity(chain.ctx(), NETUID, 10n * TAO, 20n * TAO);
    assert.deepEqual(injected, { tao: 10n * TAO, alpha: 20n * TAO });
    assert.notEqual(SwapBalancer.get(chain.state, [NETUID]).quote, PERQUINTILL_HALF);
    chain.api.injectReserves(chain.ctx(), NETUID, injected.tao, injected.alpha);
    assert.equal(SubnetTAO.get(chain.state, [NETUID]), 1010n * TAO);
    assert.equal(SubnetAlphaIn.get(chain.state, [NETUID]), 520n * TAO);
    assert.equal(TotalStake.get(chain.state), 1010n * TAO);
    const after = U64F64.toF64(chain.api.currentAlphaPrice(chain.ctx(), NETUID));
    assert.ok(Math.abs(after - before) / before < 1e-12, `price ${before} -> ${after}`);
  });

  it('adjustProtocolLiquidity injects nothing when the weights would leave [0.01, 0.99]', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, TAO, TAO);
    const injected = chain.api.adjustProtocolLiquidity(chain.ctx(), NETUID, 1000n * TAO, 0n);
    assert.deepEqual(injected, { tao: 0n, alpha: 0n });
    assert.equal(SwapBalancer.get(chain.state, [NETUID]).quote, PERQUINTILL_HALF);
  });

  it('quirk kept from subtensor: weights moved before the first swap are reset to 0.5 by it', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO);
    chain.api.adjustProtocolLiquidity(chain.ctx(), NETUID, 10n * TAO, 20n * TAO);
    assert.notEqual(SwapBalancer.get(chain.state, [NETUID]).quote, PERQUINTILL_HALF);
    chain.api.swapTaoForAlpha(chain.ctx(), NETUID, TAO, MAX_PRICE_RAO, false);
    assert.equal(SwapBalancer.get(chain.state, [NETUID]).quote, PERQUINTILL_HALF);
  });

  it('dissolvePool returns the reserves and clears the pool and swap state', () => {
    const chain = createTestChain();
    seedPool(chain, NETUID, 1000n * TAO, 500n * TAO, 77);
    chain.api.swapTaoForAlpha(chain.ctx(), NETUID, 100n * TAO, MAX_PRICE_RAO, false);
    const tao = SubnetTAO.get(chain.state, [NETUID]);
    const alphaIn = SubnetAlphaIn.get(chain.state, [NETUID]);
    const alphaOut = SubnetAlphaOut.get(chain.state, [NETUID]);
    const stake = TotalStake.get(chain.state);
    assert.deepEqual(chain.api.dissolvePool(chain.ctx(), NETUID), { tao, alphaIn, alphaOut });
    assert.equal(TotalStake.get(chain.state), stake - tao);
    for (const item of [SubnetTAO, SubnetAlphaIn, SubnetAlphaOut, SubnetVolume, SubnetMechanism]) {
      assert.equal(item.contains(chain.state, [NETUID]), false, item.name);
    }
    for (const item of [SwapBalancer, FeeRate, PalSwapInitialized]) {
      assert.equal(item.contains(chain.state, [NETUID]), false, item.name);
    }
  });

  it('recycleSubnetAlpha lowers the alpha issuance; burnSubnetAlpha does not', () => {
    const chain = createTestChain();
    SubnetAlphaOut.set(chain.state, [NETUID], 100n);
    chain.api.burnSubnetAlpha(chain.ctx(), NETUID, 40n);
    assert.equal(SubnetAlphaOut.get(chain.state, [NETUID]), 100n);
    chain.api.recycleSubnetAlpha(chain.ctx(), NETUID, 40n);
    assert.equal(SubnetAlphaOut.get(chain.state, [NETUID]), 60n);
  });
});
