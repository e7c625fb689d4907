/** A subnet's hyperparameters (`subnetInfo_getSubnetHyperparams`), subtensor's 33 fields in camelCase. */
import type { RpcResult } from '@taonet/rpc';
import type { Client } from '../client/createClient.js';
import type { NetuidParameters } from './getSubnets.js';

/** u16 fractions (kappa, alphaHigh, ...) stay integers in [0, 65535]; u64 values are bigints. */
export interface SubnetHyperparameters {
  readonly rho: number;
  readonly kappa: number;
  readonly immunityPeriod: number;
  readonly minAllowedWeights: number;
  readonly maxWeightsLimit: number;
  readonly tempo: number;
  readonly minDifficulty: bigint;
  readonly maxDifficulty: bigint;
  readonly weightsVersion: bigint;
  readonly weightsRateLimit: bigint;
  readonly adjustmentInterval: number;
  readonly activityCutoff: number;
  readonly registrationAllowed: boolean;
  readonly targetRegsPerInterval: number;
  readonly minBurn: bigint;
  readonly maxBurn: bigint;
  readonly bondsMovingAvg: bigint;
  readonly maxRegsPerBlock: number;
  readonly servingRateLimit: bigint;
  readonly maxValidators: number;
  readonly adjustmentAlpha: bigint;
  readonly difficulty: bigint;
  readonly commitRevealPeriod: bigint;
  readonly commitRevealWeightsEnabled: boolean;
  readonly alphaHigh: number;
  readonly alphaLow: number;
  readonly liquidAlphaEnabled: boolean;
  /** I32F32 raw bits */
  readonly alphaSigmoidSteepness: bigint;
  readonly yumaVersion: number;
  readonly subnetIsActive: boolean;
  readonly transfersEnabled: boolean;
  readonly bondsResetEnabled: boolean;
  readonly userLiquidityEnabled: boolean;
}

type Json = NonNullable<RpcResult<'subnetInfo_getSubnetHyperparams'>>;

export function toHyperparameters(h: Json): SubnetHyperparameters {
  return {
    rho: h.rho,
    kappa: h.kappa,
    immunityPeriod: h.immunity_period,
    minAllowedWeights: h.min_allowed_weights,
    maxWeightsLimit: h.max_weights_limit,
    tempo: h.tempo,
    minDifficulty: BigInt(h.min_difficulty),
    maxDifficulty: BigInt(h.max_difficulty),
    weightsVersion: BigInt(h.weights_version),
    weightsRateLimit: BigInt(h.weights_rate_limit),
    adjustmentInterval: h.adjustment_interval,
    activityCutoff: h.activity_cutoff,
    registrationAllowed: h.registration_allowed,
    targetRegsPerInterval: h.target_regs_per_interval,
    minBurn: BigInt(h.min_burn),
    maxBurn: BigInt(h.max_burn),
    bondsMovingAvg: BigInt(h.bonds_moving_avg),
    maxRegsPerBlock: h.max_regs_per_block,
    servingRateLimit: BigInt(h.serving_rate_limit),
    maxValidators: h.max_validators,
    adjustmentAlpha: BigInt(h.adjustment_alpha),
    difficulty: BigInt(h.difficulty),
    commitRevealPeriod: BigInt(h.commit_reveal_period),
    commitRevealWeightsEnabled: h.commit_reveal_weights_enabled,
    alphaHigh: h.alpha_high,
    alphaLow: h.alpha_low,
    liquidAlphaEnabled: h.liquid_alpha_enabled,
    alphaSigmoidSteepness: BigInt(h.alpha_sigmoid_steepness),
    yumaVersion: h.yuma_version,
    subnetIsActive: h.subnet_is_active,
    transfersEnabled: h.transfers_enabled,
    bondsResetEnabled: h.bonds_reset_enabled,
    userLiquidityEnabled: h.user_liquidity_enabled,
  };
}

/** The hyperparameters of a subnet, or undefined when it does not exist. */
export async function getHyperparameters(
  client: Client,
  params: NetuidParameters,
): Promise<SubnetHyperparameters | undefined> {
  const json = await client.request('subnetInfo_getSubnetHyperparams', params.netuid, params.at);
  return json === null ? undefined : toHyperparameters(json);
}
