/**
 * Fixed-point numbers with the exact semantics of substrate-fixed 0.6.0, on bigint bits.
 *
 * A value is its raw bits (a branded bigint): `value = bits / 2^frac`. Every operation is a function of
 * the type object (`I32F32.mul(a, b)`), so the arithmetic stays explicit and checkable:
 * - `mul`: `(a*b) >> frac` (arithmetic shift = floor), wrapping like Rust release builds;
 *   `saturatingMul` clamps, `checkedMul` returns null on overflow.
 * - `div`: `(a << frac) / b` truncated toward zero; throws on division by zero (a Rust panic);
 *   `safeDiv` returns 0 on division by zero AND on overflow (subtensor's `safe_div`).
 * - conversions from other fixed types drop extra fractional bits (floor), from floats round to nearest,
 *   ties to even; to integers floor (saturating variants clamp).
 */
import { float64ToFixedBits } from './floatBits.js';
import { formatFixed } from './formatFixed.js';

export type Fixed<Name extends string> = bigint & { readonly __fixed: Name };

export interface FixedTypeSpec<Name extends string> {
  readonly name: Name;
  /** total number of bits (64 or 128) */
  readonly totalBits: number;
  readonly fracBits: number;
  readonly signed: boolean;
}

/** Anything with bits and a fractional width: the source of a fixed-to-fixed conversion. */
export interface FixedSource {
  readonly fracBits: number;
}

export interface FixedType<Name extends string> extends FixedTypeSpec<Name> {
  readonly ZERO: Fixed<Name>;
  readonly ONE: Fixed<Name>;
  readonly MAX: Fixed<Name>;
  readonly MIN: Fixed<Name>;
  /** the smallest positive value (one bit) */
  readonly DELTA: Fixed<Name>;

  isInRange(bits: bigint): boolean;
  /** Raw bits, checked against the type's range. */
  fromBits(bits: bigint): Fixed<Name>;
  /** Wraps raw bits into the type's range (two's complement). */
  wrap(bits: bigint): Fixed<Name>;
  saturate(bits: bigint): Fixed<Name>;

  /** `from_num(integer)`: exact; throws when out of range. */
  fromInt(n: bigint | number): Fixed<Name>;
  saturatingFromInt(n: bigint | number): Fixed<Name>;
  /** `from_num(f64)`: nearest, ties to even; throws when out of range. */
  fromF64(x: number): Fixed<Name>;
  saturatingFromF64(x: number): Fixed<Name>;
  /** `from_num(f32)`: the value is first rounded to binary32, then converted as `fromF64`. */
  fromF32(x: number): Fixed<Name>;
  /** `from_num(other fixed)`: drops extra fractional bits (floor); throws when out of range. */
  fromFixed(source: FixedSource, bits: bigint): Fixed<Name>;
  saturatingFromFixed(source: FixedSource, bits: bigint): Fixed<Name>;
  checkedFromFixed(source: FixedSource, bits: bigint): Fixed<Name> | null;

  toF64(a: Fixed<Name>): number;
  /** floor(a) as an unbounded integer */
  floorToInt(a: Fixed<Name>): bigint;
  /** `saturating_to_num::<u64>()`: floor, clamped to [0, 2^64-1]. */
  toU64(a: Fixed<Name>): bigint;
  /** `saturating_to_num::<u16>()`: floor, clamped to [0, 65535]. */
  toU16(a: Fixed<Name>): number;
  /** round to nearest integer value, ties away from zero (still a fixed value) */
  round(a: Fixed<Name>): Fixed<Name>;
  floor(a: Fixed<Name>): Fixed<Name>;
  /** substrate-fixed `Display`: the shortest decimal that converts back to the same bits. */
  format(a: Fixed<Name>): string;

