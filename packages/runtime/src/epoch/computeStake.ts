/**
 * §1.2 Stake: total stake = alpha + tao × tao_weight (I64F64, saturating), zeroed below the stake threshold
 * (the subnet owner is exempt), normalised in I64F64, then floored to I32F32 — a share below 2^-32 becomes 0.
 */
import { type I32F32 as I32F32Value, I64F64, U96F32 } from '@taonet/primitives';
import { getTaoWeight } from '../coinbase/math/index.js';
import { inplaceNormalize64, vecFixed64ToFixed32 } from './math/index.js';

export interface StakeTerms {
  /** raw total stake per uid (I64F64) */
  readonly totalStake: I64F64[];
  /** normalised filtered stake per uid */
  readonly stake: I32F32Value[];
}

/** `I64F64::saturating_from_num(get_tao_weight())`: TaoWeight / u64::MAX in U96F32, widened exactly. */
export function getStakeTaoWeight(taoWeightU64: bigint): I64F64 {
  return I64F64.saturatingFromFixed(U96F32, getTaoWeight(taoWeightU64));
}

/** `get_stake_weights_for_network`: alpha_i + tao_i * tao_weight per uid. */
export function computeTotalStake(
  stakeAlpha: readonly bigint[],
  stakeTao: readonly bigint[],
  taoWeight: I64F64,
): I64F64[] {
  return stakeAlpha.map((alpha, i) => {
    const tao = I64F64.saturatingMul(I64F64.saturatingFromInt(stakeTao[i] ?? 0n), taoWeight);
    return I64F64.saturatingAdd(I64F64.saturatingFromInt(alpha), tao);
  });
}

export function computeStake(
  stakeAlpha: readonly bigint[],
  stakeTao: readonly bigint[],
  taoWeightU64: bigint,
  stakeThreshold: bigint,
  ownerUid: number | null,
): StakeTerms {
  const totalStake = computeTotalStake(stakeAlpha, stakeTao, getStakeTaoWeight(taoWeightU64));
  const filtered = totalStake.map((total, uid) =>
    uid !== ownerUid && I64F64.toU64(total) < stakeThreshold ? I64F64.ZERO : total,
  );
  inplaceNormalize64(filtered);
  return { totalStake, stake: vecFixed64ToFixed32(filtered) };
}
