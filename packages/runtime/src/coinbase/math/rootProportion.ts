/**
 * Root's share of a subnet's stake-weighted mass, as subtensor computes it in U96F32:
 * `get_tao_weight() = TaoWeight / u64::MAX` and
 * `root_proportion = SubnetTAO[root] * tao_weight / (SubnetTAO[root] * tao_weight + alpha_issuance)`
 * (0 on division by zero).
 */
import { U64_MAX, U96F32 } from '@taonet/primitives';

/** `get_tao_weight`: the raw u64 `TaoWeight` normalised by u64::MAX (not 2^64). */
export function getTaoWeight(taoWeightRaw: bigint): U96F32 {
  return U96F32.safeDiv(U96F32.saturatingFromInt(taoWeightRaw), U96F32.saturatingFromInt(U64_MAX));
}

export function rootProportion(rootSubnetTao: bigint, taoWeightRaw: bigint, alphaIssuance: bigint): U96F32 {
  const issuance = U96F32.saturatingFromInt(alphaIssuance);
  const taoWeight = U96F32.saturatingMul(U96F32.saturatingFromInt(rootSubnetTao), getTaoWeight(taoWeightRaw));
  return U96F32.checkedDiv(taoWeight, U96F32.saturatingAdd(taoWeight, issuance)) ?? U96F32.ZERO;
}
