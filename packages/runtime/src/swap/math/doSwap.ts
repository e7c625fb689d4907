/**
 * `do_swap` of pallet-subtensor-swap for a dynamic (balancer) pool, as a pure function of the pool state.
 * One swap step (the balancer has a single curve):
 *
 * 1. `fee = floor(amount * (FeeRate / 65535))` (0 with `dropFees`); `SwapInputTooLarge` if
 *    `amount - fee > input_reserve * 1000`; `ReservesTooLow` if the output reserve is below the minimum;
 *    `PriceLimitExceeded` unless the current price is strictly below (buy) / above (sell) the limit.
 * 2. The price after swapping `amount - fee` is compared with the limit; if it would cross, only the input
 *    that moves the price exactly to the limit executes and the fee is re-derived on it:
 *    `floor(delta_in * FeeRate / (65535 - FeeRate))`.
 * 3. `delta_out` from the curve; `ReservesTooLow` if a positive input buys nothing; outside simulation
 *    `InsufficientLiquidity` if the output exceeds its reserve. The whole fee goes to the block author.
 *
 * The swap does not touch reserves; `applySwapToReserves` does what `swap_tao_for_alpha` /
 * `swap_alpha_for_tao` do to `SubnetTAO` / `SubnetAlphaIn`.
 */
import { saturatingAddU64, saturatingMulU64, saturatingSubU64, U64F64 } from '@taonet/primitives';
import {
  calculateBaseDeltaIn,
  calculatePrice,
  calculateQuoteDeltaIn,
  expBaseQuote,
  expQuoteBase,
} from './balancer.js';

export type SwapOrder = 'GetAlphaForTao' | 'GetTaoForAlpha';
export type SwapError =
  | 'SwapInputTooLarge'
  | 'ReservesTooLow'
  | 'PriceLimitExceeded'
  | 'InsufficientLiquidity';

/** `MAX_SWAP_INPUT_RESERVE_MULTIPLIER` */
export const MAX_SWAP_INPUT_RESERVE_MULTIPLIER = 1000n;
/** Limit prices meaning "no limit", in rao per alpha. */
export const MIN_PRICE_RAO = 1_000n;
export const MAX_PRICE_RAO = 1_000_000_000_000_000n;

export interface BalancerPool {
  /** `SubnetTAO` */
  readonly taoReserve: bigint;
  /** `SubnetAlphaIn` */
  readonly alphaReserve: bigint;
  /** quote (TAO) weight in Perquintill parts */
  readonly quoteWeight: bigint;
  /** `FeeRate` (u16, out of 65535) */
  readonly feeRate: bigint;
  /** `SwapMinimumReserve` */
  readonly minimumReserve: bigint;
}

export interface SwapResult {
  readonly ok: true;
  readonly amountPaidIn: bigint;
  readonly amountPaidOut: bigint;
  readonly feePaid: bigint;
  readonly feeToBlockAuthor: bigint;
  /** true when the limit price stopped the swap before the full amount executed */
  readonly limitHit: boolean;
}

export interface SwapFailure {
  readonly ok: false;
  readonly error: SwapError;
}

export type SwapOutcome = SwapResult | SwapFailure;

/** A limit in rao per alpha as the swap sees it: `U64F64(limit) / 1e9`. */
export function limitPriceFromRao(limitRao: bigint): U64F64 {
  return U64F64.safeDiv(U64F64.saturatingFromInt(limitRao), U64F64.fromInt(1_000_000_000n));
}

/** `current_price` of a dynamic pool: 0 while the alpha reserve is empty. */
export function currentPrice(pool: BalancerPool): U64F64 {
  if (pool.alphaReserve === 0n) return U64F64.ZERO;
  return calculatePrice(pool.quoteWeight, pool.alphaReserve, pool.taoReserve);
}

/** `calculate_fee_amount`: `floor(amount * (FeeRate / 65535))` in U64F64. */
export function calculateFeeAmount(amount: bigint, feeRate: bigint, dropFees: boolean): bigint {
  if (dropFees) return 0n;
  const rate = U64F64.safeDiv(U64F64.saturatingFromInt(feeRate), U64F64.fromInt(65_535n));
  return U64F64.toU64(U64F64.saturatingMul(U64F64.saturatingFromInt(amount), rate));
}

