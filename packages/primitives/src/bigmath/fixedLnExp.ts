/**
 * The fixed-point series of safe-bigmath's `pow_ratio_scaled` fallback path, on bigint values scaled by
 * `scale = 2^internal_precision`. Every step reproduces the Rust code, including its floor divisions
 * (`div_floor`), its truncated `div_rem` in the rounding helper and its early exits, so results match bit
 * for bit (the series are truncated, so any reordering would change the last bits).
 */
import { bitLength, floorDiv } from './bigIntOps.js';

const abs = (n: bigint) => (n < 0n ? -n : n);

/** Drops the guard bits: truncated division, then round half away from zero on the remainder. */
export function roundToPrecision(value: bigint, guardFactor: bigint): bigint {
  let truncated = value / guardFactor;
  const remainder = value % guardFactor;
  if (remainder !== 0n && abs(remainder) << 1n >= abs(guardFactor)) truncated += remainder > 0n ? 1n : -1n;
  return truncated;
}

/** ln(1 + x) by its Taylor series (`ln1p_fixed`). */
export function ln1pFixed(x: bigint, scale: bigint, guardFactor: bigint, maxIters: number): bigint {
  let term = x;
  let result = term;
  let prevRounded = roundToPrecision(result, guardFactor);
  for (let n = 2; n <= maxIters; n++) {
    term = floorDiv(term * x, scale);
    if (term === 0n) break;
    const next = floorDiv(term, BigInt(n));
    if (next === 0n) break;
    if (n % 2 === 0) result -= next;
    else result += next;
    const rounded = roundToPrecision(result, guardFactor);
    if (abs(next) < abs(guardFactor) || rounded === prevRounded) break;
    prevRounded = rounded;
  }
  return result;
}

/** e^x by its Taylor series (`exp_fixed`). */
export function expFixed(x: bigint, scale: bigint, guardFactor: bigint, maxIters: number): bigint {
  let term = scale;
  let result = term;
  let prevRounded = roundToPrecision(result, guardFactor);
  for (let n = 1; n <= maxIters; n++) {
    term = floorDiv(term * x, scale * BigInt(n));
    if (term === 0n) break;
    result += term;
    const rounded = roundToPrecision(result, guardFactor);
    if (abs(term) < abs(guardFactor) || rounded === prevRounded) break;
    prevRounded = rounded;
  }
  return result;
}

/** ln(value) of a positive integer: mantissa normalised into [0.5, 1.5) times 2^shift (`ln_biguint`). */
export function lnBigUint(
  value: bigint,
  internalPrecision: number,
  internalScale: bigint,
  guardFactor: bigint,
  lnTwo: bigint,
  maxIters: number,
): bigint {
  if (value === 0n) return 0n;
  let shift = BigInt(Math.max(bitLength(value) - 1, 0));
  let mantissa = (value << BigInt(internalPrecision)) >> shift;
  if (mantissa >= internalScale + (internalScale >> 1n)) {
    mantissa >>= 1n;
    shift += 1n;
  }
  const lnMantissa = ln1pFixed(mantissa - internalScale, internalScale, guardFactor, maxIters);
  return lnMantissa + lnTwo * shift;
}
