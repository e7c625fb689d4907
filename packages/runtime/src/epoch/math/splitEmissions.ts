/**
 * `split_emissions` (subnets/mechanism.rs): a subnet's emission across its mechanisms. Without a split,
 * floor(alpha / count) each; with one (u16 parts summing to 65535), floor(alpha · s_i / 65535) in u128;
 * resized to `count` (padded with 0); the truncation remainder is credited to mechanism 0.
 */
export function splitEmissions(count: number, split: readonly number[] | null, alpha: bigint): bigint[] {
  const counted = BigInt(count);
  let result =
    split === null
      ? new Array<bigint>(count).fill(counted === 0n ? 0n : alpha / counted)
      : split.map((s) => (alpha * BigInt(s)) / 65535n);
  if (result.length !== count) {
    result = result.slice(0, count);
    while (result.length < count) result.push(0n);
  }
  const total = result.reduce((a, b) => a + b, 0n);
  const rounding = alpha > total ? alpha - total : 0n;
  if (result.length > 0) result[0] = (result[0] as bigint) + rounding;
  return result;
}
