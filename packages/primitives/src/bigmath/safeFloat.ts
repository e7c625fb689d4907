/**
 * `SafeFloat` of subtensor's share pool (`primitives/share-pool`): a decimal float with a u128 mantissa
 * normalised into (10^20, 10^21] (21 significant digits) and an i64 base-10 exponent; zero is (0, 0).
 * Intermediate products live in U256 as in Rust. Every operation returns `null` where Rust returns `None`
 * (mantissa above 10^21 in `new`, exponent overflow, division by zero, negative `sub` result from zero).
 */
import { U64_MAX } from '../scalars.js';

export const SAFE_FLOAT_MAX = 10n ** 21n;
export const SAFE_FLOAT_MAX_EXP = 21n;
const MIN_MANTISSA = SAFE_FLOAT_MAX / 10n;
const I64_MAX = (1n << 63n) - 1n;
const I64_MIN = -(1n << 63n);
const TWO_POW_64 = 1n << 64n;

export interface SafeFloat {
  readonly mantissa: bigint;
  readonly exponent: bigint;
}

export const SAFE_FLOAT_ZERO: SafeFloat = Object.freeze({ mantissa: 0n, exponent: 0n });

/** `10^e`, capped at 10^22 (`capped_pow10`). */
function cappedPow10(e: bigint): bigint {
  if (e > SAFE_FLOAT_MAX_EXP + 1n) return SAFE_FLOAT_MAX * 10n;
  return 10n ** e;
}

/** Brings a U256 mantissa into (10^20, 10^21]; null if the exponent leaves i64. */
export function safeFloatNormalize(mantissa: bigint, exponent: bigint): SafeFloat | null {
  if (mantissa === 0n) return SAFE_FLOAT_ZERO;
  let m = mantissa;
  let e = exponent;
  while (m > SAFE_FLOAT_MAX) {
    m /= 10n;
    e += 1n;
    if (e > I64_MAX) return null;
  }
  while (m <= MIN_MANTISSA) {
    m *= 10n;
    e -= 1n;
    if (e < I64_MIN) return null;
  }
  return { mantissa: m, exponent: e };
}

/** `SafeFloat::new`: null when the mantissa exceeds 10^21. */
export function safeFloatNew(mantissa: bigint, exponent: bigint): SafeFloat | null {
  if (mantissa > SAFE_FLOAT_MAX) return null;
  return safeFloatNormalize(mantissa, exponent);
}

export function safeFloatIsZero(a: SafeFloat): boolean {
  return a.mantissa === 0n;
}

export function safeFloatEquals(a: SafeFloat, b: SafeFloat): boolean {
  return a.mantissa === b.mantissa && a.exponent === b.exponent;
}

/** `a / b` keeping 21 digits: `(m1 * 10^21 / m2) * 10^(e1 - e2 - 21)`. */
export function safeFloatDiv(a: SafeFloat, b: SafeFloat): SafeFloat | null {
  const exponent = a.exponent - b.exponent - SAFE_FLOAT_MAX_EXP;
  if (exponent > I64_MAX || exponent < I64_MIN || b.mantissa === 0n) return null;
  return safeFloatNormalize((a.mantissa * SAFE_FLOAT_MAX) / b.mantissa, exponent);
}

/** Aligns the smaller operand to the larger exponent (its extra digits are truncated). */
function align(a: SafeFloat, b: SafeFloat): { m1: bigint; m2: bigint; exponent: bigint } {
  if (a.exponent >= b.exponent) {
    return { m1: a.mantissa, m2: b.mantissa / cappedPow10(a.exponent - b.exponent), exponent: a.exponent };
  }
  return { m1: a.mantissa / cappedPow10(b.exponent - a.exponent), m2: b.mantissa, exponent: b.exponent };
}

export function safeFloatAdd(a: SafeFloat, b: SafeFloat): SafeFloat | null {
  if (safeFloatIsZero(a)) return b;
  if (safeFloatIsZero(b)) return a;
  const { m1, m2, exponent } = align(a, b);
  return safeFloatNormalize(m1 + m2, exponent);
}

/** `a - b`, saturating at zero; null when `a` is zero and `b` is not. */
export function safeFloatSub(a: SafeFloat, b: SafeFloat): SafeFloat | null {
  if (safeFloatIsZero(a)) return safeFloatIsZero(b) ? SAFE_FLOAT_ZERO : null;
  if (safeFloatIsZero(b)) return a;
  const { m1, m2, exponent } = align(a, b);
  return safeFloatNormalize(m1 > m2 ? m1 - m2 : 0n, exponent);
}

/** `a * b / c` with the full U256 product: `(m_a * m_b / m_c) * 10^(e_a + e_b - e_c)`. */
export function safeFloatMulDiv(a: SafeFloat, b: SafeFloat, c: SafeFloat): SafeFloat | null {
  if (c.mantissa === 0n) return null;
  const ab = a.exponent + b.exponent;
  if (ab > I64_MAX || ab < I64_MIN) return null;
  const exponent = ab - c.exponent;
  if (exponent > I64_MAX || exponent < I64_MIN) return null;
  return safeFloatNormalize((a.mantissa * b.mantissa) / c.mantissa, exponent);
}

/** `a > b` for normalised values (`SafeFloat::gt`). */
export function safeFloatGt(a: SafeFloat, b: SafeFloat): boolean {
  if (a.exponent === b.exponent) return a.mantissa > b.mantissa;
  if (a.exponent > b.exponent) return a.exponent - b.exponent > 1n || 10n * a.mantissa > b.mantissa;
  return b.exponent - a.exponent > 1n ? false : a.mantissa > 10n * b.mantissa;
}

/** `u64::from(&SafeFloat)`: `mantissa * 10^exponent` floored, saturating at u64::MAX. */
export function safeFloatToU64(a: SafeFloat): bigint {
  if (a.exponent === 0n) return a.mantissa > U64_MAX ? U64_MAX : a.mantissa;
  const scale = cappedPow10(a.exponent < 0n ? -a.exponent : a.exponent);
  const q = a.exponent > 0n ? a.mantissa * scale : a.mantissa / scale;
  return q > U64_MAX ? U64_MAX : q;
}

/** `SafeFloat::from(u64)` */
export function safeFloatFromU64(value: bigint): SafeFloat {
  return safeFloatNew(value, 0n) ?? SAFE_FLOAT_ZERO;
}

/** `SafeFloat::from(U64F64)`: integer part plus `frac / 2^64` through SafeFloat `div` and `add`. */
export function safeFloatFromU64F64(bits: bigint): SafeFloat {
  if (bits === 0n) return SAFE_FLOAT_ZERO;
  const int = safeFloatFromU64(bits >> 64n);
  const fracNum = safeFloatFromU64(bits & (TWO_POW_64 - 1n));
  const frac = safeFloatDiv(fracNum, safeFloatFromU64(TWO_POW_64)) ?? SAFE_FLOAT_ZERO;
  return safeFloatAdd(int, frac) ?? SAFE_FLOAT_ZERO;
}
