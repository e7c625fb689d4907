/**
 * Weighted-balancer curve of pallet-subtensor-swap (`pallet/balancer.rs`). x = alpha reserve (base),
 * y = TAO reserve (quote), w2 = quote weight (Perquintill parts), w1 = 1 - w2.
 *
 * - price `p = (w1 / w2) * (y / x)` in U64F64;
 * - `(x / (x + ∆))^(w_a / w_b)` by `pow_ratio_scaled` (precision 256, scale 1e18), then `/ 1e18` in U64F64;
 * - limit helpers `y * ((p' / p)^w1 - 1)` and `x * ((p / p')^w2 - 1)` (precision 1024), where a scaled power
 *   above u64::MAX saturates to u64::MAX (the ratio^w cap of 18.446744073709551615).
 */
import {
  PERQUINTILL_ACCURACY,
  type PowPath,
  perquintillComplement,
  powRatioScaled,
  powRatioScaledPath,
  saturatingAddU64,
  saturatingSubU64,
  U64_MAX,
  U64F64,
} from '@taonet/primitives';

const EXP_PRECISION = 256;
const LIMIT_PRECISION = 1024;
const ACCURACY_FIXED = U64F64.fromInt(PERQUINTILL_ACCURACY);

export function getBaseWeight(quoteWeight: bigint): bigint {
  return perquintillComplement(quoteWeight);
}

/** Which branch of `pow_ratio_scaled` the swap powers of this weight take. */
export function balancerPowPath(quoteWeight: bigint): PowPath {
  return powRatioScaledPath(getBaseWeight(quoteWeight), quoteWeight);
}

/** `calculate_price(x, y)`: `(w1 / w2) * (y / x)`, 0 when a division is by zero. */
export function calculatePrice(quoteWeight: bigint, alphaReserve: bigint, taoReserve: bigint): U64F64 {
  const w2 = U64F64.saturatingFromInt(quoteWeight);
  const w1 = U64F64.saturatingFromInt(getBaseWeight(quoteWeight));
  const x = U64F64.saturatingFromInt(alphaReserve);
  const y = U64F64.saturatingFromInt(taoReserve);
  return U64F64.saturatingMul(U64F64.safeDiv(w1, w2), U64F64.safeDiv(y, x));
}

/**
 * `exp_scaled(x, dx, base_quote)`: `(x / (x + dx))^(w1/w2)` when `baseQuote`, else `^(w2/w1)`; `dx` may be
 * negative. Capped at 1.0 for `dx >= 0`; 0 when `x + dx == 0` or the scaled power does not fit a u64.
 */
export function expScaled(quoteWeight: bigint, x: bigint, dx: bigint, baseQuote: boolean): U64F64 {
  const xPlusDx = dx >= 0n ? saturatingAddU64(x, dx) : saturatingSubU64(x, -dx);
  if (xPlusDx === 0n) return U64F64.ZERO;
  const w1 = getBaseWeight(quoteWeight);
  const [expNum, expDen] = baseQuote ? [w1, quoteWeight] : [quoteWeight, w1];
  const { value } = powRatioScaled(x, xPlusDx, expNum, expDen, EXP_PRECISION, PERQUINTILL_ACCURACY);
  if (value === null || value < 0n || value > U64_MAX) return U64F64.ZERO;
  const result = U64F64.safeDiv(U64F64.saturatingFromInt(value), ACCURACY_FIXED);
  return dx >= 0n ? U64F64.min(result, U64F64.ONE) : result;
}

/** `(x / (x + ∆x))^(w1/w2)`: sells (∆x alpha in). */
export function expBaseQuote(quoteWeight: bigint, x: bigint, dx: bigint): U64F64 {
  return expScaled(quoteWeight, x, dx, true);
}

/** `(y / (y + ∆y))^(w2/w1)`: buys (∆y TAO in). */
export function expQuoteBase(quoteWeight: bigint, y: bigint, dy: bigint): U64F64 {
  return expScaled(quoteWeight, y, dy, false);
}

/** `reserve * ((num/den)^(weight/1e18) - 1)` with the u64::MAX saturation of the scaled power. */
function reserveTimesPowMinusOne(num: bigint, den: bigint, weight: bigint, reserve: bigint): bigint {
  const { value } = powRatioScaled(
    num,
    den,
    weight,
    PERQUINTILL_ACCURACY,
    LIMIT_PRECISION,
    PERQUINTILL_ACCURACY,
  );
  if (value === null) return 0n;
  const powFixed =
    value > U64_MAX ? U64F64.saturatingFromInt(U64_MAX) : U64F64.saturatingFromInt(value < 0n ? 0n : value);
  const factor = U64F64.saturatingSub(U64F64.safeDiv(powFixed, ACCURACY_FIXED), U64F64.ONE);
  return U64F64.toU64(U64F64.saturatingMul(U64F64.saturatingFromInt(reserve), factor));
}

/** TAO needed to push the price up from `currentPrice` to `targetPrice`: `y * ((p'/p)^w1 - 1)`. */
export function calculateQuoteDeltaIn(
  quoteWeight: bigint,
  currentPrice: U64F64,
  targetPrice: U64F64,
  taoReserve: bigint,
): bigint {
  return reserveTimesPowMinusOne(targetPrice, currentPrice, getBaseWeight(quoteWeight), taoReserve);
}

/** Alpha needed to push the price down from `currentPrice` to `targetPrice`: `x * ((p/p')^w2 - 1)`. */
export function calculateBaseDeltaIn(
  quoteWeight: bigint,
  currentPrice: U64F64,
  targetPrice: U64F64,
  alphaReserve: bigint,
): bigint {
  return reserveTimesPowMinusOne(currentPrice, targetPrice, quoteWeight, alphaReserve);
}

/** Alpha to sell to obtain `deltaTao`: `x * ((y / (y - ∆y))^(w2/w1) - 1)`. */
export function getBaseNeededForQuote(
  quoteWeight: bigint,
  taoReserve: bigint,
  alphaReserve: bigint,
  deltaTao: bigint,
): bigint {
  const e = expScaled(quoteWeight, taoReserve, -deltaTao, false);
  return U64F64.toU64(
    U64F64.saturatingMul(U64F64.fromInt(alphaReserve), U64F64.saturatingSub(e, U64F64.ONE)),
  );
}
