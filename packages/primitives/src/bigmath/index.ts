export {
  bitLength,
  clampU64,
  clampU128,
  floorDiv,
  gcd,
  saturatingAddU64,
  saturatingMulU64,
  saturatingSubU64,
  U128_MAX,
  U256_MAX,
} from './bigIntOps.js';
export { expFixed, ln1pFixed, lnBigUint, roundToPrecision } from './fixedLnExp.js';
export { fixedLog2 } from './fixedLog2.js';
export { nthRootRatioFloor } from './nthRootRatioFloor.js';
export {
  PERQUINTILL_ACCURACY,
  PERQUINTILL_HALF,
  PERQUINTILL_ONE,
  perquintillComplement,
  perquintillFromRational,
  perquintillMulFloor,
} from './perquintill.js';
export {
  POW_DEFAULT_MAX_ITERS,
  POW_MAX_EXACT_EXPONENT,
  type PowPath,
  type PowRatioResult,
  powRatioScaled,
  powRatioScaledPath,
} from './powRatioScaled.js';
export {
  SAFE_FLOAT_MAX,
  SAFE_FLOAT_MAX_EXP,
  SAFE_FLOAT_ZERO,
  type SafeFloat,
  safeFloatAdd,
  safeFloatDiv,
  safeFloatEquals,
  safeFloatFromU64,
  safeFloatFromU64F64,
  safeFloatGt,
  safeFloatIsZero,
  safeFloatMulDiv,
  safeFloatNew,
  safeFloatNormalize,
  safeFloatSub,
  safeFloatToU64,
} from './safeFloat.js';
