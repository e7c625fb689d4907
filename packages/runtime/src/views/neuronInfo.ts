/**
 * `neuronInfo_getNeuronsLite` / `neuronInfo_getNeuronLite` / `neuronInfo_getNeuron(s)` (subtensor's
 * `rpc_info/neuron_info.rs`): one row of the metagraph per uid. Fields and SCALE layout as in subtensor;
 * per-mechanism columns (incentive, last update, weights, bonds) are those of mechanism 0, and `stake` is
 * `[(owner coldkey, alpha staked to the hotkey on the subnet)]`.
 */
import { type AccountId, AccountIdCodec, type NetUid } from '@taonet/primitives';
import { bool, type Codec, Struct, Tuple, Vector } from 'scale-ts';
import {
  Active,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  Keys,
  LastUpdate,
  Owner,
  PruningScores,
  Rank,
  SubnetworkN,
  Trust,
  ValidatorPermit,
  ValidatorTrust,
} from '../neurons/schema.js';
import { type AxonInfo, AxonInfoCodec, type PrometheusInfo, PrometheusInfoCodec } from '../serving/schema.js';
import { getAxonInfo, getPrometheusInfo } from '../serving/views.js';
import { TotalHotkeyAlpha } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds, Weights } from '../weights/schema.js';
import { CompactBigInt, CompactNumber } from './compactCodecs.js';

const ZERO_ACCOUNT = `0x${'00'.repeat(32)}` as AccountId;

export interface NeuronInfoLite {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly uid: number;
  readonly netuid: number;
  readonly active: boolean;
  readonly axon_info: AxonInfo;
  readonly prometheus_info: PrometheusInfo;
  /** (coldkey, alpha rao) */
  readonly stake: readonly (readonly [AccountId, bigint])[];
  readonly rank: number;
  /** last epoch emission (alpha rao) */
  readonly emission: bigint;
  readonly incentive: number;
  readonly consensus: number;
  readonly trust: number;
  readonly validator_trust: number;
  readonly dividends: number;
  readonly last_update: bigint;
  readonly validator_permit: boolean;
  readonly pruning_score: number;
}

export interface NeuronInfo extends NeuronInfoLite {
  /** (uid, u16 weight) */
  readonly weights: readonly (readonly [number, number])[];
  /** (uid, u16 bond) */
  readonly bonds: readonly (readonly [number, number])[];
}

const StakeCodec = Vector(Tuple(AccountIdCodec, CompactBigInt));
const PairsCodec = Vector(Tuple(CompactNumber, CompactNumber));

const liteFields = {
  hotkey: AccountIdCodec,
  coldkey: AccountIdCodec,
  uid: CompactNumber,
  netuid: CompactNumber,
  active: bool,
  axon_info: AxonInfoCodec,
  prometheus_info: PrometheusInfoCodec,
  stake: StakeCodec,
  rank: CompactNumber,
  emission: CompactBigInt,
  incentive: CompactNumber,
  consensus: CompactNumber,
  trust: CompactNumber,
  validator_trust: CompactNumber,
  dividends: CompactNumber,
  last_update: CompactBigInt,
  validator_permit: bool,
};

export const NeuronInfoLiteCodec = Struct({
  ...liteFields,
  pruning_score: CompactNumber,
}) as unknown as Codec<NeuronInfoLite>;

export const NeuronInfoCodec = Struct({
  ...liteFields,
  weights: PairsCodec,
  bonds: PairsCodec,
  pruning_score: CompactNumber,
}) as unknown as Codec<NeuronInfo>;

/** The lite row of `uid`, or `undefined` when the uid is not in use. */
export function getNeuronLite(state: OverlayState, netuid: NetUid, uid: number): NeuronInfoLite | undefined {
  const hotkey = Keys.getOption(state, [netuid, uid]);
  if (hotkey === undefined) return undefined;
  const key: [NetUid] = [netuid];
  const mechanism0: [number] = [storageIndexOf(netuid, 0)];
  const coldkey = Owner.getOption(state, [hotkey]) ?? ZERO_ACCOUNT;
  return {
    hotkey,
    coldkey,
    uid,
    netuid,
    active: Active.get(state, key)[uid] ?? false,
    axon_info: getAxonInfo(state, netuid, hotkey),
    prometheus_info: getPrometheusInfo(state, netuid, hotkey),
    stake: [[coldkey, TotalHotkeyAlpha.get(state, [hotkey, netuid])]],
    rank: Rank.get(state, key)[uid] ?? 0,
    emission: Emission.get(state, key)[uid] ?? 0n,
    incentive: Incentive.get(state, mechanism0)[uid] ?? 0,
    consensus: Consensus.get(state, key)[uid] ?? 0,
    trust: Trust.get(state, key)[uid] ?? 0,
    validator_trust: ValidatorTrust.get(state, key)[uid] ?? 0,
    dividends: Dividends.get(state, key)[uid] ?? 0,
    last_update: LastUpdate.get(state, mechanism0)[uid] ?? 0n,
    validator_permit: ValidatorPermit.get(state, key)[uid] ?? false,
    pruning_score: PruningScores.get(state, key)[uid] ?? 0,
  };
}

/** The full row of `uid` (with its weights and bonds), or `undefined` when the uid is not in use. */
export function getNeuron(state: OverlayState, netuid: NetUid, uid: number): NeuronInfo | undefined {
  const lite = getNeuronLite(state, netuid, uid);
  if (lite === undefined) return undefined;
  const index = storageIndexOf(netuid, 0);
  return { ...lite, weights: Weights.get(state, [index, uid]), bonds: Bonds.get(state, [index, uid]) };
}

function rows<T>(state: OverlayState, netuid: NetUid, read: (uid: number) => T | undefined): T[] {
  const n = SubnetworkN.get(state, [netuid]);
  return Array.from({ length: n }, (_, uid) => read(uid)).filter((row): row is T => row !== undefined);
}

/** Every uid of the subnet in uid order (empty when the subnet does not exist). */
export function getNeuronsLite(state: OverlayState, netuid: NetUid): NeuronInfoLite[] {
  return rows(state, netuid, (uid) => getNeuronLite(state, netuid, uid));
}

export function getNeurons(state: OverlayState, netuid: NetUid): NeuronInfo[] {
  return rows(state, netuid, (uid) => getNeuron(state, netuid, uid));
}
