/**
 * `SafeInt::pow_ratio_scaled` of safe-bigmath (the revision subtensor's balancer pins):
 * `floor((base_num / base_den)^(exp_num / exp_den) * scale)`.
 *
 * The exponent fraction is reduced by its gcd. When both reduced terms are at most 1024 the result is
 * exact: `floor((base_num^a * scale^b / base_den^a)^(1/b))` by an integer b-th root. Otherwise a fixed-point
 * ln/exp series runs with `max(precision, 32, bits(scale) + 8)` requested bits plus 24 guard bits.
 * `path` reports which branch the reduced exponent selects (also when an early return short-cuts it).
 */
import { bitLength, floorDiv, gcd } from './bigIntOps.js';
import { expFixed, ln1pFixed, lnBigUint, roundToPrecision } from './fixedLnExp.js';
import { nthRootRatioFloor } from './nthRootRatioFloor.js';

export const POW_MAX_EXACT_EXPONENT = 1024n;
export const POW_DEFAULT_MAX_ITERS = 4096;
const GUARD_BITS = 24;

export type PowPath = 'exact' | 'fallback';

export interface PowRatioResult {
  /** null = Rust `None` (zero denominators, negative inputs) */
  readonly value: bigint | null;
  readonly path: PowPath;
}

export function powRatioScaledPath(expNum: bigint, expDen: bigint): PowPath {
  const g = expNum === 0n && expDen === 0n ? 1n : gcd(expNum, expDen);
  const num = g > 1n ? expNum / g : expNum;
  const den = g > 1n ? expDen / g : expDen;
  return num <= POW_MAX_EXACT_EXPONENT && den <= POW_MAX_EXACT_EXPONENT ? 'exact' : 'fallback';
}

export function powRatioScaled(
  baseNum: bigint,
  baseDen: bigint,
  expNum: bigint,
  expDen: bigint,
  precision: number,
  scale: bigint,
): PowRatioResult {
  const path = powRatioScaledPath(expNum, expDen);
  return { value: powRatioScaledValue(baseNum, baseDen, expNum, expDen, precision, scale), path };
}

function powRatioScaledValue(
  baseNum: bigint,
  baseDen: bigint,
  expNum: bigint,
  expDen: bigint,
  precision: number,
  scale: bigint,
): bigint | null {
  if (baseDen === 0n || expDen === 0n) return null;
  if (baseNum === 0n) return 0n;
  if (scale < 0n || baseNum < 0n || baseDen < 0n || expNum < 0n || expDen < 0n) return null;
  if (expNum === 0n) return scale;
  const g = gcd(expNum, expDen);
  const num = expNum / g;
  const den = expDen / g;
  if (num <= POW_MAX_EXACT_EXPONENT && den <= POW_MAX_EXACT_EXPONENT) {
    const a = num;
    return nthRootRatioFloor(baseNum ** a * scale ** den, baseDen ** a, Number(den));
  }
  return powFallback(baseNum, baseDen, num, den, precision, scale);
}

function powFallback(
  baseNum: bigint,
  baseDen: bigint,
  expNum: bigint,
  expDen: bigint,
  precision: number,
  scale: bigint,
): bigint {
  const requestedPrecision = Math.max(precision, 32, bitLength(scale) + 8);
  const internalPrecision = requestedPrecision + GUARD_BITS;
  const maxIters = Math.max(1, Math.min(POW_DEFAULT_MAX_ITERS, internalPrecision + 128));
  const targetScale = 1n << BigInt(requestedPrecision);
  const guardFactor = 1n << BigInt(GUARD_BITS);
  const internalScale = targetScale << BigInt(GUARD_BITS);

  const lnTwo = -ln1pFixed(-(internalScale >> 1n), internalScale, guardFactor, maxIters);
  const ln = (v: bigint) => lnBigUint(v, internalPrecision, internalScale, guardFactor, lnTwo, maxIters);
  const lnBase = ln(baseNum) - ln(baseDen);
  const lnScaled = floorDiv(lnBase * expNum, expDen);
  const expFp = expFixed(lnScaled, internalScale, guardFactor, maxIters);
  const expRequested = roundToPrecision(expFp, guardFactor);
  return floorDiv(expRequested * scale, targetScale);
}
