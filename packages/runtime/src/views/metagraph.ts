/**
 * `subnetInfo_getMetagraph` / `subnetInfo_getAllMetagraphs` / `subnetInfo_getSelectiveMetagraph`
 * (subtensor's `rpc_info/metagraph.rs`, `Metagraph` and `SelectiveMetagraph`): a whole subnet in one
 * query, with subtensor's field names and field order: its identity, pool, hyperparameters and every
 * per-uid column (uid order, one entry per uid 0..`SubnetworkN`).
 *
 * As in subtensor: `subnet_emission` and `tao_dividends_per_hotkey` are 0 (deprecated there),
 * `alpha_stake`/`tao_stake`/`total_stake` are the inherited stake Yuma reads (child/parent delegation
 * applied), `identities` is null per uid (this chain keeps no coldkey identities), PoW fields are 0/false.
 * As this repo's DynamicInfo: `blocks_since_last_step` is the stored `BlocksSinceLastStep` counter
 * (subtensor's metagraph computes block − last_step, which differs after a skipped epoch; both terms are
 * here), `pending_root_emission` is `PendingRootAlphaDivs`. Additions after subtensor's fields (the
 * `taonet additions` block): the columns and subnet values a client needs for a complete metagraph
 * without another query (validator trust, price, TAO weight, lock, start, mechanisms, the remaining
 * hyperparameters).
 */
import { type AccountId, type I32F32, I64F64, type I96F32, type NetUid } from '@taonet/primitives';
import {
  AlphaDividendsPerSubnet,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetTaoInEmission,
} from '../coinbase/schema.js';
import {
  Consensus,
  Dividends,
  Emission,
  Incentive,
  LastUpdate,
  PruningScores,
  Rank,
  Trust,
  ValidatorTrust,
} from '../neurons/schema.js';
import type { AxonInfo } from '../serving/schema.js';
import { TaoWeight } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { Burn, MaxAllowedUids } from '../subnets/hyperparameters.js';
import {
  BlocksSinceLastStep,
  FirstEmissionBlockNumber,
  LastMechansimStepBlock,
  MechanismCountCurrent,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetIdentitiesV3,
  type SubnetIdentityV3,
  SubnetLocked,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubtokenEnabled,
  Tempo,
  TokenSymbol,
} from '../subnets/schema.js';
import { readCurrentAlphaPrice } from '../swap/readPool.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetMechanism, SubnetTAO, SubnetVolume } from '../swap/schema.js';
import { BlockNumber } from '../system/schema.js';
import { getSubnetName } from './dynamicInfo.js';
import {
  createMetagraphReader,
  type MetagraphReader,
  readSparseByHotkey,
  ZERO_ACCOUNT,
} from './metagraphReader.js';
import { getExistingNetuids } from './subnetInfo.js';

const RAO_PER_ALPHA = 1_000_000_000n;

