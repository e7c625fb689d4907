/** `economics.json` scenarios from the swap pallet's Rust tests (balancer curve, swaps, limits, liquidity). */
import { perquintillFromRational, powRatioScaled, U64F64 } from '@taonet/primitives';
import {
  adjustProtocolLiquidity,
  type BalancerPool,
  calculateBaseDeltaIn,
  calculatePrice,
  calculateQuoteDeltaIn,
  doSwap,
  expScaled,
  getBaseNeededForQuote,
  getMaxAmountAdd,
  getMaxAmountAddStable,
  getMaxAmountRemove,
  getMaxAmountRemoveStable,
  initialQuoteWeight,
  limitPriceFromRao,
  MAX_PRICE_RAO,
  MIN_PRICE_RAO,
  mulPerquintillRound,
} from '@taonet/runtime';
import type { EconomicsHandler } from './economicsHandler.js';
import { MOCK_MINIMUM_RESERVE, readOrder, showMaxAmount } from './swapHandlers.js';
import { allowedDifference, toleranceOf } from './vectorTolerance.js';
import {
  arr,
  big,
  bool,
  isIntegerLike,
  num,
  perquintillFromDecimal,
  rec,
  str,
  VectorShapeError,
} from './vectorValues.js';

const HALF = perquintillFromDecimal(0.5);

function mockPool(tao: bigint, alpha: bigint, quoteWeight: bigint, feeRate: bigint): BalancerPool {
  return { taoReserve: tao, alphaReserve: alpha, quoteWeight, feeRate, minimumReserve: MOCK_MINIMUM_RESERVE };
}

function fixedFromNumber(value: unknown, what: string): U64F64 {
  return U64F64.fromF64(num(value, what)); // float-ok: the Rust test builds the price with from_num(f64)
}

/** `test_swap_initialization[_with_price]`: weights from reserves (and a price hint), and the price. */
const swapInitialization: EconomicsHandler = (inputs, expected, check, vector) => {
  const tao = big(inputs.tao_reserve, 'tao_reserve');
  const alpha = big(inputs.alpha_reserve, 'alpha_reserve');
  const hint =
    inputs.price_hint === null || inputs.price_hint === undefined
      ? null
      : fixedFromNumber(inputs.price_hint, 'price_hint');
  const weight = initialQuoteWeight(tao, alpha, hint);
  if (weight === null) {
    check.fail('quote_weight', 'initialisation failed (ReservesOutOfBalance)');
    return;
  }
  const tolerance = allowedDifference(toleranceOf(vector), 1);
  const price = U64F64.toF64(calculatePrice(weight, alpha, tao));
  check.near('price', num(expected.price, 'price'), price, tolerance);
  check.exact('quote_weight_perquintill', expected.quote_weight_perquintill, weight);
  if (expected.quote_weight !== undefined && hint !== null) {
    // stated as the formula y / (p*x + y)
    const reference = Number(tao) / (U64F64.toF64(hint) * Number(alpha) + Number(tao));
    check.near('quote_weight', reference, Number(weight) / 1e18, tolerance);
  }
};

/** `test_swap_basic`: fee, executed input and output of independent buys and sells. */
const swapBasic: EconomicsHandler = (inputs, expected, check, vector) => {
  const weight = perquintillFromDecimal(num(inputs.w_quote, 'w_quote'));
  const pool = mockPool(
    big(inputs.tao_reserve, 'tao'),
    big(inputs.alpha_reserve, 'alpha'),
    weight,
    big(inputs.FeeRate, 'FeeRate'),
  );
  const limits = rec(inputs.limit_price, 'limit_price');
  const outTolerance = BigInt(allowedDifference(toleranceOf(vector, 'amount_out'), 0));
  const inTolerance = BigInt(allowedDifference(toleranceOf(vector, 'paid_in'), 0));
  arr(expected.cases, 'cases').forEach((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const order = readOrder(str(c.order, 'order').split('(')[0], `cases[${i}].order`);
    const limit = fixedFromNumber(order === 'GetAlphaForTao' ? limits.buy : limits.sell, 'limit_price');
    const result = doSwap(pool, order, big(c.amount_in, 'amount_in'), limit, false);
    if (!result.ok) {
      check.fail(`cases[${i}]`, `swap failed: ${result.error}`);
      return;
    }
    check.exact(`cases[${i}].fee`, c.fee, result.feePaid);
    check.nearInt(
      `cases[${i}].paid_in_reserve_delta`,
      big(c.paid_in_reserve_delta, 'paid_in'),
      result.amountPaidIn,
      inTolerance,
    );
    check.nearInt(
      `cases[${i}].amount_out`,
      big(c.amount_out, 'amount_out'),
      result.amountPaidOut,
      outTolerance,
    );
  });
};

