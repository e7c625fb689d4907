/**
 * `substrate_fixed::transcendental::log2` for signed fixed types (encointer fork 0.6), on raw bits.
 *
 * The integer part counts halvings with round-half-up (`rs(x) = (x >> 1) + (x & lsb)`) while `x >= 2`; the
 * fraction comes from repeated squaring (`x *= x`, floor), one bit per fractional bit of the type.
 * Operands below 1 use `-log2(1 / x)`. Returns null for `x <= 0` (Rust `Err`).
 */
import type { Fixed, FixedType } from '../fixed/fixedType.js';

function log2Inner(bits: bigint, fracBits: number): bigint {
  const F = BigInt(fracBits);
  const one = 1n << F;
  const two = 2n << F;
  let x = bits;
  let result = 0n;
  while (x >= two) {
    result += 1n;
    x = (x >> 1n) + (x & 1n);
  }
  if (x === one) return result << F;
  for (let i = 0; i < fracBits; i++) {
    x = (x * x) >> F;
    result <<= 1n;
    if (x >= two) {
      result |= 1n;
      x = (x >> 1n) + (x & 1n);
    }
  }
  return result;
}

export function fixedLog2<Name extends string>(type: FixedType<Name>, x: Fixed<Name>): Fixed<Name> | null {
  if (x <= 0n) return null;
  if (x < type.ONE) {
    const inverse = type.checkedDiv(type.ONE, x);
    if (inverse === null) return null;
    return type.wrap(-log2Inner(inverse, type.fracBits));
  }
  return type.wrap(log2Inner(x, type.fracBits));
}
