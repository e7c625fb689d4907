/**
 * Q32 fixed-point helpers of the registration price (`subnets/registration.rs`): 1.0 = 2^32.
 * `decay_factor_q32(h)` is the largest `f` in [0, 2^32) with `pow_q32(f, h) <= 0.5` (binary search), so
 * applying `f` once per block halves the burn every `h` blocks.
 */
import { U64_MAX } from '@taonet/primitives';

export const ONE_Q32 = 1n << 32n;
export const HALF_Q32 = 1n << 31n;

/** `mul_by_q32`: `(value * factor) >> 32`, clamped to u64. */
export function mulByQ32(value: bigint, factorQ32: bigint): bigint {
  const shifted = (value * factorQ32) >> 32n;
  return shifted > U64_MAX ? U64_MAX : shifted;
}

/** `pow_q32`: square-and-multiply with `mul_by_q32` truncation at every step. */
export function powQ32(baseQ32: bigint, exp: bigint): bigint {
  let result = ONE_Q32;
  let factor = baseQ32;
  let power = exp;
  while (power > 0n) {
    if ((power & 1n) === 1n) result = mulByQ32(result, factor);
    power >>= 1n;
    if (power > 0n) factor = mulByQ32(factor, factor);
  }
  return result;
}

// A pure function of a u16 half life recomputed every block by subtensor: memoised (at most 65_536 entries).
const factorCache = new Map<bigint, bigint>();

/** `decay_factor_q32(half_life)`; 1.0 for a half life of 0. */
export function decayFactorQ32(halfLife: bigint): bigint {
  if (halfLife === 0n) return ONE_Q32;
  const cached = factorCache.get(halfLife);
  if (cached !== undefined) return cached;
  const factor = searchDecayFactor(halfLife);
  if (halfLife <= 0xffffn) factorCache.set(halfLife, factor);
  return factor;
}

function searchDecayFactor(halfLife: bigint): bigint {
  let lo = 0n;
  let hi = ONE_Q32;
  while (lo + 1n < hi) {
    const mid = lo + ((hi - lo) >> 1n);
    if (powQ32(mid, halfLife) > HALF_Q32) hi = mid;
    else lo = mid;
  }
  return lo;
}
