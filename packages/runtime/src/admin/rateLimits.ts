/**
 * Owner rate limits of the admin setters (subtensor's `utils/rate_limiting.rs`): a subnet owner may change
 * each hyperparameter once per `OwnerHyperparamRateLimit` tempos, the weights version key once per
 * `WeightsVersionKeyRateLimit` tempos, the mechanism count and split once per their global limits. Root is
 * never rate limited. The codes below are subtensor's frozen storage discriminants.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { saturatingMulU64, saturatingSubU64 } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { Tempo } from '../subnets/schema.js';
import {
  LastRateLimitedBlock,
  MechanismCountSetRateLimit,
  MechanismEmissionRateLimit,
  OwnerHyperparamRateLimit,
  type RateLimitKey,
  TransactionKeyLastBlock,
  WeightsVersionKeyRateLimit,
} from './adminStorage.js';
import { MIN_TEMPO } from './schema.js';

/** `Hyperparameter`: owner-settable hyperparameters, the sub-key of `OwnerHyperparamUpdate`. */
export const Hyperparameter = {
  Unknown: 0,
  ServingRateLimit: 1,
  MaxDifficulty: 2,
  AdjustmentAlpha: 3,
  MaxWeightLimit: 4,
  ImmunityPeriod: 5,
  MinAllowedWeights: 6,
  Kappa: 7,
  Rho: 8,
  ActivityCutoff: 9,
  PowRegistrationAllowed: 10,
  MinBurn: 11,
  MaxBurn: 12,
  BondsMovingAverage: 13,
  BondsPenalty: 14,
  CommitRevealEnabled: 15,
  LiquidAlphaEnabled: 16,
  AlphaValues: 17,
  WeightCommitInterval: 18,
  TransferEnabled: 19,
  AlphaSigmoidSteepness: 20,
  Yuma3Enabled: 21,
  BondsResetEnabled: 22,
  ImmuneNeuronLimit: 23,
  RecycleOrBurn: 24,
  MaxAllowedUids: 25,
  BurnHalfLife: 26,
  BurnIncreaseMult: 27,
  SubnetEmissionEnabled: 28,
  MinChildkeyTake: 29,
  ActivityCutoffFactorMilli: 30,
  TriggerEpoch: 31,
  CollateralLockShare: 32,
  CollateralDrainRatio: 33,
} as const;
export type Hyperparameter = (typeof Hyperparameter)[keyof typeof Hyperparameter];

/** The rate-limited transaction kinds the admin setters use, with their `TransactionType` u16 codes. */
export type OwnerLimit =
  | { readonly kind: 'hyperparameter'; readonly hyperparameter: Hyperparameter }
  | { readonly kind: 'SetWeightsVersionKey' }
  | { readonly kind: 'MechanismCountUpdate' }
  | { readonly kind: 'MechanismEmission' }
  | { readonly kind: 'TempoUpdate' };

const TRANSACTION_TYPE_CODE = {
  SetWeightsVersionKey: 4,
  MechanismCountUpdate: 7,
  MechanismEmission: 8,
  TempoUpdate: 11,
} as const;

export const hyperparameterLimit = (hyperparameter: Hyperparameter): OwnerLimit => ({
  kind: 'hyperparameter',
  hyperparameter,
});

/** `rate_limit_on_subnet`: blocks that must pass between two uses of `limit` on `netuid`. */
export function getRateLimitOnSubnet(state: OverlayState, limit: OwnerLimit, netuid: NetUid): bigint {
  const tempo = BigInt(Tempo.get(state, [netuid]));
  switch (limit.kind) {
    case 'hyperparameter':
      return saturatingMulU64(tempo, BigInt(OwnerHyperparamRateLimit.get(state)));
    case 'SetWeightsVersionKey':
      return saturatingMulU64(tempo, WeightsVersionKeyRateLimit.get(state));
    case 'MechanismCountUpdate':
      return MechanismCountSetRateLimit.get(state);
    case 'MechanismEmission':
      return MechanismEmissionRateLimit.get(state);
    case 'TempoUpdate':
      return BigInt(MIN_TEMPO);
  }
}

/** `RateLimitKey::OwnerHyperparamUpdate(netuid, hyperparameter)` */
export function ownerHyperparamKey(netuid: NetUid, hyperparameter: Hyperparameter): RateLimitKey {
  return { tag: 'OwnerHyperparamUpdate', value: [netuid, hyperparameter] };
}

/** `last_block_on_subnet`: the block `who` last used `limit` on `netuid` (0 = never). */
export function getLastBlockOnSubnet(
  state: OverlayState,
  limit: OwnerLimit,
  who: AccountId,
  netuid: NetUid,
): bigint {
  if (limit.kind === 'hyperparameter') {
    return LastRateLimitedBlock.get(state, [ownerHyperparamKey(netuid, limit.hyperparameter)]);
  }
  return TransactionKeyLastBlock.get(state, [who, netuid, TRANSACTION_TYPE_CODE[limit.kind]]);
}

export function setLastBlockOnSubnet(
  state: OverlayState,
  limit: OwnerLimit,
  who: AccountId,
  netuid: NetUid,
  block: bigint,
): void {
  if (limit.kind === 'hyperparameter') {
    LastRateLimitedBlock.set(state, [ownerHyperparamKey(netuid, limit.hyperparameter)], block);
    return;
  }
  TransactionKeyLastBlock.set(state, [who, netuid, TRANSACTION_TYPE_CODE[limit.kind]], block);
}

/** `check_passes_rate_limit`: never used, or at least `limit` blocks ago. */
export function isPastRateLimit(limit: bigint, block: bigint, lastBlock: bigint): boolean {
  return lastBlock === 0n || saturatingSubU64(block, lastBlock) >= limit;
}

export function passesRateLimitOnSubnet(
  state: OverlayState,
  limit: OwnerLimit,
  who: AccountId,
  netuid: NetUid,
  block: bigint,
): boolean {
  const blocks = getRateLimitOnSubnet(state, limit, netuid);
  return isPastRateLimit(blocks, block, getLastBlockOnSubnet(state, limit, who, netuid));
}