/** `convert_deltas`: the output for an input on the current reserves. */
export function convertDeltas(pool: BalancerPool, order: SwapOrder, deltaIn: bigint): bigint {
  if (order === 'GetAlphaForTao') {
    const e = expQuoteBase(pool.quoteWeight, pool.taoReserve, deltaIn);
    return U64F64.toU64(
      U64F64.saturatingMul(U64F64.fromInt(pool.alphaReserve), U64F64.saturatingSub(U64F64.ONE, e)),
    );
  }
  const e = expBaseQuote(pool.quoteWeight, pool.alphaReserve, deltaIn);
  return U64F64.toU64(
    U64F64.saturatingMul(U64F64.fromInt(pool.taoReserve), U64F64.saturatingSub(U64F64.ONE, e)),
  );
}

/** `price_target`: the price after swapping `deltaIn` in full. */
function priceTarget(pool: BalancerPool, order: SwapOrder, deltaIn: bigint): U64F64 {
  const out = convertDeltas(pool, order, deltaIn);
  return order === 'GetAlphaForTao'
    ? calculatePrice(
        pool.quoteWeight,
        saturatingSubU64(pool.alphaReserve, out),
        saturatingAddU64(pool.taoReserve, deltaIn),
      )
    : calculatePrice(
        pool.quoteWeight,
        saturatingAddU64(pool.alphaReserve, deltaIn),
        saturatingSubU64(pool.taoReserve, out),
      );
}

function reserves(pool: BalancerPool, order: SwapOrder): { input: bigint; output: bigint } {
  return order === 'GetAlphaForTao'
    ? { input: pool.taoReserve, output: pool.alphaReserve }
    : { input: pool.alphaReserve, output: pool.taoReserve };
}

export function doSwap(
  pool: BalancerPool,
  order: SwapOrder,
  amount: bigint,
  limitPrice: U64F64,
  dropFees: boolean,
  simulate = false,
): SwapOutcome {
  const buy = order === 'GetAlphaForTao';
  const { input, output } = reserves(pool, order);
  let fee = calculateFeeAmount(amount, pool.feeRate, dropFees);
  const requested = saturatingSubU64(amount, fee);
  if (requested > saturatingMulU64(input, MAX_SWAP_INPUT_RESERVE_MULTIPLIER)) {
    return { ok: false, error: 'SwapInputTooLarge' };
  }
  if (output < pool.minimumReserve) return { ok: false, error: 'ReservesTooLow' };
  const current = currentPrice(pool);
  if (buy ? !(current < limitPrice) : !(current > limitPrice))
    return { ok: false, error: 'PriceLimitExceeded' };

  const target = priceTarget(pool, order, requested);
  const fullAmount = buy ? target <= limitPrice : target >= limitPrice;
  let deltaIn = requested;
  if (!fullAmount) {
    deltaIn = buy
      ? calculateQuoteDeltaIn(pool.quoteWeight, current, limitPrice, pool.taoReserve)
      : calculateBaseDeltaIn(pool.quoteWeight, current, limitPrice, pool.alphaReserve);
    const rate = dropFees ? U64F64.ZERO : U64F64.saturatingFromInt(pool.feeRate);
    const grossUp = U64F64.safeDiv(rate, U64F64.saturatingSub(U64F64.fromInt(65_535n), rate));
    fee = U64F64.toU64(U64F64.saturatingMul(U64F64.saturatingFromInt(deltaIn), grossUp));
  }
  const deltaOut = convertDeltas(pool, order, deltaIn);
  if (deltaIn > 0n && deltaOut === 0n) return { ok: false, error: 'ReservesTooLow' };
  if (!simulate && output < deltaOut) return { ok: false, error: 'InsufficientLiquidity' };
  return {
    ok: true,
    amountPaidIn: deltaIn,
    amountPaidOut: deltaOut,
    feePaid: fee,
    feeToBlockAuthor: fee,
    limitHit: !fullAmount,
  };
}

/** Reserves after a swap, as `swap_tao_for_alpha` / `swap_alpha_for_tao` update them (fees stay outside). */
export function applySwapToReserves(
  pool: BalancerPool,
  order: SwapOrder,
  result: SwapResult,
): { taoReserve: bigint; alphaReserve: bigint } {
  return order === 'GetAlphaForTao'
    ? {
        taoReserve: saturatingAddU64(pool.taoReserve, result.amountPaidIn),
        alphaReserve: saturatingSubU64(pool.alphaReserve, result.amountPaidOut),
      }
    : {
        taoReserve: saturatingSubU64(pool.taoReserve, result.amountPaidOut),
        alphaReserve: saturatingAddU64(pool.alphaReserve, result.amountPaidIn),
      };
}
