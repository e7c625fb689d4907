/**
 * `sp_arithmetic::Perquintill` as its parts (a bigint in [0, 10^18], 10^18 = 1.0), with the rounding of
 * the Rust methods subtensor's balancer uses.
 */

export const PERQUINTILL_ACCURACY = 1_000_000_000_000_000_000n;
export const PERQUINTILL_ONE = PERQUINTILL_ACCURACY;
export const PERQUINTILL_HALF = PERQUINTILL_ACCURACY / 2n;

/**
 * `Perquintill::from_rational(p, q)`: `floor(p * 10^18 / q)` (rounding down); 1.0 when `q == 0` or `p > q`
 * (the Rust `unwrap_or(one)` on the rounding error).
 */
export function perquintillFromRational(p: bigint, q: bigint): bigint {
  if (q === 0n || p > q) return PERQUINTILL_ONE;
  return (p * PERQUINTILL_ACCURACY) / q;
}

/** `ONE.saturating_sub(p)`: the complementary weight. */
export function perquintillComplement(parts: bigint): bigint {
  return parts >= PERQUINTILL_ONE ? 0n : PERQUINTILL_ONE - parts;
}

/** `p.mul_floor(n)`: `floor(n * p)`. */
export function perquintillMulFloor(parts: bigint, n: bigint): bigint {
  return (n * parts) / PERQUINTILL_ACCURACY;
}
