/**
 * Integer helpers with the semantics of the Rust integer types subtensor uses: floor division of signed
 * big integers (`num_integer::Integer::div_floor`), bit lengths (`BigUint::bits`), gcd, and the saturating
 * `u64`/`u128` arithmetic every balance update goes through.
 */
import { U64_MAX } from '../scalars.js';

export const U128_MAX = (1n << 128n) - 1n;
export const U256_MAX = (1n << 256n) - 1n;

/** Division rounding toward negative infinity (bigint `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Number of bits needed to write |n| (0 for 0), like `BigUint::bits()`. */
export function bitLength(n: bigint): number {
  const v = n < 0n ? -n : n;
  return v === 0n ? 0 : v.toString(2).length;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function clampU64(n: bigint): bigint {
  return n < 0n ? 0n : n > U64_MAX ? U64_MAX : n;
}

/** `u64::saturating_add` */
export function saturatingAddU64(a: bigint, b: bigint): bigint {
  return clampU64(a + b);
}

/** `u64::saturating_sub` */
export function saturatingSubU64(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}

/** `u64::saturating_mul` */
export function saturatingMulU64(a: bigint, b: bigint): bigint {
  return clampU64(a * b);
}

export function clampU128(n: bigint): bigint {
  return n < 0n ? 0n : n > U128_MAX ? U128_MAX : n;
}
