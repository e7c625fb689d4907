/**
 * `get_subnet_terms` (coinbase/run_coinbase.rs) for one emitting subnet: how this block's TAO emission
 * `E` splits into pool liquidity (`tao_in`, `alpha_in`) and a protocol chain buy (`excess_tao`), and the
 * alpha emitted to participants (`alpha_out`). All U96F32:
 * `alpha_in = E / price` (0 if the price is 0), capped at `root_proportion * alpha_emission`; when capped
 * `tao_in = alpha_in * price`; `excess = E - tao_in`.
 */
import { saturatingAddU64, U64F64, U96F32 } from '@taonet/primitives';
import { getBlockEmissionForIssuance } from './blockEmission.js';
import { rootProportion } from './rootProportion.js';

export interface SubnetTermsInput {
  /** this subnet's share of the block's TAO emission */
  readonly taoEmission: U96F32;
  readonly subnetAlphaIn: bigint;
  readonly subnetAlphaOut: bigint;
  /** the spot price (`current_alpha_price`) */
  readonly price: U64F64;
  /** `SubnetTAO[ROOT]` */
  readonly rootSubnetTao: bigint;
  /** raw `TaoWeight` (u64) */
  readonly taoWeightRaw: bigint;
}

export interface SubnetTerms {
  readonly alphaEmission: bigint;
  readonly price: U96F32;
  readonly rootProportion: U96F32;
  readonly alphaInjectionCap: U96F32;
  readonly capped: boolean;
  readonly taoIn: U96F32;
  readonly alphaIn: U96F32;
  readonly alphaOut: U96F32;
  readonly excessTao: U96F32;
}

export function getSubnetTerms(input: SubnetTermsInput): SubnetTerms {
  const alphaIssuance = saturatingAddU64(input.subnetAlphaIn, input.subnetAlphaOut);
  const alphaEmission = getBlockEmissionForIssuance(alphaIssuance);
  const alphaEmissionFixed = U96F32.saturatingFromInt(alphaEmission);
  const price = U96F32.saturatingFromFixed(U64F64, input.price);
  const rootProp = rootProportion(input.rootSubnetTao, input.taoWeightRaw, alphaIssuance);
  const cap = U96F32.saturatingMul(rootProp, alphaEmissionFixed);
  let taoIn = input.taoEmission;
  let alphaIn = U96F32.safeDivOr(input.taoEmission, price, U96F32.ZERO);
  const capped = alphaIn > cap;
  if (capped) {
    alphaIn = cap;
    taoIn = U96F32.saturatingMul(alphaIn, price);
  }
  return {
    alphaEmission,
    price,
    rootProportion: rootProp,
    alphaInjectionCap: cap,
    capped,
    taoIn,
    alphaIn,
    alphaOut: alphaEmissionFixed,
    excessTao: U96F32.saturatingSub(input.taoEmission, taoIn),
  };
}
