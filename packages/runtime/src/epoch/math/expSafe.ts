/**
 * `exp_safe`, `safe_exp` and `sigmoid_safe` of subtensor's epoch/math.rs, on substrate-fixed's
 * `transcendental::exp::<I32F32, I32F32>`: exp(0) = 1, exp(1) = e with 23 fractional bits (its I9F23
 * constant `consts::E >> 103`); otherwise the Taylor series of |x| truncated at 31 terms —
 * result = 1 + |x|, term = |x|, for i in 2..32 { term = term·|x| (checked, floor); term = term / i
 * (checked, trunc); result += term (checked) } — inverted (1 / result, trunc) for x < 0. Any overflow is
 * an error. The series is inaccurate for large |x|: that is the reference behaviour.
 */
import type { I32F32 } from '@taonet/primitives';
import { I32_MAX, I32_MIN, ONE, safeDiv, satAdd, satMul, satSub, ZERO } from './i32f32Ops.js';

/** e truncated to 23 fractional bits, as I32F32 bits. */
const E_I9F23 = ((271828182845904523536028747135266249775724709369995n << 23n) / 10n ** 50n) << 9n;
const MIN_INPUT = (-20n << 32n) as I32F32;
const MAX_INPUT = (20n << 32n) as I32F32;
const MINUS_ONE = (-1n << 32n) as I32F32;
/** the products whose floor(product / 2^32) fits in I32F32 */
const PRODUCT_LIMIT = (I32_MAX + 1n) << 32n;
const PRODUCT_FLOOR = I32_MIN << 32n;
/** i · 2^32 for the series' i in 2..32 */
const DIVISORS = Array.from({ length: 32 }, (_, i) => BigInt(i) << 32n);

/** substrate-fixed `exp` on I32F32 bits; null for its `Err(())`. Release-build (wrapping) negation/addition. */
function fixedExp(x: I32F32): I32F32 | null {
  if (x === ZERO) return ONE;
  if (x === ONE) return E_I9F23 as I32F32;
  const neg = x < 0n;
  const operand = neg ? BigInt.asIntN(64, -x) : (x as bigint);
  let result = BigInt.asIntN(64, operand + (1n << 32n));
  let term = operand;
  for (let i = 2; i < 32; i++) {
    const product = term * operand;
    // checked_mul: floor(product / 2^32) must fit
    if (product >= PRODUCT_LIMIT || product < PRODUCT_FLOOR) return null;
    // checked_div by from_num(i) = trunc(floor(product / 2^32) / i); for product >= 0 (always, but for
    // the wrapped I32F32::MIN operand) that is floor(product / (i · 2^32)) in one division
    term = product >= 0n ? product / (DIVISORS[i] as bigint) : (product >> 32n) / BigInt(i);
    // once a term is 0 every later one is 0 and the result no longer changes
    if (term === 0n) break;
    result += term;
    if (result > I32_MAX || result < I32_MIN) return null;
  }
  if (!neg) return result as I32F32;
  if (result === 0n) return null;
  const inverse = (1n << 64n) / result;
  return inverse > I32_MAX || inverse < I32_MIN ? null : (inverse as I32F32);
}

/** `exp_safe`: exp of x clamped to [-20, 20]; on error 0 (x <= 0) or I32F32::MAX. */
export function expSafe(input: I32F32): I32F32 {
  const x = input < MIN_INPUT ? MIN_INPUT : input > MAX_INPUT ? MAX_INPUT : input;
  return fixedExp(x) ?? ((x <= 0n ? ZERO : I32_MAX) as I32F32);
}

/** `safe_exp`: exp of x unclamped; 0 on error. */
export function safeExp(value: I32F32): I32F32 {
  return fixedExp(value) ?? ZERO;
}

/**
 * `sigmoid_safe(input, rho, kappa)` = 1 / (1 + exp_safe(-rho · (input - kappa))), saturating, the final
 * division `safe_div` (legacy consensus sigmoid, unused by the current epoch).
 */
export function sigmoidSafe(input: I32F32, rho: I32F32, kappa: I32F32): I32F32 {
  const offset = satSub(input, kappa);
  const negRho = satMul(rho, MINUS_ONE);
  const expOutput = expSafe(satMul(negRho, offset));
  return safeDiv(ONE, satAdd(expOutput, ONE));
}