function rationalWeight(text: string): bigint {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (match === null) throw new VectorShapeError(`weight ${text}: expected a/b`);
  return perquintillFromRational(BigInt(match[1] ?? '0'), BigInt(match[2] ?? '1'));
}

/** `test_exp_scaled`: the curve power for several weights. */
const expScaledCases: EconomicsHandler = (inputs, expected, check, vector) => {
  const results = arr(expected.result, 'result');
  const tolerance = allowedDifference(toleranceOf(vector), 1);
  arr(inputs.cases, 'cases').forEach((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const weight = rationalWeight(str(c.quote_weight, 'quote_weight'));
    const e = expScaled(
      weight,
      big(c.reserve, 'reserve'),
      big(c.d_reserve, 'd_reserve'),
      bool(c.base_quote, 'base_quote'),
    );
    check.near(`result[${i}]`, num(results[i], `result[${i}]`), U64F64.toF64(e), tolerance);
  });
};

/** `test_perquintill_power`: `(x / (x + delta))^(w1 / w2) * scale`. */
const perquintillPower: EconomicsHandler = (inputs, expected, check) => {
  const x = big(inputs.x, 'x');
  const { value } = powRatioScaled(
    x,
    x + big(inputs.delta, 'delta'),
    big(inputs.w1, 'w1'),
    big(inputs.w2, 'w2'),
    num(inputs.precision, 'precision'),
    big(inputs.scale, 'scale'),
  );
  check.exact('result', expected.result, value);
};

/** `test_calculate_quote_delta_in` / `test_calculate_base_delta_in`: input to move the price to a target. */
const deltaToReachPrice: EconomicsHandler = (inputs, expected, check) => {
  const weight = perquintillFromDecimal(num(inputs.w_quote, 'w_quote'));
  const current = fixedFromNumber(inputs.current_price, 'current_price');
  const target = fixedFromNumber(inputs.target_price, 'target_price');
  if (inputs.tao_reserve !== undefined) {
    check.exact(
      'dy',
      expected.dy,
      calculateQuoteDeltaIn(weight, current, target, big(inputs.tao_reserve, 'tao')),
    );
  } else {
    check.exact(
      'dx',
      expected.dx,
      calculateBaseDeltaIn(weight, current, target, big(inputs.alpha_reserve, 'alpha')),
    );
  }
};

/** `test_base_needed_for_quote` */
const baseNeededForQuote: EconomicsHandler = (inputs, expected, check) => {
  const weight = perquintillFromDecimal(num(inputs.w_quote, 'w_quote'));
  const dx = getBaseNeededForQuote(
    weight,
    big(inputs.tao_reserve, 'tao'),
    big(inputs.alpha_reserve, 'alpha'),
    big(inputs.tao_delta, 'tao_delta'),
  );
  check.exact('dx', expected.dx, dx);
};

/** `test_mul_round_half_behaviour` / `_third_`: inputs keyed `p=a/b`. */
const mulPerquintillRoundCases: EconomicsHandler = (inputs, expected, check) => {
  for (const [key, values] of Object.entries(inputs)) {
    const weight = rationalWeight(key.replace(/^p=/, ''));
    const actual = arr(values, key).map((v, i) => mulPerquintillRound(weight, big(v, `${key}[${i}]`)));
    check.exact(key, expected[key], actual);
  }
};

/** `test_swap_rejects_input_over_1000x_input_reserve` / `..._allows_...`: both directions, no limit. */
const swapInputCap: EconomicsHandler = (inputs, expected, check) => {
  const pool = mockPool(big(inputs.tao_reserve, 'tao'), big(inputs.alpha_reserve, 'alpha'), HALF, 33n);
  const dropFees = bool(inputs.drop_fees, 'drop_fees');
  for (const [key, outcome] of Object.entries(expected)) {
    const amount = big(key, 'amount key');
    for (const order of ['GetTaoForAlpha', 'GetAlphaForTao'] as const) {
      const limit = limitPriceFromRao(order === 'GetAlphaForTao' ? MAX_PRICE_RAO : MIN_PRICE_RAO);
      const result = doSwap(pool, order, amount, limit, dropFees);
      check.exact(`${key}.${order}`, outcome, result.ok ? 'Ok' : `Err(${result.error})`);
    }
  }
};

