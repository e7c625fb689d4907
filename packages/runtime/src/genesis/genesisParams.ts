/**
 * The parameters a genesis config may set, each bound to its storage item with its range: the
 * network-wide ones (`NETWORK_PARAMS`) and the per-subnet hyperparameters (`SUBNET_PARAMS`). Keys are the
 * camelCase of subtensor's storage names, so `maxAllowedUids` sets `MaxAllowedUids`.
 */
import type { NetUid } from '@taonet/primitives';
import {
  AdminFreezeWindow,
  MaxMechanismCount,
  MinActivityCutoff,
  OwnerHyperparamRateLimit,
  SubnetOwnerCut,
  TxRateLimit,
  WeightsVersionKeyRateLimit,
} from '../admin/adminStorage.js';
import { TaoWeight } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  ActivityCutoff,
  AdjustmentInterval,
  AlphaSigmoidSteepness,
  BondsMovingAverage,
  BondsPenalty,
  BondsResetOn,
  Burn,
  BurnHalfLife,
  CommitRevealWeightsEnabled,
  ImmuneOwnerUidsLimit,
  ImmunityPeriod,
  Kappa,
  LiquidAlphaOn,
  MaxAllowedUids,
  MaxAllowedValidators,
  MaxBurn,
  MaxRegistrationsPerBlock,
  MaxWeightsLimit,
  MinAllowedUids,
  MinAllowedWeights,
  MinBurn,
  MinNonImmuneUids,
  NetworkRegistrationAllowed,
  RevealPeriodEpochs,
  ServingRateLimit,
  StakeThreshold,
  TargetRegistrationsPerInterval,
  TransferToggle,
  WeightsSetRateLimit,
  WeightsVersionKey,
  Yuma3On,
} from '../subnets/hyperparameters.js';
import {
  MaxEpochsPerBlock,
  NetworkImmunityPeriod,
  NetworkLockReductionInterval,
  NetworkMinLockCost,
  NetworkRateLimit,
  StartCallDelay,
  SubnetLimit,
  Tempo,
} from '../subnets/schema.js';

export type ParamKind = 'u8' | 'u16' | 'u64' | 'i16' | 'bool';
export type ParamValue = number | bigint | boolean;

const U64_MAX = (1n << 64n) - 1n;
/** inclusive range of each kind */
export const PARAM_RANGES: Readonly<Record<Exclude<ParamKind, 'bool'>, readonly [bigint, bigint]>> = {
  u8: [0n, 255n],
  u16: [0n, 65_535n],
  u64: [0n, U64_MAX],
  i16: [-32_768n, 32_767n],
};

interface ValueItem<V> {
  set(state: OverlayState, value: V): void;
}
interface SubnetItem<V> {
  set(state: OverlayState, key: [NetUid], value: V): void;
}

export interface NetworkParam {
  readonly kind: ParamKind;
  readonly docs: string;
  write(state: OverlayState, value: ParamValue): void;
}

export interface SubnetParam {
  readonly kind: ParamKind;
  readonly docs: string;
  write(state: OverlayState, netuid: NetUid, value: ParamValue): void;
}

/** u8..u16 and i16 items store numbers, u64 items bigints, bool items booleans. */
function toStored(kind: ParamKind, value: ParamValue): ParamValue {
  if (kind === 'u64') return BigInt(value);
  if (kind === 'bool') return Boolean(value);
  // float-ok: validated u8/u16/i16 integers, which a double holds exactly
  return Number(value);
}

function network<V>(item: ValueItem<V>, kind: ParamKind, docs: string): NetworkParam {
  return { kind, docs, write: (state, value) => item.set(state, toStored(kind, value) as V) };
}

function subnet<V>(item: SubnetItem<V>, kind: ParamKind, docs: string): SubnetParam {
  return {
    kind,
    docs,
    write: (state, netuid, value) => item.set(state, [netuid], toStored(kind, value) as V),
  };
}

