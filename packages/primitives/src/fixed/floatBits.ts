/**
 * Exact decomposition of IEEE-754 doubles, and integer right shifts with the rounding modes that
 * substrate-fixed uses when converting floats and fixed-point values.
 */

const view = new DataView(new ArrayBuffer(8));

/** `x = sign * mantissa * 2^exponent` exactly (mantissa is a non-negative integer). Throws on NaN/Infinity. */
export interface DecomposedFloat {
  readonly negative: boolean;
  readonly mantissa: bigint;
  readonly exponent: number;
}

export function decomposeFloat64(x: number): DecomposedFloat {
  if (!Number.isFinite(x)) {
    throw new RangeError(`cannot convert ${x} to fixed point: not a finite number`);
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  let mantissa = (BigInt(fracHi) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal (or zero)
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { negative, mantissa, exponent };
}

/** floor(value / 2^shift) for shift >= 0 (an arithmetic shift). */
export function shiftRightFloor(value: bigint, shift: number): bigint {
  return value >> BigInt(shift);
}

/** Round `value / 2^shift` to the nearest integer, ties to even (value >= 0, shift >= 0). */
export function shiftRightNearestEven(value: bigint, shift: number): bigint {
  if (shift === 0) return value;
  const s = BigInt(shift);
  const quotient = value >> s;
  const remainder = value - (quotient << s);
  const half = 1n << (s - 1n);
  if (remainder > half || (remainder === half && (quotient & 1n) === 1n)) return quotient + 1n;
  return quotient;
}

/**
 * The fixed-point bits closest to `x` with `fracBits` fractional bits (ties to even), unbounded:
 * the caller checks the range of the target type.
 */
export function float64ToFixedBits(x: number, fracBits: number): bigint {
  const { negative, mantissa, exponent } = decomposeFloat64(x);
  const shift = exponent + fracBits;
  const magnitude = shift >= 0 ? mantissa << BigInt(shift) : shiftRightNearestEven(mantissa, -shift);
  return negative ? -magnitude : magnitude;
}
