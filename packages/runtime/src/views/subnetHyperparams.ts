/**
 * `subnetInfo_getSubnetHyperparamsV2` (subtensor's `SubnetHyperparamsV2`): every hyperparameter of a
 * subnet, as `btcli subnets hyperparameters` prints them. Fields and SCALE layout as in subtensor; the
 * proof-of-work fields (difficulty, min/max difficulty, adjustment alpha) are 0.
 */
import { I32F32, I32F32Codec, type NetUid } from '@taonet/primitives';
import { bool, type Codec, Struct } from 'scale-ts';
import type { OverlayState } from '../state/overlayState.js';
import {
  ActivityCutoff,
  AdjustmentInterval,
  AlphaSigmoidSteepness,
  AlphaValues,
  BondsMovingAverage,
  BondsResetOn,
  CommitRevealWeightsEnabled,
  ImmunityPeriod,
  Kappa,
  LiquidAlphaOn,
  MaxAllowedValidators,
  MaxBurn,
  MaxRegistrationsPerBlock,
  MaxWeightsLimit,
  MinAllowedWeights,
  MinBurn,
  NetworkRegistrationAllowed,
  RevealPeriodEpochs,
  Rho,
  ServingRateLimit,
  TargetRegistrationsPerInterval,
  TransferToggle,
  WeightsSetRateLimit,
  WeightsVersionKey,
  Yuma3On,
} from '../subnets/hyperparameters.js';
import { FirstEmissionBlockNumber, NetworksAdded, Tempo } from '../subnets/schema.js';
import { CompactBigInt, CompactNumber } from './compactCodecs.js';

export interface SubnetHyperparams {
  readonly rho: number;
  readonly kappa: number;
  readonly immunity_period: number;
  readonly min_allowed_weights: number;
  readonly max_weights_limit: number;
  readonly tempo: number;
  readonly min_difficulty: bigint;
  readonly max_difficulty: bigint;
  readonly weights_version: bigint;
  readonly weights_rate_limit: bigint;
  readonly adjustment_interval: number;
  readonly activity_cutoff: number;
  readonly registration_allowed: boolean;
  readonly target_regs_per_interval: number;
  readonly min_burn: bigint;
  readonly max_burn: bigint;
  readonly bonds_moving_avg: bigint;
  readonly max_regs_per_block: number;
  readonly serving_rate_limit: bigint;
  readonly max_validators: number;
  readonly adjustment_alpha: bigint;
  readonly difficulty: bigint;
  readonly commit_reveal_period: bigint;
  readonly commit_reveal_weights_enabled: boolean;
  readonly alpha_high: number;
  readonly alpha_low: number;
  readonly liquid_alpha_enabled: boolean;
  /** I32F32 bits */
  readonly alpha_sigmoid_steepness: I32F32;
  /** 2 (original Yuma) or 3 (Yuma 3) */
  readonly yuma_version: number;
  /** the owner called start_call */
  readonly subnet_is_active: boolean;
  readonly transfers_enabled: boolean;
  readonly bonds_reset_enabled: boolean;
  readonly user_liquidity_enabled: boolean;
}

export const SubnetHyperparamsCodec = Struct({
  rho: CompactNumber,
  kappa: CompactNumber,
  immunity_period: CompactNumber,
  min_allowed_weights: CompactNumber,
  max_weights_limit: CompactNumber,
  tempo: CompactNumber,
  min_difficulty: CompactBigInt,
  max_difficulty: CompactBigInt,
  weights_version: CompactBigInt,
  weights_rate_limit: CompactBigInt,
  adjustment_interval: CompactNumber,
  activity_cutoff: CompactNumber,
  registration_allowed: bool,
  target_regs_per_interval: CompactNumber,
  min_burn: CompactBigInt,
  max_burn: CompactBigInt,
  bonds_moving_avg: CompactBigInt,
  max_regs_per_block: CompactNumber,
  serving_rate_limit: CompactBigInt,
  max_validators: CompactNumber,
  adjustment_alpha: CompactBigInt,
  difficulty: CompactBigInt,
  commit_reveal_period: CompactBigInt,
  commit_reveal_weights_enabled: bool,
  alpha_high: CompactNumber,
  alpha_low: CompactNumber,
  liquid_alpha_enabled: bool,
  alpha_sigmoid_steepness: I32F32Codec,
  yuma_version: CompactNumber,
  subnet_is_active: bool,
  transfers_enabled: bool,
  bonds_reset_enabled: bool,
  user_liquidity_enabled: bool,
}) as unknown as Codec<SubnetHyperparams>;

/** The subnet's hyperparameters, or `undefined` when it does not exist. */
export function getSubnetHyperparams(state: OverlayState, netuid: NetUid): SubnetHyperparams | undefined {
  if (!NetworksAdded.get(state, [netuid])) return undefined;
  const key: [NetUid] = [netuid];
  const [alphaLow, alphaHigh] = AlphaValues.get(state, key);
  return {
    rho: Rho.get(state, key),
    kappa: Kappa.get(state, key),
    immunity_period: ImmunityPeriod.get(state, key),
    min_allowed_weights: MinAllowedWeights.get(state, key),
    max_weights_limit: MaxWeightsLimit.get(state, key),
    tempo: Tempo.get(state, key),
    min_difficulty: 0n,
    max_difficulty: 0n,
    weights_version: WeightsVersionKey.get(state, key),
    weights_rate_limit: WeightsSetRateLimit.get(state, key),
    adjustment_interval: AdjustmentInterval.get(state, key),
    activity_cutoff: ActivityCutoff.get(state, key),
    registration_allowed: NetworkRegistrationAllowed.get(state, key),
    target_regs_per_interval: TargetRegistrationsPerInterval.get(state, key),
    min_burn: MinBurn.get(state, key),
    max_burn: MaxBurn.get(state, key),
    bonds_moving_avg: BondsMovingAverage.get(state, key),
    max_regs_per_block: MaxRegistrationsPerBlock.get(state, key),
    serving_rate_limit: ServingRateLimit.get(state, key),
    max_validators: MaxAllowedValidators.get(state, key),
    adjustment_alpha: 0n,
    difficulty: 0n,
    commit_reveal_period: RevealPeriodEpochs.get(state, key),
    commit_reveal_weights_enabled: CommitRevealWeightsEnabled.get(state, key),
    alpha_high: alphaHigh,
    alpha_low: alphaLow,
    liquid_alpha_enabled: LiquidAlphaOn.get(state, key),
    alpha_sigmoid_steepness: I32F32.fromInt(AlphaSigmoidSteepness.get(state, key)),
    yuma_version: Yuma3On.get(state, key) ? 3 : 2,
    subnet_is_active: FirstEmissionBlockNumber.getOption(state, key) !== undefined,
    transfers_enabled: TransferToggle.get(state, key),
    bonds_reset_enabled: BondsResetOn.get(state, key),
    user_liquidity_enabled: false,
  };
}
