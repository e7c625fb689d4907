/**
 * `get_median_subnet_alpha_price`: the median of the positive spot prices of the non-root subnets (U64F64),
 * the mean of the two middle prices for an even count (`(lower + upper) / 2`, saturating then truncating),
 * 1.0 when there is none. A new subnet's pool holds `lock / median` alpha (economics.md §5.6 step 8).
 */
import { U64F64 } from '@taonet/primitives';

export function computeMedianPrice(prices: readonly U64F64[]): U64F64 {
  const sorted = prices.filter((price) => price > 0n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length === 0) return U64F64.ONE;
  const lower = sorted[(sorted.length - 1) >> 1] as U64F64;
  const upper = sorted[sorted.length >> 1] as U64F64;
  if (sorted.length % 2 === 1) return upper;
  return U64F64.safeDiv(U64F64.saturatingAdd(lower, upper), U64F64.fromInt(2n));
}
