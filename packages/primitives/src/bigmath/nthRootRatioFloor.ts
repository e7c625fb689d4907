/**
 * `nth_root_ratio_floor` of safe-bigmath: the largest integer r with `r^q * den <= num` (0 when q is 0).
 * A binary search like the Rust one; the answer is unique, so only its speed depends on the bounds.
 */
import { bitLength } from './bigIntOps.js';

export function nthRootRatioFloor(num: bigint, den: bigint, q: number): bigint {
  if (q === 0 || num < den) return 0n;
  const e = BigInt(q);
  // r^q * den <= num  =>  r < 2^ceil((bits(num) - bits(den) + 1) / q)
  const rootBits = Math.ceil((bitLength(num) - bitLength(den) + 1) / q) + 1;
  let low = 0n;
  let high = 1n << BigInt(rootBits);
  while (low < high) {
    const mid = (low + high + 1n) >> 1n;
    if (mid ** e * den <= num) low = mid;
    else high = mid - 1n;
  }
  return low;
}
