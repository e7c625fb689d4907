/** Function-level vectors of the balancer swap: `do_swap`, limit amounts, liquidity injection. */
import {
  applySwapToReserves,
  type BalancerPool,
  balancerPowPath,
  calculatePrice,
  currentPrice,
  doSwap,
  getMaxAmountAdd,
  getMaxAmountRemove,
  limitPriceFromRao,
  type MaxAmount,
  type SwapOrder,
  updateWeightsForAddedLiquidity,
} from '@taonet/runtime';
import type { OutputCheck } from './outputCheck.js';
import { arr, big, bool, optBig, type Rec, rec, str } from './vectorValues.js';

/** The mock runtime's `SwapMinimumReserve`, used when a vector does not give one. */
export const MOCK_MINIMUM_RESERVE = 100n;

export function readPool(value: unknown, what: string): BalancerPool {
  const p = rec(value, what);
  return {
    taoReserve: big(p.tao_reserve, `${what}.tao_reserve`),
    alphaReserve: big(p.alpha_reserve, `${what}.alpha_reserve`),
    quoteWeight: big(p.quote_weight_perquintill, `${what}.quote_weight_perquintill`),
    feeRate: optBig(p, 'FeeRate', 33n),
    minimumReserve: optBig(p, 'MinimumReserve', MOCK_MINIMUM_RESERVE),
  };
}

export function readOrder(value: unknown, what: string): SwapOrder {
  const order = str(value, what);
  if (order !== 'GetAlphaForTao' && order !== 'GetTaoForAlpha')
    throw new Error(`${what}: unknown order ${order}`);
  return order;
}

/** `pallet_subtensor_swap::Pallet::do_swap`: independent cases or a sequence on carried reserves. */
export function runDoSwap(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const pool = readPool(inputs.pool, 'pool');
  const reset = inputs.reserves_reset_before_each_case !== false;
  if (typeof inputs.pow_path === 'string')
    check.exact('pow_path', inputs.pow_path, balancerPowPath(pool.quoteWeight));
  check.exact('price_before_U64F64_bits', expected.price_before_U64F64_bits, currentPrice(pool));
  let state = pool;
  const actual = arr(inputs.cases, 'cases').map((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    if (reset) state = pool;
    const order = readOrder(c.order, `cases[${i}].order`);
    const limit = limitPriceFromRao(big(c.limit_price_rao, 'limit_price_rao'));
    const result = doSwap(state, order, big(c.amount_in, 'amount_in'), limit, bool(c.drop_fees, 'drop_fees'));
    if (!result.ok) {
      return {
        error: result.error,
        tao_reserve_after: state.taoReserve,
        alpha_reserve_after: state.alphaReserve,
        price_after_U64F64_bits: currentPrice(state),
      };
    }
    state = { ...state, ...applySwapToReserves(state, order, result) };
    return {
      amount_paid_in: result.amountPaidIn,
      amount_paid_out: result.amountPaidOut,
      fee_paid: result.feePaid,
      fee_to_block_author: result.feeToBlockAuthor,
      limit_hit: result.limitHit,
      tao_reserve_after: state.taoReserve,
      alpha_reserve_after: state.alphaReserve,
      price_after_U64F64_bits: currentPrice(state),
    };
  });
  check.exact('cases', expected.cases, actual);
}

export function showMaxAmount(result: MaxAmount): bigint | string {
  return result.ok ? result.amount : `Err(${result.error})`;
}

/** `Pallet::get_max_amount_add|get_max_amount_remove` */
export function runMaxAmounts(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const actual = arr(inputs.rows, 'rows').map((entry, i) => {
    const pool = readPool(entry, `rows[${i}]`);
    const limit = big(rec(entry, `rows[${i}]`).limit_price_rao, `rows[${i}].limit_price_rao`);
    return {
      max_amount_add: showMaxAmount(getMaxAmountAdd(pool, limit)),
      max_amount_remove: showMaxAmount(getMaxAmountRemove(pool, limit)),
    };
  });
  check.exact('rows', expected.rows, actual);
}

interface LiquidityState {
  readonly tao: bigint;
  readonly alpha: bigint;
  readonly weight: bigint;
}

function injectLiquidity(
  state: LiquidityState,
  c: Rec,
): { next: LiquidityState; row: Record<string, unknown> } {
  const taoDelta = big(c.tao_delta, 'tao_delta');
  const alphaDelta = big(c.alpha_delta, 'alpha_delta');
  const before = calculatePrice(state.weight, state.alpha, state.tao);
  const update = updateWeightsForAddedLiquidity(state.weight, state.tao, state.alpha, taoDelta, alphaDelta);
  const next = update.ok
    ? { tao: state.tao + taoDelta, alpha: state.alpha + alphaDelta, weight: update.quoteWeight }
    : state;
  const row = {
    ok: update.ok,
    quote_weight_after: update.quoteWeight,
    injected_tao: update.ok ? taoDelta : 0n,
    injected_alpha: update.ok ? alphaDelta : 0n,
    price_before_U64F64_bits: before,
    price_after_U64F64_bits: calculatePrice(next.weight, next.alpha, next.tao),
  };
  return { next, row };
}

/** `Balancer::update_weights_for_added_liquidity`: independent cases, or per-block injections in sequence. */
export function runLiquidityInjection(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const readState = (r: Rec): LiquidityState => ({
    tao: big(r.tao_reserve, 'tao_reserve'),
    alpha: big(r.alpha_reserve, 'alpha_reserve'),
    weight: big(r.quote_weight_perquintill, 'quote_weight_perquintill'),
  });
  const sequence = inputs.sequence === undefined ? null : readState(rec(inputs.sequence, 'sequence'));
  let state = sequence;
  const actual = arr(inputs.cases, 'cases').map((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const { next, row } = injectLiquidity(state ?? readState(c), c);
    if (sequence !== null) state = next;
    return row;
  });
  check.exact('cases', expected.cases, actual);
}
