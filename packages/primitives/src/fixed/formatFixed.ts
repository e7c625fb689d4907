/**
 * substrate-fixed's `Display`: the shortest decimal string that converts back to the same bits
 * (trailing zeros dropped: 0.5 -> "0.5", 1 -> "1", 1/3 in I32F32 -> "0.3333333333").
 */
import { shiftRightNearestEven } from './floatBits.js';

export function formatFixed(bits: bigint, fracBits: number): string {
  if (bits < 0n) return `-${formatFixed(-bits, fracBits)}`;
  const F = BigInt(fracBits);
  const integer = bits >> F;
  const fraction = bits - (integer << F);
  if (fraction === 0n) return integer.toString();
  let power = 1n;
  for (let digits = 1; digits <= fracBits; digits++) {
    power *= 10n;
    const decimal = shiftRightNearestEven(fraction * power, fracBits);
    if (!roundsBack(decimal, power, fraction, F)) continue;
    if (decimal === power) return (integer + 1n).toString();
    const text = decimal.toString().padStart(digits, '0').replace(/0+$/, '');
    return text.length === 0 ? integer.toString() : `${integer}.${text}`;
  }
  return `${integer}.${fraction}`; // unreachable: fracBits decimal digits always represent the value exactly
}

/** Does decimal/power round (nearest, ties to even) to exactly `fraction / 2^F`? */
function roundsBack(decimal: bigint, power: bigint, fraction: bigint, F: bigint): boolean {
  const numerator = decimal << F;
  const quotient = numerator / power;
  const twiceRemainder = 2n * (numerator - quotient * power);
  let nearest = quotient;
  if (twiceRemainder > power || (twiceRemainder === power && (quotient & 1n) === 1n)) nearest += 1n;
  return nearest === fraction;
}