function maxAmountRows(remove: boolean): EconomicsHandler {
  return (inputs, _expected, check, vector) => {
    const tolerance = toleranceOf(vector);
    const feeRate = big(inputs.FeeRate, 'FeeRate');
    arr(inputs.rows, 'rows').forEach((entry, i) => {
      const row = rec(entry, `rows[${i}]`);
      const pool = mockPool(big(row.tao_in, 'tao_in'), big(row.alpha_in, 'alpha_in'), HALF, feeRate);
      const limit = big(row.limit_price_rao, 'limit_price_rao');
      const actual = showMaxAmount(remove ? getMaxAmountRemove(pool, limit) : getMaxAmountAdd(pool, limit));
      check.exact(`rows[${i}].emulated`, row.emulated, actual);
      if (!isIntegerLike(row.expected)) {
        check.exact(`rows[${i}].expected`, row.expected, actual);
      } else if (typeof actual !== 'bigint') {
        check.fail(`rows[${i}].expected`, `expected ${String(row.expected)}, actual ${actual}`);
      } else {
        const e = big(row.expected, 'expected');
        const allowed = BigInt(Math.floor(allowedDifference(tolerance, Number(e))));
        check.nearInt(`rows[${i}].expected`, e, actual, allowed);
      }
    });
  };
}

/** `test_max_amount_add_root / _add_stable / _remove_root / _remove_stable` (price fixed at 1.0). */
const maxAmountStable: EconomicsHandler = (inputs, expected, check) => {
  const limits = arr(inputs.limit_price_rao, 'limit_price_rao').map((v, i) =>
    big(v, `limit_price_rao[${i}]`),
  );
  check.exact('max_add', expected.max_add, limits.map(getMaxAmountAddStable));
  check.exact('max_remove', expected.max_remove, limits.map(getMaxAmountRemoveStable));
};

/** `test_adjust_protocol_liquidity_happy`: injections reweight the pool without moving the price. */
const adjustProtocolLiquidityKeepsPrice: EconomicsHandler = (inputs, _expected, check, vector) => {
  const tao = big(inputs.tao, 'tao');
  const alpha = big(inputs.alpha, 'alpha');
  const tolerance = toleranceOf(vector);
  arr(inputs['deltas(tao,alpha)'], 'deltas').forEach((entry, i) => {
    const [dt, da] = arr(entry, `deltas[${i}]`).map((v) => big(v, `deltas[${i}]`));
    const before = calculatePrice(HALF, alpha, tao);
    const adjusted = adjustProtocolLiquidity(HALF, tao, alpha, dt ?? 0n, da ?? 0n);
    check.isTrue(`deltas[${i}]`, adjusted.ok, 'injection rejected');
    const after = calculatePrice(
      adjusted.quoteWeight,
      alpha + adjusted.injectedAlpha,
      tao + adjusted.injectedTao,
    );
    const p = U64F64.toF64(before);
    check.near(`deltas[${i}].price_after`, p, U64F64.toF64(after), allowedDifference(tolerance, p));
    const newTao = Number(tao + (dt ?? 0n));
    const reference = newTao / (Number(alpha + (da ?? 0n)) * p + newTao);
    check.near(
      `deltas[${i}].new_quote_weight`,
      reference,
      Number(adjusted.quoteWeight) / 1e18,
      allowedDifference(tolerance, reference),
    );
  });
};

export const SWAP_TEST_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_swap_initialization', swapInitialization],
  ['test_swap_initialization_with_price', swapInitialization],
  ['test_swap_basic', swapBasic],
  ['test_exp_scaled', expScaledCases],
  ['test_perquintill_power', perquintillPower],
  ['test_calculate_quote_delta_in', deltaToReachPrice],
  ['test_calculate_base_delta_in', deltaToReachPrice],
  ['test_base_needed_for_quote', baseNeededForQuote],
  ['test_mul_round_half_behaviour', mulPerquintillRoundCases],
  ['test_swap_rejects_input_over_1000x_input_reserve', swapInputCap],
  ['test_max_amount_add_dynamic', maxAmountRows(false)],
  ['test_max_amount_remove_dynamic', maxAmountRows(true)],
  ['test_max_amount_add_root', maxAmountStable],
  ['test_adjust_protocol_liquidity_happy', adjustProtocolLiquidityKeepsPrice],
];
