/**
 * One swap against a subnet pool, as `SwapHandler::swap` (dynamic pools: `do_swap` on the balancer) or the
 * 1:1 stable path (`SubnetMechanism == 0`, root), returning a `SwapReceipt`. Nothing is written here: the
 * caller applies the receipt (recordSwap.ts) and initialises the balancer.
 *
 * Fill-or-kill (`allowPartial = false`) is the check `validate_add_stake` / `validate_remove_stake` make
 * before the swap: the amount must not exceed `get_max_amount_add/remove(limit)`, else `SlippageTooHigh`.
 * With `allowPartial` the swap stops at the limit price and the unused input is the receipt's refund.
 */
import { saturatingSubU64 } from '@taonet/primitives';
import { ensure } from '../dispatch/dispatchError.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { type BalancerPool, doSwap, limitPriceFromRao, type SwapOrder } from './math/doSwap.js';
import {
  getMaxAmountAdd,
  getMaxAmountAddStable,
  getMaxAmountRemove,
  getMaxAmountRemoveStable,
} from './math/maxAmount.js';
import { SwapErrors } from './schema.js';
import type { SwapReceipt } from './swapApi.js';

export interface SwapRequest {
  readonly order: SwapOrder;
  readonly amount: bigint;
  readonly limitPriceRao: bigint;
  readonly dropFees: boolean;
  readonly allowPartial: boolean;
  /** `do_swap(.., simulate = true)`: no `InsufficientLiquidity` check */
  readonly simulate: boolean;
}

/** The stable mechanism: paid in = paid out = amount, no fee. */
export function stableReceipt(amount: bigint): SwapReceipt {
  return { amountPaidIn: amount, amountPaidOut: amount, feePaid: 0n, feeToBlockAuthor: 0n, refund: 0n };
}

/** `get_max_amount_add` / `get_max_amount_remove` of a dynamic pool; swap errors are thrown. */
export function computeMaxAmount(pool: BalancerPool, order: SwapOrder, limitPriceRao: bigint): bigint {
  const max =
    order === 'GetAlphaForTao'
      ? getMaxAmountAdd(pool, limitPriceRao)
      : getMaxAmountRemove(pool, limitPriceRao);
  if (!max.ok) throw SwapErrors[max.error]();
  return max.amount;
}

export function computeStableMaxAmount(order: SwapOrder, limitPriceRao: bigint): bigint {
  return order === 'GetAlphaForTao'
    ? getMaxAmountAddStable(limitPriceRao)
    : getMaxAmountRemoveStable(limitPriceRao);
}

export function executeStableSwap(request: SwapRequest): SwapReceipt {
  if (!request.allowPartial) {
    const max = computeStableMaxAmount(request.order, request.limitPriceRao);
    ensure(request.amount <= max, SubtensorErrors.SlippageTooHigh);
  }
  return stableReceipt(request.amount);
}

export function executeDynamicSwap(pool: BalancerPool, request: SwapRequest): SwapReceipt {
  const { order, amount, limitPriceRao } = request;
  if (!request.allowPartial) {
    ensure(amount <= computeMaxAmount(pool, order, limitPriceRao), SubtensorErrors.SlippageTooHigh);
  }
  const limit = limitPriceFromRao(limitPriceRao);
  const outcome = doSwap(pool, order, amount, limit, request.dropFees, request.simulate);
  if (!outcome.ok) throw SwapErrors[outcome.error]();
  const used = outcome.amountPaidIn + outcome.feePaid;
  return {
    amountPaidIn: outcome.amountPaidIn,
    amountPaidOut: outcome.amountPaidOut,
    feePaid: outcome.feePaid,
    feeToBlockAuthor: outcome.feeToBlockAuthor,
    refund: saturatingSubU64(amount, used),
  };
}