export interface Metagraph {
  readonly netuid: number;
  /** UTF-8 bytes: the identity's name, else `root` (netuid 0) or `unknown` */
  readonly name: Uint8Array;
  /** UTF-8 bytes (`TokenSymbol`) */
  readonly symbol: Uint8Array;
  readonly identity: SubnetIdentityV3 | undefined;
  readonly network_registered_at: bigint;
  readonly owner_hotkey: AccountId;
  readonly owner_coldkey: AccountId;
  /** the number of the block whose state this is */
  readonly block: bigint;
  readonly tempo: number;
  readonly last_step: bigint;
  readonly blocks_since_last_step: bigint;
  readonly subnet_emission: bigint;
  readonly alpha_in: bigint;
  readonly alpha_out: bigint;
  readonly tao_in: bigint;
  readonly alpha_out_emission: bigint;
  readonly alpha_in_emission: bigint;
  readonly tao_in_emission: bigint;
  readonly pending_alpha_emission: bigint;
  readonly pending_root_emission: bigint;
  readonly subnet_volume: bigint;
  /** I96F32 raw bits */
  readonly moving_price: I96F32;
  readonly rho: number;
  readonly kappa: number;
  readonly min_allowed_weights: number;
  readonly max_weights_limit: number;
  readonly weights_version: bigint;
  readonly weights_rate_limit: bigint;
  readonly activity_cutoff: number;
  readonly max_validators: number;
  readonly num_uids: number;
  readonly max_uids: number;
  readonly burn: bigint;
  readonly difficulty: bigint;
  readonly registration_allowed: boolean;
  readonly pow_registration_allowed: boolean;
  readonly immunity_period: number;
  readonly min_difficulty: bigint;
  readonly max_difficulty: bigint;
  readonly min_burn: bigint;
  readonly max_burn: bigint;
  readonly adjustment_alpha: bigint;
  readonly adjustment_interval: number;
  readonly target_regs_per_interval: number;
  readonly max_regs_per_block: number;
  readonly serving_rate_limit: bigint;
  readonly commit_reveal_weights_enabled: boolean;
  readonly commit_reveal_period: bigint;
  readonly liquid_alpha_enabled: boolean;
  readonly alpha_high: number;
  readonly alpha_low: number;
  readonly bonds_moving_avg: bigint;
  readonly hotkeys: readonly AccountId[];
  readonly coldkeys: readonly AccountId[];
  /** the coldkeys' on-chain identities: none on this chain */
  readonly identities: readonly null[];
  readonly axons: readonly AxonInfo[];
  readonly active: readonly boolean[];
  readonly validator_permit: readonly boolean[];
  readonly pruning_score: readonly number[];
  readonly last_update: readonly bigint[];
  readonly emission: readonly bigint[];
  readonly dividends: readonly number[];
  readonly incentives: readonly number[];
  readonly consensus: readonly number[];
  readonly trust: readonly number[];
  readonly rank: readonly number[];
  readonly block_at_registration: readonly bigint[];
  readonly alpha_stake: readonly bigint[];
  readonly tao_stake: readonly bigint[];
  readonly total_stake: readonly bigint[];
  readonly tao_dividends_per_hotkey: readonly (readonly [AccountId, bigint])[];
  readonly alpha_dividends_per_hotkey: readonly (readonly [AccountId, bigint])[];
  // ---- taonet additions ----
  readonly validator_trust: readonly number[];
  /** the swap's current price, rao per alpha (1e9 = 1 TAO per alpha) */
  readonly price: bigint;
  /** `TaoWeight`: the weight of root TAO stake, u64 fraction of 2^64 */
  readonly tao_weight: bigint;
  readonly subnet_locked: bigint;
  /** `FirstEmissionBlockNumber`: set by start_call */
  readonly first_emission_block: bigint | undefined;
  readonly subtoken_enabled: boolean;
  /** `SubnetMechanism`: 0 = stable (root), 1 = dynamic pool */
  readonly mechanism: number;
  readonly mechanism_count: number;
  /** I32F32 raw bits */
  readonly alpha_sigmoid_steepness: I32F32;
  readonly yuma_version: number;
  readonly subnet_is_active: boolean;
  readonly transfers_enabled: boolean;
  readonly bonds_reset_enabled: boolean;
  readonly user_liquidity_enabled: boolean;
}

export type MetagraphField = keyof Metagraph;

type Readers = { readonly [K in MetagraphField]: (r: MetagraphReader) => Metagraph[K] };

const subnetName = (r: MetagraphReader): Uint8Array =>
  getSubnetName(SubnetIdentitiesV3.getOption(r.state, r.key), r.key[0]);

const perHotkey = (r: MetagraphReader, values: readonly bigint[]) =>
  r.hotkeys.map((hotkey, uid) => [hotkey, values[uid] ?? 0n] as const);

