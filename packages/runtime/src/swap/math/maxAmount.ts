/**
 * `get_max_amount_add` / `get_max_amount_remove`: how much can be staked / unstaked before the price crosses
 * a limit, found by simulating a swap of 1000x the input reserve (the input cap). Dynamic pools return
 * `amount_paid_in + fee_paid` or the swap's error; stable pools (price 1) are all-or-nothing.
 */
import { saturatingAddU64, saturatingMulU64, U64_MAX } from '@taonet/primitives';
import {
  type BalancerPool,
  doSwap,
  limitPriceFromRao,
  MAX_SWAP_INPUT_RESERVE_MULTIPLIER,
  type SwapError,
} from './doSwap.js';

export type MaxAmount =
  | { readonly ok: true; readonly amount: bigint }
  | { readonly ok: false; readonly error: SwapError };

const ONE_TAO_RAO = 1_000_000_000n;

export function getMaxAmountAdd(pool: BalancerPool, limitPriceRao: bigint): MaxAmount {
  const amount = saturatingMulU64(pool.taoReserve, MAX_SWAP_INPUT_RESERVE_MULTIPLIER);
  const result = doSwap(pool, 'GetAlphaForTao', amount, limitPriceFromRao(limitPriceRao), false, true);
  return result.ok ? { ok: true, amount: saturatingAddU64(result.amountPaidIn, result.feePaid) } : result;
}

export function getMaxAmountRemove(pool: BalancerPool, limitPriceRao: bigint): MaxAmount {
  const amount = saturatingMulU64(pool.alphaReserve, MAX_SWAP_INPUT_RESERVE_MULTIPLIER);
  const result = doSwap(pool, 'GetTaoForAlpha', amount, limitPriceFromRao(limitPriceRao), false, true);
  return result.ok ? { ok: true, amount: saturatingAddU64(result.amountPaidIn, result.feePaid) } : result;
}

/** Root and stable subnets (price 1.0 = 1e9 rao): everything if the limit is at least the price, else 0. */
export function getMaxAmountAddStable(limitPriceRao: bigint): bigint {
  return limitPriceRao >= ONE_TAO_RAO ? U64_MAX : 0n;
}

export function getMaxAmountRemoveStable(limitPriceRao: bigint): bigint {
  return limitPriceRao <= ONE_TAO_RAO ? U64_MAX : 0n;
}
