/**
 * The pro-rata split of a dissolved subnet's TAO pot (`destroy_alpha_in_out_stakes`, economics.md §5.7): each
 * staker gets `floor(pot * value / total)` where `total` counts the protocol's alpha too, then the rao lost to
 * flooring among the stakers, `floor(Σ remainders / total)`, goes one each to the largest remainders (ties
 * keep the stakers' order, as Rust's stable sort does). The protocol's part is not paid out.
 */

export interface DissolutionPayouts {
  /** TAO per staker, in the order of `values` */
  readonly payouts: readonly bigint[];
  /** the protocol's floor share (stays on the subnet account and is recycled) */
  readonly protocolShare: bigint;
}

const U64_MAX = (1n << 64n) - 1n;

export function computeDissolutionPayouts(
  pot: bigint,
  values: readonly bigint[],
  protocolValue: bigint,
): DissolutionPayouts {
  const total = values.reduce((sum, value) => sum + value, protocolValue);
  if (total === 0n) return { payouts: values.map(() => 0n), protocolShare: 0n };
  const protocolShare = (pot * protocolValue) / total;
  if (pot === 0n || values.length === 0) return { payouts: values.map(() => 0n), protocolShare };
  const payouts = values.map((value) => {
    const share = (pot * value) / total;
    return share > U64_MAX ? U64_MAX : share;
  });
  const remainders = values.map((value) => (pot * value) % total);
  const leftover = remainders.reduce((sum, rem) => sum + rem, 0n) / total;
  const order = remainders
    .map((rem, index) => ({ rem, index }))
    .sort((a, b) => (a.rem === b.rem ? a.index - b.index : a.rem > b.rem ? -1 : 1));
  let remaining = leftover;
  for (const { index } of order) {
    if (remaining === 0n) break;
    payouts[index] = (payouts[index] as bigint) + 1n;
    remaining -= 1n;
  }
  return { payouts, protocolShare };
}
