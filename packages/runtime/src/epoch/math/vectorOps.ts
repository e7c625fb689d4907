/** Element-wise vector helpers of subtensor's epoch/math.rs: `sum`, `is_zero`, `vecdiv`, `vec_mul`, `clamp_value`. */
import type { I32F32 } from '@taonet/primitives';
import { mulOrZero, safeDiv, wrappingSum, ZERO } from './i32f32Ops.js';

/** `sum`: plain (wrapping) addition, like Rust's `iter().sum()` in a release build. */
export function sum(x: readonly I32F32[]): I32F32 {
  return wrappingSum(x);
}

/** `is_zero`: the (wrapping) sum is 0 — not "every entry is 0". */
export function isZero(vector: readonly I32F32[]): boolean {
  return wrappingSum(vector) === ZERO;
}

/** `vecdiv`: x_i / y_i with `safe_div` (0 when y_i is 0 or missing, or on overflow); length of x. */
export function vecdiv(x: readonly I32F32[], y: readonly I32F32[]): I32F32[] {
  const out = new Array<I32F32>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = safeDiv(x[i] as I32F32, y[i] ?? ZERO);
  return out;
}

/** `vec_mul`: a_i · b_i with `checked_mul` (overflow gives 0), zipped to the shorter length. */
export function vecMul(a: readonly I32F32[], b: readonly I32F32[]): I32F32[] {
  const length = Math.min(a.length, b.length);
  const out = new Array<I32F32>(length);
  for (let i = 0; i < length; i++) out[i] = mulOrZero(a[i] as I32F32, b[i] as I32F32);
  return out;
}

/** `clamp_value`: `value.min(high).max(low)` (high first: when low > high the result is low). */
export function clampValue(value: I32F32, low: I32F32, high: I32F32): I32F32 {
  const capped = value < high ? value : high;
  return capped > low ? capped : low;
}