/** One reader per field, in subtensor's field order then the additions. */
const READERS: Readers = {
  netuid: (r) => r.netuid,
  name: subnetName,
  symbol: (r) => TokenSymbol.get(r.state, r.key),
  identity: (r) => SubnetIdentitiesV3.getOption(r.state, r.key),
  network_registered_at: (r) => NetworkRegisteredAt.get(r.state, r.key),
  owner_hotkey: (r) => SubnetOwnerHotkey.getOption(r.state, r.key) ?? ZERO_ACCOUNT,
  owner_coldkey: (r) => SubnetOwner.getOption(r.state, r.key) ?? ZERO_ACCOUNT,
  block: (r) => BigInt(BlockNumber.get(r.state)),
  tempo: (r) => Tempo.get(r.state, r.key),
  last_step: (r) => LastMechansimStepBlock.get(r.state, r.key),
  blocks_since_last_step: (r) => BlocksSinceLastStep.get(r.state, r.key),
  subnet_emission: () => 0n,
  alpha_in: (r) => SubnetAlphaIn.get(r.state, r.key),
  alpha_out: (r) => SubnetAlphaOut.get(r.state, r.key),
  tao_in: (r) => SubnetTAO.get(r.state, r.key),
  alpha_out_emission: (r) => SubnetAlphaOutEmission.get(r.state, r.key),
  alpha_in_emission: (r) => SubnetAlphaInEmission.get(r.state, r.key),
  tao_in_emission: (r) => SubnetTaoInEmission.get(r.state, r.key),
  pending_alpha_emission: (r) =>
    PendingServerEmission.get(r.state, r.key) + PendingValidatorEmission.get(r.state, r.key),
  pending_root_emission: (r) => PendingRootAlphaDivs.get(r.state, r.key),
  subnet_volume: (r) => SubnetVolume.get(r.state, r.key),
  moving_price: (r) => SubnetMovingPrice.get(r.state, r.key),
  rho: (r) => r.hyperparams.rho,
  kappa: (r) => r.hyperparams.kappa,
  min_allowed_weights: (r) => r.hyperparams.min_allowed_weights,
  max_weights_limit: (r) => r.hyperparams.max_weights_limit,
  weights_version: (r) => r.hyperparams.weights_version,
  weights_rate_limit: (r) => r.hyperparams.weights_rate_limit,
  activity_cutoff: (r) => r.hyperparams.activity_cutoff,
  max_validators: (r) => r.hyperparams.max_validators,
  num_uids: (r) => r.n,
  max_uids: (r) => MaxAllowedUids.get(r.state, r.key),
  burn: (r) => Burn.get(r.state, r.key),
  difficulty: (r) => r.hyperparams.difficulty,
  registration_allowed: (r) => r.hyperparams.registration_allowed,
  pow_registration_allowed: () => false,
  immunity_period: (r) => r.hyperparams.immunity_period,
  min_difficulty: (r) => r.hyperparams.min_difficulty,
  max_difficulty: (r) => r.hyperparams.max_difficulty,
  min_burn: (r) => r.hyperparams.min_burn,
  max_burn: (r) => r.hyperparams.max_burn,
  adjustment_alpha: (r) => r.hyperparams.adjustment_alpha,
  adjustment_interval: (r) => r.hyperparams.adjustment_interval,
  target_regs_per_interval: (r) => r.hyperparams.target_regs_per_interval,
  max_regs_per_block: (r) => r.hyperparams.max_regs_per_block,
  serving_rate_limit: (r) => r.hyperparams.serving_rate_limit,
  commit_reveal_weights_enabled: (r) => r.hyperparams.commit_reveal_weights_enabled,
  commit_reveal_period: (r) => r.hyperparams.commit_reveal_period,
  liquid_alpha_enabled: (r) => r.hyperparams.liquid_alpha_enabled,
  alpha_high: (r) => r.hyperparams.alpha_high,
  alpha_low: (r) => r.hyperparams.alpha_low,
  bonds_moving_avg: (r) => r.hyperparams.bonds_moving_avg,
  hotkeys: (r) => r.hotkeys,
  coldkeys: (r) => r.coldkeys,
  identities: (r) => r.hotkeys.map(() => null),
  axons: (r) => r.axons,
  active: (r) => r.active,
  validator_permit: (r) => r.validatorPermit,
  pruning_score: (r) => r.column(PruningScores.get(r.state, r.key), 0),
  last_update: (r) => r.column(LastUpdate.get(r.state, r.mechanism0), 0n),
  emission: (r) => r.column(Emission.get(r.state, r.key), 0n),
  dividends: (r) => r.column(Dividends.get(r.state, r.key), 0),
  incentives: (r) => r.column(Incentive.get(r.state, r.mechanism0), 0),
  consensus: (r) => r.column(Consensus.get(r.state, r.key), 0),
  trust: (r) => r.column(Trust.get(r.state, r.key), 0),
  rank: (r) => r.column(Rank.get(r.state, r.key), 0),
  block_at_registration: (r) => r.blockAtRegistration,
  alpha_stake: (r) => r.stakeWeights.alpha,
  tao_stake: (r) => r.stakeWeights.tao,
  total_stake: (r) => r.stakeWeights.total.map((total) => I64F64.toU64(total)),
  tao_dividends_per_hotkey: (r) => perHotkey(r, []),
  alpha_dividends_per_hotkey: (r) =>
    perHotkey(
      r,
      readSparseByHotkey(r.state, AlphaDividendsPerSubnet, r.netuid, r.hotkeys, (from, hotkey) =>
        AlphaDividendsPerSubnet.get(from, [r.netuid, hotkey]),
      ),
    ),
  validator_trust: (r) => r.column(ValidatorTrust.get(r.state, r.key), 0),
  price: (r) => ((readCurrentAlphaPrice(r.state, r.netuid) as bigint) * RAO_PER_ALPHA) >> 64n,
  tao_weight: (r) => TaoWeight.get(r.state),
  subnet_locked: (r) => SubnetLocked.get(r.state, r.key),
  first_emission_block: (r) => FirstEmissionBlockNumber.getOption(r.state, r.key),
  subtoken_enabled: (r) => SubtokenEnabled.get(r.state, r.key),
  mechanism: (r) => SubnetMechanism.get(r.state, r.key),
  mechanism_count: (r) => MechanismCountCurrent.get(r.state, r.key),
  alpha_sigmoid_steepness: (r) => r.hyperparams.alpha_sigmoid_steepness,
  yuma_version: (r) => r.hyperparams.yuma_version,
  subnet_is_active: (r) => r.hyperparams.subnet_is_active,
  transfers_enabled: (r) => r.hyperparams.transfers_enabled,
  bonds_reset_enabled: (r) => r.hyperparams.bonds_reset_enabled,
  user_liquidity_enabled: (r) => r.hyperparams.user_liquidity_enabled,
};

