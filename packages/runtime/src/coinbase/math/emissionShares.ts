/**
 * The TAO emission shares of the emitting subnets (`get_shares` / `get_subnet_block_emissions`,
 * economics.md §2.4), all in U64F64:
 * `price_sh_i = p_i / Σ p` (0 when the sum is 0), `w_i = price_sh_i · (1 − min(MinerBurned_i, 1))`,
 * `share_i = w_i / Σ w` (back to `price_sh_i` when Σ w is 0). When some subnet has its TAO-side emission
 * disabled, the enabled shares are renormalised over the enabled subnets and the disabled ones get 0.
 * `tao_emission_i = U64F64(E) · share_i`, converted to U96F32.
 */
import { U64F64, U96F32 } from '@taonet/primitives';

export interface SubnetShareInput {
  /** `get_moving_alpha_price` (EMA price; 1.0 for stable subnets) */
  readonly movingPrice: U64F64;
  /** `MinerBurned` */
  readonly minerBurned: U96F32;
  /** `SubnetEmissionEnabled` */
  readonly emissionEnabled: boolean;
}

const sum = (values: readonly U64F64[]) => values.reduce((a, b) => U64F64.saturatingAdd(a, b), U64F64.ZERO);

/** The shares (U64F64), one per input, in input order. */
export function computeEmissionShares(inputs: readonly SubnetShareInput[]): U64F64[] {
  const totalPrice = sum(inputs.map((input) => input.movingPrice));
  const priceShares = inputs.map((input) => U64F64.checkedDiv(input.movingPrice, totalPrice) ?? U64F64.ZERO);
  const weighted = inputs.map((input, i) => {
    const burned = U64F64.min(U64F64.saturatingFromFixed(U96F32, input.minerBurned), U64F64.ONE);
    return U64F64.saturatingMul(priceShares[i] ?? U64F64.ZERO, U64F64.saturatingSub(U64F64.ONE, burned));
  });
  const totalWeighted = sum(weighted);
  let shares =
    totalWeighted === U64F64.ZERO
      ? priceShares
      : weighted.map((w) => U64F64.checkedDiv(w, totalWeighted) ?? U64F64.ZERO);
  if (inputs.some((input) => !input.emissionEnabled)) {
    const enabledTotal = sum(shares.filter((_, i) => inputs[i]?.emissionEnabled === true));
    shares = shares.map((share, i) =>
      inputs[i]?.emissionEnabled === true
        ? (U64F64.checkedDiv(share, enabledTotal) ?? U64F64.ZERO)
        : U64F64.ZERO,
    );
  }
  return shares;
}

/** `U96F32(U64F64(E) · share)`: a subnet's TAO emission for the block. */
export function computeSubnetTaoEmission(blockEmission: bigint, share: U64F64): U96F32 {
  const emission = U64F64.saturatingMul(U64F64.saturatingFromInt(blockEmission), share);
  return U96F32.saturatingFromFixed(U64F64, emission);
}
