/**
 * The fixed-point conversions of subtensor's epoch/math.rs (the storage boundary of the epoch):
 * u16 storage values to I32F32 and back, I64F64 stake to I32F32, fixed to integers.
 * `to_num` to an integer floors (drops the fraction, negative → 0 when saturating to unsigned);
 * fixed → fixed with fewer fractional bits floors; `saturating_*` clamp to the target range.
 */
import { I32F32, I64F64 } from '@taonet/primitives';
import { safeDiv, satMul, toU16, U16_MAX_FIXED } from './i32f32Ops.js';

/** `fixed_to_u16`: `saturating_to_num::<u16>()` (floor, clamped to [0, 65535]). */
export function fixedToU16(x: I32F32): number {
  return toU16(x);
}

/** `fixed_to_u64`: `saturating_to_num::<u64>()`. */
export function fixedToU64(x: I32F32): bigint {
  return I32F32.toU64(x);
}

/** `fixed64_to_u64`: `saturating_to_num::<u64>()` of an I64F64. */
export function fixed64ToU64(x: I64F64): bigint {
  return I64F64.toU64(x);
}

/** `fixed64_to_fixed32`: `I32F32::saturating_from_num(I64F64)` (drops 32 bits = floor, then clamps). */
export function fixed64ToFixed32(x: I64F64): I32F32 {
  return I32F32.saturatingFromFixed(I64F64, x);
}

/** `fixed32_to_fixed64`: exact. */
export function fixed32ToFixed64(x: I32F32): I64F64 {
  return I64F64.saturatingFromFixed(I32F32, x);
}

/** `u16_to_fixed`: the integer value x (x << 32), not x / 65535. */
export function u16ToFixed(x: number): I32F32 {
  return I32F32.saturatingFromInt(x);
}

/** `u16_proportion_to_fixed`: safe_div(I32F32(x), I32F32(65535)), truncated. */
export function u16ProportionToFixed(x: number): I32F32 {
  return safeDiv(I32F32.saturatingFromInt(x), U16_MAX_FIXED);
}

/** `fixed_to_fixed_u16_proportion`: safe_div(x, 65535) (stored u16 bonds read as proportions). */
export function fixedToFixedU16Proportion(x: I32F32): I32F32 {
  return safeDiv(x, U16_MAX_FIXED);
}

/** `fixed_proportion_to_u16`: floor(x · 65535), saturating to [0, 65535]. */
export function fixedProportionToU16(x: I32F32): number {
  return toU16(satMul(x, U16_MAX_FIXED));
}

export function vecFixed32ToU64(vec: readonly I32F32[]): bigint[] {
  return vec.map(fixedToU64);
}

export function vecFixed64ToFixed32(vec: readonly I64F64[]): I32F32[] {
  return vec.map(fixed64ToFixed32);
}

export function vecFixed32ToFixed64(vec: readonly I32F32[]): I64F64[] {
  return vec.map(fixed32ToFixed64);
}

export function vecFixed64ToU64(vec: readonly I64F64[]): bigint[] {
  return vec.map(fixed64ToU64);
}

export function vecU16ProportionsToFixed(vec: readonly number[]): I32F32[] {
  return vec.map(u16ProportionToFixed);
}

export function vecFixedProportionsToU16(vec: readonly I32F32[]): number[] {
  return vec.map(fixedProportionToU16);
}

/**
 * `I32F32::saturating_from_num(I64F64(num) / I64F64(den))` for u64 num/den (the stake normalisation of
 * yuma.md §1.2: a share below 2^-32 becomes 0). The quotient uses `safe_div` (0 on /0), the operands and
 * the I32F32 cast saturate.
 */
export function i64f64RatioToI32f32(num: bigint, den: bigint): I32F32 {
  const ratio = I64F64.safeDiv(I64F64.saturatingFromInt(num), I64F64.saturatingFromInt(den));
  return I32F32.saturatingFromFixed(I64F64, ratio);
}