/** Every field of `Metagraph`, in its order (subtensor's, then the additions). */
// deterministic: an object literal's string keys keep their written order
export const METAGRAPH_FIELDS = Object.keys(READERS) as readonly MetagraphField[];

/** Reads `fields` of an existing subnet into a record (in `METAGRAPH_FIELDS` order). */
export function readMetagraphFields(
  reader: MetagraphReader,
  fields: ReadonlySet<string>,
): Partial<Record<MetagraphField, unknown>> {
  const out: Partial<Record<MetagraphField, unknown>> = {};
  for (const field of METAGRAPH_FIELDS) if (fields.has(field)) out[field] = READERS[field](reader);
  return out;
}

/** The subnet's metagraph, or `undefined` when it does not exist. */
export function getMetagraph(state: OverlayState, netuid: NetUid): Metagraph | undefined {
  if (!NetworksAdded.get(state, [netuid])) return undefined;
  return readMetagraphFields(createMetagraphReader(state, netuid), new Set(METAGRAPH_FIELDS)) as Metagraph;
}

/** Every existing subnet's metagraph, ascending by netuid (root included). */
export function getAllMetagraphs(state: OverlayState): Metagraph[] {
  return getExistingNetuids(state).flatMap((netuid) => getMetagraph(state, netuid) ?? []);
}
