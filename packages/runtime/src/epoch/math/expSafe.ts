/**
 * `exp_safe`: substrate-fixed's `exp::<I32F32, I32F32>` on the input clamped to [-20, 20]. That `exp` is a
 * Taylor series truncated at 31 terms (inaccurate for large |x|, but it is the reference): exp(0) = 1,
 * exp(1) = e with 23 fractional bits, else 1 + |x| + Σ_{i=2..31} term_i with term_i = term_{i-1}·|x| / i
 * (checked, floored then truncated), inverted for x < 0. Any overflow gives 0 (x <= 0) or I32F32::MAX.
 */
import { I32F32 } from '@taonet/primitives';

/** substrate-fixed `consts::E >> 103`: e with 23 fractional bits, as I32F32 bits. */
const E_I9F23_AS_I32F32 = ((271828182845904523536028747135266249775724709369995n << 23n) / 10n ** 50n) << 9n;
const MIN_INPUT = I32F32.fromInt(-20);
const MAX_INPUT = I32F32.fromInt(20);

function exp(x: I32F32): I32F32 | null {
  if (x === I32F32.ZERO) return I32F32.ONE;
  if (x === I32F32.ONE) return I32F32.fromBits(E_I9F23_AS_I32F32);
  const operand = x < 0n ? I32F32.neg(x) : x;
  let result: I32F32 | null = I32F32.checkedAdd(operand, I32F32.ONE);
  let term: I32F32 | null = operand;
  for (let i = 2; i < 32 && result !== null; i++) {
    term = I32F32.checkedMul(term as I32F32, operand);
    if (term === null) return null;
    term = I32F32.checkedDiv(term, I32F32.fromInt(i));
    if (term === null) return null;
    result = I32F32.checkedAdd(result, term);
  }
  if (result === null) return null;
  return x < 0n ? I32F32.checkedDiv(I32F32.ONE, result) : result;
}

export function expSafe(input: I32F32): I32F32 {
  const x = input < MIN_INPUT ? MIN_INPUT : input > MAX_INPUT ? MAX_INPUT : input;
  return exp(x) ?? (x <= 0n ? I32F32.ZERO : I32F32.MAX);
}
