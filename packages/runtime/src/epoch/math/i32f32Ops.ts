/**
 * I32F32 arithmetic on raw bits, for the inner loops of the epoch math (internal to this folder).
 *
 * Same semantics as `I32F32.saturatingMul` & co. of @taonet/primitives (substrate-fixed): products are
 * `(a*b) >> 32` (arithmetic shift = floor), quotients `(a << 32) / b` truncated toward zero, saturating
 * ops clamp to [MIN, MAX], `safeDiv` gives 0 on division by zero and on overflow. Written as plain
 * functions on bigint so hot loops avoid the type object's closures and range checks they do not need.
 */
import type { I32F32, I64F64 } from '@taonet/primitives';

export const I32_MAX = 0x7fff_ffff_ffff_ffffn;
export const I32_MIN = -0x8000_0000_0000_0000n;
export const ZERO = 0n as I32F32;
export const ONE = (1n << 32n) as I32F32;
/** I32F32::saturating_from_num(u16::MAX) */
export const U16_MAX_FIXED = (65535n << 32n) as I32F32;

export function satMul(a: I32F32, b: I32F32): I32F32 {
  const p = (a * b) >> 32n;
  return (p > I32_MAX ? I32_MAX : p < I32_MIN ? I32_MIN : p) as I32F32;
}

/** `checked_mul(..).unwrap_or_default()`: 0 on overflow. */
export function mulOrZero(a: I32F32, b: I32F32): I32F32 {
  const p = (a * b) >> 32n;
  return (p > I32_MAX || p < I32_MIN ? 0n : p) as I32F32;
}

export function satAdd(a: I32F32, b: I32F32): I32F32 {
  const s = a + b;
  return (s > I32_MAX ? I32_MAX : s < I32_MIN ? I32_MIN : s) as I32F32;
}

export function satSub(a: I32F32, b: I32F32): I32F32 {
  const s = a - b;
  return (s > I32_MAX ? I32_MAX : s < I32_MIN ? I32_MIN : s) as I32F32;
}

/** subtensor's `safe_div`: `checked_div(a, b).unwrap_or(0)` (0 on /0 and on overflow). */
export function safeDiv(a: I32F32, b: I32F32): I32F32 {
  if (b === 0n) return ZERO;
  const q = (a << 32n) / b;
  return (q > I32_MAX || q < I32_MIN ? 0n : q) as I32F32;
}

/** Rust's `iter().sum()` (plain addition, wrapping as in release builds). */
export function wrappingSum(values: readonly I32F32[]): I32F32 {
  let total = 0n;
  for (let i = 0; i < values.length; i++) total += values[i] as I32F32;
  return BigInt.asIntN(64, total) as I32F32;
}

/** `iter().sum()` of the values of a sparse row. */
export function wrappingRowSum(row: readonly (readonly [number, I32F32])[]): I32F32 {
  let total = 0n;
  for (let k = 0; k < row.length; k++) total += (row[k] as readonly [number, I32F32])[1];
  return BigInt.asIntN(64, total) as I32F32;
}

/** `iter().sum()` of I64F64 values (wrapping at 128 bits). */
export function wrappingSum64(values: readonly I64F64[]): I64F64 {
  let total = 0n;
  for (let i = 0; i < values.length; i++) total += values[i] as I64F64;
  return BigInt.asIntN(128, total) as I64F64;
}

/** `I32F32::round()` (nearest, ties away from zero), wrapping like a release build on overflow. */
export function roundBits(a: I32F32): I32F32 {
  const half = 1n << 31n;
  const rounded = a < 0n ? -(((-a + half) >> 32n) << 32n) : ((a + half) >> 32n) << 32n;
  return BigInt.asIntN(64, rounded) as I32F32;
}

/** `saturating_to_num::<u16>()`: floor, clamped to [0, 65535]. */
export function toU16(a: I32F32): number {
  const n = a >> 32n;
  // float-ok: n is clamped to [0, 65535] first, so the conversion is exact
  return n < 0n ? 0 : n > 65535n ? 65535 : Number(n);
}