  add(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  sub(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  saturatingAdd(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  saturatingSub(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  checkedAdd(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name> | null;
  checkedSub(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name> | null;
  neg(a: Fixed<Name>): Fixed<Name>;
  abs(a: Fixed<Name>): Fixed<Name>;

  mul(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  saturatingMul(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  checkedMul(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name> | null;
  /** multiply by an integer (`saturating_mul_int`-style helpers build on this) */
  mulInt(a: Fixed<Name>, n: bigint): Fixed<Name>;

  div(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  saturatingDiv(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  checkedDiv(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name> | null;
  safeDiv(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  /** `safe_div_or(a, b, fallback)` */
  safeDivOr(a: Fixed<Name>, b: Fixed<Name>, fallback: Fixed<Name>): Fixed<Name>;

  min(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  max(a: Fixed<Name>, b: Fixed<Name>): Fixed<Name>;
  /** Σ with plain (wrapping) addition, as Rust's `iter().sum()` in release builds. */
  sum(values: readonly Fixed<Name>[]): Fixed<Name>;
}

const U64_MAX = (1n << 64n) - 1n;

export function createFixedType<Name extends string>(spec: FixedTypeSpec<Name>): FixedType<Name> {
  const { totalBits, fracBits, signed } = spec;
  const F = BigInt(fracBits);
  const W = BigInt(totalBits);
  const maxBits = signed ? (1n << (W - 1n)) - 1n : (1n << W) - 1n;
  const minBits = signed ? -(1n << (W - 1n)) : 0n;
  type V = Fixed<Name>;
  const cast = (bits: bigint) => bits as V;

  const isInRange = (bits: bigint) => bits >= minBits && bits <= maxBits;
  const wrap = signed
    ? (bits: bigint) => cast(BigInt.asIntN(totalBits, bits))
    : (bits: bigint) => cast(BigInt.asUintN(totalBits, bits));
  const saturate = (bits: bigint) => cast(bits > maxBits ? maxBits : bits < minBits ? minBits : bits);
  const checked = (bits: bigint): V | null => (isInRange(bits) ? cast(bits) : null);
  const strict = (bits: bigint, what: string): V => {
    if (!isInRange(bits)) throw new RangeError(`${spec.name} overflow: ${what}`);
    return cast(bits);
  };
  const shiftFrom = (source: FixedSource, bits: bigint) => {
    const delta = fracBits - source.fracBits;
    return delta >= 0 ? bits << BigInt(delta) : bits >> BigInt(-delta);
  };
  const divBits = (a: bigint, b: bigint) => (a << F) / b; // bigint division truncates toward zero

  const type: FixedType<Name> = {
    ...spec,
    ZERO: cast(0n),
    ONE: cast(1n << F),
    MAX: cast(maxBits),
    MIN: cast(minBits),
    DELTA: cast(1n),
    isInRange,
    fromBits: (bits) => strict(bits, `bits ${bits}`),
    wrap,
    saturate,
    fromInt: (n) => strict(BigInt(n) << F, `from_num(${n})`),
    saturatingFromInt: (n) => saturate(BigInt(n) << F),
    fromF64: (x) => strict(float64ToFixedBits(x, fracBits), `from_num(${x})`),
    saturatingFromF64: (x) => saturate(float64ToFixedBits(x, fracBits)),
    fromF32: (x) => strict(float64ToFixedBits(Math.fround(x), fracBits), `from_num(${x}f32)`),
    fromFixed: (source, bits) => strict(shiftFrom(source, bits), `from_num(fixed bits ${bits})`),
    saturatingFromFixed: (source, bits) => saturate(shiftFrom(source, bits)),
    checkedFromFixed: (source, bits) => checked(shiftFrom(source, bits)),

    toF64: (a) => Number(a) / 2 ** fracBits,
    floorToInt: (a) => a >> F,
    toU64: (a) => {
      const n = a >> F;
      return n < 0n ? 0n : n > U64_MAX ? U64_MAX : n;
    },
    toU16: (a) => {
      const n = a >> F;
      return n < 0n ? 0 : n > 65535n ? 65535 : Number(n);
    },
    round: (a) => {
      const half = 1n << (F - 1n);
      const magnitude = a < 0n ? -a : a;
      const rounded = ((magnitude + half) >> F) << F;
      return strict(a < 0n ? -rounded : rounded, 'round');
    },
    floor: (a) => cast((a >> F) << F),
    format: (a) => formatFixed(a, fracBits),

    add: (a, b) => wrap(a + b),
    sub: (a, b) => wrap(a - b),
    saturatingAdd: (a, b) => saturate(a + b),
    saturatingSub: (a, b) => saturate(a - b),
    checkedAdd: (a, b) => checked(a + b),
    checkedSub: (a, b) => checked(a - b),
    neg: (a) => wrap(-a),
    abs: (a) => wrap(a < 0n ? -a : a),

    mul: (a, b) => wrap((a * b) >> F),
    saturatingMul: (a, b) => saturate((a * b) >> F),
    checkedMul: (a, b) => checked((a * b) >> F),
    mulInt: (a, n) => wrap(a * n),

    div: (a, b) => {
      if (b === 0n) throw new RangeError(`${spec.name} division by zero`);
      return wrap(divBits(a, b));
    },
    saturatingDiv: (a, b) => {
      if (b === 0n) throw new RangeError(`${spec.name} division by zero`);
      return saturate(divBits(a, b));
    },
    checkedDiv: (a, b) => (b === 0n ? null : checked(divBits(a, b))),
    safeDiv: (a, b) => (b === 0n ? cast(0n) : (checked(divBits(a, b)) ?? cast(0n))),
    safeDivOr: (a, b, fallback) => (b === 0n ? fallback : (checked(divBits(a, b)) ?? fallback)),

    min: (a, b) => (a < b ? a : b),
    max: (a, b) => (a > b ? a : b),
    sum: (values) => {
      let total = 0n;
      for (const v of values) total += v;
      return wrap(total);
    },
  };
  return type;
}