export const NETWORK_PARAMS = {
  stakeThreshold: network(StakeThreshold, 'u64', 'stake weight needed to set weights (rao)'),
  taoWeight: network(TaoWeight, 'u64', 'weight of root TAO stake (u64 fraction of 2^64)'),
  subnetLimit: network(SubnetLimit, 'u16', 'maximum number of subnets'),
  networkRateLimit: network(NetworkRateLimit, 'u64', 'blocks between two subnet registrations'),
  networkMinLockCost: network(NetworkMinLockCost, 'u64', 'floor of the subnet lock cost (rao)'),
  networkLockReductionInterval: network(NetworkLockReductionInterval, 'u64', 'lock cost decay (blocks)'),
  networkImmunityPeriod: network(NetworkImmunityPeriod, 'u64', 'blocks a new subnet cannot be pruned'),
  subnetOwnerCut: network(SubnetOwnerCut, 'u16', "owner's share of alpha emission (u16 fraction)"),
  txRateLimit: network(TxRateLimit, 'u64', 'blocks between two rate-limited transactions of a key'),
  adminFreezeWindow: network(AdminFreezeWindow, 'u16', 'blocks before an epoch with admin changes frozen'),
  ownerHyperparamRateLimit: network(OwnerHyperparamRateLimit, 'u16', 'tempos between owner changes'),
  weightsVersionKeyRateLimit: network(
    WeightsVersionKeyRateLimit,
    'u64',
    'tempos between version key changes',
  ),
  minActivityCutoff: network(MinActivityCutoff, 'u16', 'floor of ActivityCutoff (blocks)'),
  maxEpochsPerBlock: network(MaxEpochsPerBlock, 'u8', 'subnet epochs run per block'),
  maxMechanismCount: network(MaxMechanismCount, 'u8', 'mechanisms an owner may configure'),
  startCallDelay: network(StartCallDelay, 'u64', 'blocks before an owner may call start_call'),
} as const satisfies Record<string, NetworkParam>;

export type NetworkParamName = keyof typeof NETWORK_PARAMS;

export const SUBNET_PARAMS = {
  tempo: subnet(Tempo, 'u16', 'blocks between epochs'),
  kappa: subnet(Kappa, 'u16', 'consensus majority threshold (u16 fraction)'),
  immunityPeriod: subnet(ImmunityPeriod, 'u16', 'blocks a new neuron cannot be pruned'),
  maxAllowedUids: subnet(MaxAllowedUids, 'u16', 'neuron slots'),
  minAllowedUids: subnet(MinAllowedUids, 'u16', 'lower bound of maxAllowedUids'),
  maxAllowedValidators: subnet(MaxAllowedValidators, 'u16', 'validator permits per epoch'),
  minAllowedWeights: subnet(MinAllowedWeights, 'u16', 'fewest entries of a weights vector'),
  maxWeightsLimit: subnet(MaxWeightsLimit, 'u16', 'largest weight (u16 fraction)'),
  activityCutoff: subnet(ActivityCutoff, 'u16', 'blocks without weights before a validator is inactive'),
  weightsVersionKey: subnet(WeightsVersionKey, 'u64', 'lowest accepted weights version_key'),
  weightsSetRateLimit: subnet(WeightsSetRateLimit, 'u64', 'blocks between two set_weights'),
  bondsMovingAverage: subnet(BondsMovingAverage, 'u64', 'bonds EMA factor (millionths)'),
  bondsPenalty: subnet(BondsPenalty, 'u16', 'penalty on bonds above consensus (u16 fraction)'),
  bondsResetEnabled: subnet(BondsResetOn, 'bool', "reset a re-registered uid's bonds"),
  yuma3Enabled: subnet(Yuma3On, 'bool', 'Yuma 3 bonds'),
  liquidAlphaEnabled: subnet(LiquidAlphaOn, 'bool', 'liquid alpha'),
  alphaSigmoidSteepness: subnet(AlphaSigmoidSteepness, 'i16', 'liquid alpha sigmoid steepness'),
  commitRevealWeightsEnabled: subnet(CommitRevealWeightsEnabled, 'bool', 'commit-reveal weights'),
  revealPeriodEpochs: subnet(RevealPeriodEpochs, 'u64', 'epochs between a commit and its reveal'),
  servingRateLimit: subnet(ServingRateLimit, 'u64', 'blocks between two serve_axon'),
  transfersEnabled: subnet(TransferToggle, 'bool', 'transfer_stake allowed'),
  registrationAllowed: subnet(NetworkRegistrationAllowed, 'bool', 'burned registration open'),
  targetRegistrationsPerInterval: subnet(TargetRegistrationsPerInterval, 'u16', 'target registrations'),
  maxRegistrationsPerBlock: subnet(MaxRegistrationsPerBlock, 'u16', 'registrations per block'),
  adjustmentInterval: subnet(AdjustmentInterval, 'u16', 'blocks of a registration interval'),
  burn: subnet(Burn, 'u64', 'current registration price (rao)'),
  minBurn: subnet(MinBurn, 'u64', 'registration price floor (rao)'),
  maxBurn: subnet(MaxBurn, 'u64', 'registration price ceiling (rao)'),
  burnHalfLife: subnet(BurnHalfLife, 'u16', 'blocks for the registration price to halve'),
  immuneOwnerUidsLimit: subnet(ImmuneOwnerUidsLimit, 'u16', 'owner uids never pruned (1..=10)'),
  minNonImmuneUids: subnet(MinNonImmuneUids, 'u16', 'non-immune uids pruning keeps'),
} as const satisfies Record<string, SubnetParam>;

export type SubnetParamName = keyof typeof SUBNET_PARAMS;
