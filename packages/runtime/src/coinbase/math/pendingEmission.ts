/**
 * The participant side of `emit_to_subnets` for one subnet and one block: `alpha_out` is minted into
 * `SubnetAlphaOut`, the owner cut is taken, then root's share of the validators' half is computed with the
 * root proportion recomputed on the post-mint issuance. All U96F32; every pending amount is floored.
 * Root alpha accumulates in `PendingRootAlphaDivs` when the root-sell flag is set, else it is recycled
 * (removed from `SubnetAlphaOut`).
 */
import { saturatingAddU64, saturatingSubU64, U16_MAX, U96F32 } from '@taonet/primitives';
import { rootProportion } from './rootProportion.js';

/** `SubnetOwnerCut` default: 11_796 / 65_535 (about 18%) */
export const DEFAULT_SUBNET_OWNER_CUT = 11_796n;

export interface PendingEmissionInput {
  /** `alpha_out` from the subnet terms */
  readonly alphaOut: U96F32;
  /** `SubnetAlphaIn` after this block's injection */
  readonly subnetAlphaIn: bigint;
  /** `SubnetAlphaOut` before minting this block's alpha_out */
  readonly subnetAlphaOut: bigint;
  readonly rootSubnetTao: bigint;
  readonly taoWeightRaw: bigint;
  /** `SubnetOwnerCut` (u16) */
  readonly subnetOwnerCut: bigint;
  readonly ownerCutEnabled: boolean;
  readonly rootSellFlag: boolean;
}

export interface PendingEmissionSplit {
  readonly alphaOutEmission: bigint;
  readonly subnetAlphaOutAfterMint: bigint;
  readonly rootProportion: U96F32;
  readonly pendingOwnerCut: bigint;
  readonly pendingServerEmission: bigint;
  readonly pendingValidatorEmission: bigint;
  readonly pendingRootAlphaDivs: bigint;
  readonly recycledRootAlpha: bigint;
  /** `SubnetAlphaOut` after the mint and the recycling */
  readonly subnetAlphaOutAfter: bigint;
}

const HALF = U96F32.fromF64(0.5); // float-ok: asfloat!(0.5) in run_coinbase.rs, exact

/** `get_float_subnet_owner_cut`: `SubnetOwnerCut / u16::MAX` */
export function getFloatSubnetOwnerCut(subnetOwnerCut: bigint): U96F32 {
  return U96F32.safeDiv(U96F32.saturatingFromInt(subnetOwnerCut), U96F32.fromInt(U16_MAX));
}

export function computePendingEmission(input: PendingEmissionInput): PendingEmissionSplit {
  let alphaOut = input.alphaOut;
  const alphaOutEmission = U96F32.toU64(alphaOut);
  const subnetAlphaOutAfterMint = saturatingAddU64(input.subnetAlphaOut, alphaOutEmission);
  let pendingOwnerCut = 0n;
  if (input.ownerCutEnabled) {
    const ownerCut = U96F32.saturatingMul(alphaOut, getFloatSubnetOwnerCut(input.subnetOwnerCut));
    alphaOut = U96F32.saturatingSub(alphaOut, ownerCut);
    pendingOwnerCut = U96F32.toU64(ownerCut);
  }
  const alphaIssuance = saturatingAddU64(input.subnetAlphaIn, subnetAlphaOutAfterMint);
  const rootProp = rootProportion(input.rootSubnetTao, input.taoWeightRaw, alphaIssuance);
  const rootAlpha = U96F32.saturatingMul(U96F32.saturatingMul(rootProp, alphaOut), HALF);
  const server = U96F32.saturatingMul(alphaOut, HALF);
  const validator = U96F32.saturatingSub(U96F32.saturatingSub(alphaOut, server), rootAlpha);
  const rootAlphaFloor = U96F32.toU64(rootAlpha);
  const recycledRootAlpha = input.rootSellFlag ? 0n : rootAlphaFloor;
  return {
    alphaOutEmission,
    subnetAlphaOutAfterMint,
    rootProportion: rootProp,
    pendingOwnerCut,
    pendingServerEmission: U96F32.toU64(server),
    pendingValidatorEmission: U96F32.toU64(validator),
    pendingRootAlphaDivs: input.rootSellFlag ? rootAlphaFloor : 0n,
    recycledRootAlpha,
    subnetAlphaOutAfter: saturatingSubU64(subnetAlphaOutAfterMint, recycledRootAlpha),
  };
}
