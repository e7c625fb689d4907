/**
 * Balancer weight bookkeeping (`pallet/balancer.rs`, `maybe_initialize_palswap`): weights stay within
 * [0.01, 0.99]; injections off-price reweight the pool so the price does not move:
 * `q1 = round(w1 * y * (x + ∆x))`, `q2 = round(w2 * x * (y + ∆y))`, `w2' = q2 / (q1 + q2)` (rounded down).
 */
import {
  clampU128,
  PERQUINTILL_ACCURACY,
  PERQUINTILL_HALF,
  perquintillComplement,
  perquintillFromRational,
  U64F64,
  U256_MAX,
} from '@taonet/primitives';

/** `MIN_WEIGHT` = 0.01 */
export const MIN_BALANCER_WEIGHT = PERQUINTILL_ACCURACY / 100n;
/** The default quote weight of a new pool (0.5). */
export const DEFAULT_QUOTE_WEIGHT = PERQUINTILL_HALF;

/** `check_constraints`: both weights at least 0.01. */
export function isValidQuoteWeight(quoteWeight: bigint): boolean {
  return quoteWeight >= MIN_BALANCER_WEIGHT && perquintillComplement(quoteWeight) >= MIN_BALANCER_WEIGHT;
}

/** `mul_perquintill_round`: `(value * parts + 1e18/2) / 1e18` in U256, clamped to u128. */
export function mulPerquintillRound(parts: bigint, value: bigint): bigint {
  let num = value * parts;
  if (num > U256_MAX) num = U256_MAX;
  num += PERQUINTILL_ACCURACY / 2n;
  if (num > U256_MAX) num = U256_MAX;
  return clampU128(num / PERQUINTILL_ACCURACY);
}

export interface WeightUpdate {
  readonly ok: boolean;
  /** the new quote weight, or the unchanged one when the update is rejected */
  readonly quoteWeight: bigint;
}

/** `update_weights_for_added_liquidity`: rejected (weights unchanged) when a new weight leaves [0.01, 0.99]. */
export function updateWeightsForAddedLiquidity(
  quoteWeight: bigint,
  taoReserve: bigint,
  alphaReserve: bigint,
  taoDelta: bigint,
  alphaDelta: bigint,
): WeightUpdate {
  const newTao = taoReserve + taoDelta;
  const newAlpha = alphaReserve + alphaDelta;
  const q1 = mulPerquintillRound(perquintillComplement(quoteWeight), clampU128(taoReserve * newAlpha));
  const q2 = mulPerquintillRound(quoteWeight, clampU128(alphaReserve * newTao));
  const qSum = clampU128(q1 + q2);
  const candidate = qSum !== 0n ? perquintillFromRational(q2, qSum) : PERQUINTILL_HALF;
  return isValidQuoteWeight(candidate) ? { ok: true, quoteWeight: candidate } : { ok: false, quoteWeight };
}

export interface ProtocolLiquidityAdjustment {
  readonly ok: boolean;
  readonly quoteWeight: bigint;
  readonly injectedTao: bigint;
  readonly injectedAlpha: bigint;
}

/**
 * `adjust_protocol_liquidity`: reweights for (taoDelta, alphaDelta) on the current reserves and returns what
 * may be injected; (0, 0) when the weights would leave their bounds. The caller adds the amounts to the
 * reserves.
 */
export function adjustProtocolLiquidity(
  quoteWeight: bigint,
  taoReserve: bigint,
  alphaReserve: bigint,
  taoDelta: bigint,
  alphaDelta: bigint,
): ProtocolLiquidityAdjustment {
  const update = updateWeightsForAddedLiquidity(quoteWeight, taoReserve, alphaReserve, taoDelta, alphaDelta);
  return update.ok
    ? { ok: true, quoteWeight: update.quoteWeight, injectedTao: taoDelta, injectedAlpha: alphaDelta }
    : { ok: false, quoteWeight, injectedTao: 0n, injectedAlpha: 0n };
}

/**
 * The quote weight `maybe_initialize_palswap` gives a new pool: 0.5 without a price hint, else
 * `y / (p*x + y)` with p*x split into integer and fractional parts. null = `ReservesOutOfBalance`.
 */
export function initialQuoteWeight(
  taoReserve: bigint,
  alphaReserve: bigint,
  price: U64F64 | null,
): bigint | null {
  if (price === null) return DEFAULT_QUOTE_WEIGHT;
  const pxHigh = clampU128(U64F64.toU64(price) * alphaReserve);
  const frac = U64F64.sub(price, U64F64.floor(price));
  const pxLow = U64F64.floorToInt(U64F64.saturatingMul(U64F64.saturatingFromInt(alphaReserve), frac));
  const pxPlusY = clampU128(clampU128(pxHigh + pxLow) + taoReserve);
  if (pxPlusY === 0n) return null;
  const weight = perquintillFromRational(taoReserve, pxPlusY);
  return isValidQuoteWeight(weight) ? weight : null;
}
