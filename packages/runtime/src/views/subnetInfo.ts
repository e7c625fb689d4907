/**
 * `subnetInfo_getSubnetInfo` / `subnetInfo_getSubnetsInfo` (subtensor's `rpc_info/subnet_info.rs`,
 * `SubnetInfov2`): one subnet's static description as clients list it. Fields and SCALE layout as in
 * subtensor; the proof-of-work era fields subtensor still reports (difficulty, scaling law power,
 * modality, connect requirements, emission values) are 0 or empty here.
 */
import { type AccountId, AccountIdCodec, type NetUid } from '@taonet/primitives';
import { type Codec, Option, Struct, Tuple, u16, Vector } from 'scale-ts';
import { SubnetworkN } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  Burn,
  ImmunityPeriod,
  Kappa,
  MaxAllowedUids,
  MaxAllowedValidators,
  MaxWeightsLimit,
  MinAllowedWeights,
  Rho,
} from '../subnets/hyperparameters.js';
import {
  BlocksSinceLastStep,
  NetworksAdded,
  SubnetIdentitiesV3,
  type SubnetIdentityV3,
  SubnetIdentityV3Codec,
  SubnetOwner,
  Tempo,
} from '../subnets/schema.js';
import { CompactBigInt, CompactNumber } from './compactCodecs.js';

/** `AccountId32` of 32 zero bytes: subtensor's `DefaultSubnetOwner` for a subnet without one. */
const ZERO_ACCOUNT = `0x${'00'.repeat(32)}` as AccountId;

export interface SubnetInfo {
  readonly netuid: number;
  readonly rho: number;
  readonly kappa: number;
  readonly difficulty: bigint;
  readonly immunity_period: number;
  readonly max_allowed_validators: number;
  readonly min_allowed_weights: number;
  readonly max_weights_limit: number;
  readonly scaling_law_power: number;
  readonly subnetwork_n: number;
  readonly max_allowed_uids: number;
  readonly blocks_since_last_step: bigint;
  readonly tempo: number;
  readonly network_modality: number;
  readonly network_connect: readonly (readonly [number, number])[];
  readonly emission_values: bigint;
  /** registration price (rao) */
  readonly burn: bigint;
  readonly owner: AccountId;
  readonly identity: SubnetIdentityV3 | undefined;
}

export const SubnetInfoCodec = Struct({
  netuid: CompactNumber,
  rho: CompactNumber,
  kappa: CompactNumber,
  difficulty: CompactBigInt,
  immunity_period: CompactNumber,
  max_allowed_validators: CompactNumber,
  min_allowed_weights: CompactNumber,
  max_weights_limit: CompactNumber,
  scaling_law_power: CompactNumber,
  subnetwork_n: CompactNumber,
  max_allowed_uids: CompactNumber,
  blocks_since_last_step: CompactBigInt,
  tempo: CompactNumber,
  network_modality: CompactNumber,
  network_connect: Vector(Tuple(u16, u16)),
  emission_values: CompactBigInt,
  burn: CompactBigInt,
  owner: AccountIdCodec,
  identity: Option(SubnetIdentityV3Codec),
}) as unknown as Codec<SubnetInfo>;

/** The subnet's description, or `undefined` when it does not exist. */
export function getSubnetInfo(state: OverlayState, netuid: NetUid): SubnetInfo | undefined {
  if (!NetworksAdded.get(state, [netuid])) return undefined;
  const key: [NetUid] = [netuid];
  return {
    netuid,
    rho: Rho.get(state, key),
    kappa: Kappa.get(state, key),
    difficulty: 0n,
    immunity_period: ImmunityPeriod.get(state, key),
    max_allowed_validators: MaxAllowedValidators.get(state, key),
    min_allowed_weights: MinAllowedWeights.get(state, key),
    max_weights_limit: MaxWeightsLimit.get(state, key),
    scaling_law_power: 0,
    subnetwork_n: SubnetworkN.get(state, key),
    max_allowed_uids: MaxAllowedUids.get(state, key),
    blocks_since_last_step: BlocksSinceLastStep.get(state, key),
    tempo: Tempo.get(state, key),
    network_modality: 0,
    network_connect: [],
    emission_values: 0n,
    burn: Burn.get(state, key),
    owner: SubnetOwner.getOption(state, key) ?? ZERO_ACCOUNT,
    identity: SubnetIdentitiesV3.getOption(state, key),
  };
}

/** Every existing subnet, ascending by netuid (root included). */
export function getExistingNetuids(state: OverlayState): NetUid[] {
  const netuids: NetUid[] = [];
  for (const [[netuid], added] of NetworksAdded.entries(state)) if (added) netuids.push(netuid);
  return netuids.sort((a, b) => a - b);
}

export function getSubnetsInfo(state: OverlayState): SubnetInfo[] {
  return getExistingNetuids(state).flatMap((netuid) => getSubnetInfo(state, netuid) ?? []);
}
