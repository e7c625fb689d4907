/**
 * Results of the runtime-API queries (subtensor's `neuronInfo_*`, `subnetInfo_*`, `swap_*`, ...): the
 * runtime's structures with subtensor's field names, as JSON: u64/u128 amounts as decimal strings,
 * accounts and byte strings as 0x hex, a missing value as null. (subtensor's own RPC returns their SCALE
 * bytes; JSON lets clients read them without the runtime's codecs.)
 */
import { Type } from '@sinclair/typebox';
import { AccountIdHex, DecimalString, HexBytes } from './primitiveSchemas.js';

const u = Type.Integer({ minimum: 0 });
const SignedDecimal = Type.String({ pattern: '^-?[0-9]+$' });
const Pairs = Type.Array(Type.Tuple([u, u]));

export const AxonInfoSchema = Type.Object({
  block: DecimalString,
  version: u,
  ip: DecimalString,
  port: u,
  ip_type: u,
  protocol: u,
  placeholder1: u,
  placeholder2: u,
});

export const PrometheusInfoSchema = Type.Object({
  block: DecimalString,
  version: u,
  ip: DecimalString,
  port: u,
  ip_type: u,
});

const neuronLiteFields = {
  hotkey: AccountIdHex,
  coldkey: AccountIdHex,
  uid: u,
  netuid: u,
  active: Type.Boolean(),
  axon_info: AxonInfoSchema,
  prometheus_info: PrometheusInfoSchema,
  /** (coldkey, alpha staked to the hotkey on the subnet) */
  stake: Type.Array(Type.Tuple([AccountIdHex, DecimalString])),
  rank: u,
  emission: DecimalString,
  incentive: u,
  consensus: u,
  trust: u,
  validator_trust: u,
  dividends: u,
  last_update: DecimalString,
  validator_permit: Type.Boolean(),
  pruning_score: u,
};

export const NeuronInfoLiteSchema = Type.Object(neuronLiteFields);
export const NeuronInfoSchema = Type.Object({ ...neuronLiteFields, weights: Pairs, bonds: Pairs });

export const SubnetIdentitySchema = Type.Object({
  subnet_name: HexBytes,
  github_repo: HexBytes,
  subnet_contact: HexBytes,
  subnet_url: HexBytes,
  discord: HexBytes,
  description: HexBytes,
  logo_url: HexBytes,
  additional: HexBytes,
});

export const SubnetInfoSchema = Type.Object({
  netuid: u,
  rho: u,
  kappa: u,
  difficulty: DecimalString,
  immunity_period: u,
  max_allowed_validators: u,
  min_allowed_weights: u,
  max_weights_limit: u,
  scaling_law_power: u,
  subnetwork_n: u,
  max_allowed_uids: u,
  blocks_since_last_step: DecimalString,
  tempo: u,
  network_modality: u,
  network_connect: Pairs,
  emission_values: DecimalString,
  burn: DecimalString,
  owner: AccountIdHex,
  identity: Type.Union([SubnetIdentitySchema, Type.Null()]),
});

export const SubnetHyperparamsSchema = Type.Object({
  rho: u,
  kappa: u,
  immunity_period: u,
  min_allowed_weights: u,
  max_weights_limit: u,
  tempo: u,
  min_difficulty: DecimalString,
  max_difficulty: DecimalString,
  weights_version: DecimalString,
  weights_rate_limit: DecimalString,
  adjustment_interval: u,
  activity_cutoff: u,
  registration_allowed: Type.Boolean(),
  target_regs_per_interval: u,
  min_burn: DecimalString,
  max_burn: DecimalString,
  bonds_moving_avg: DecimalString,
  max_regs_per_block: u,
  serving_rate_limit: DecimalString,
  max_validators: u,
  adjustment_alpha: DecimalString,
  difficulty: DecimalString,
  commit_reveal_period: DecimalString,
  commit_reveal_weights_enabled: Type.Boolean(),
  alpha_high: u,
  alpha_low: u,
  liquid_alpha_enabled: Type.Boolean(),
  /** I32F32 raw bits */
  alpha_sigmoid_steepness: SignedDecimal,
  yuma_version: u,
  subnet_is_active: Type.Boolean(),
  transfers_enabled: Type.Boolean(),
  bonds_reset_enabled: Type.Boolean(),
  user_liquidity_enabled: Type.Boolean(),
});

/** subtensor's `SimSwapResult` without the slippage fields. */
export const SimSwapResultSchema = Type.Object({
  tao_amount: DecimalString,
  alpha_amount: DecimalString,
  tao_fee: DecimalString,
  alpha_fee: DecimalString,
});

/** subtensor's `DynamicInfo` plus `price` (the swap's current price, rao per alpha). */
export const DynamicInfoSchema = Type.Object({
  netuid: u,
  owner_hotkey: AccountIdHex,
  owner_coldkey: AccountIdHex,
  /** UTF-8 bytes */
  subnet_name: HexBytes,
  /** UTF-8 bytes */
  token_symbol: HexBytes,
  tempo: u,
  last_step: DecimalString,
  blocks_since_last_step: DecimalString,
  emission: DecimalString,
  alpha_in: DecimalString,
  alpha_out: DecimalString,
  tao_in: DecimalString,
  alpha_out_emission: DecimalString,
  alpha_in_emission: DecimalString,
  tao_in_emission: DecimalString,
  pending_alpha_emission: DecimalString,
  pending_root_emission: DecimalString,
  subnet_volume: DecimalString,
  network_registered_at: DecimalString,
  subnet_identity: Type.Union([SubnetIdentitySchema, Type.Null()]),
  /** I96F32 raw bits */
  moving_price: SignedDecimal,
  /** rao per alpha (1e9 = 1 TAO per alpha) */
  price: DecimalString,
});

/** subtensor's `StakeInfo`: one (hotkey, subnet) position of a coldkey. */
export const StakeInfoSchema = Type.Object({
  hotkey: AccountIdHex,
  coldkey: AccountIdHex,
  netuid: u,
  /** alpha (rao) */
  stake: DecimalString,
  locked: DecimalString,
  emission: DecimalString,
  tao_emission: DecimalString,
  drain: DecimalString,
  is_registered: Type.Boolean(),
});

/** subtensor's `DelegateInfo`. */
export const DelegateInfoSchema = Type.Object({
  delegate_ss58: AccountIdHex,
  /** u16 fraction of 65535 */
  take: u,
  /** (nominator coldkey, [(netuid, alpha rao)]) */
  nominators: Type.Array(Type.Tuple([AccountIdHex, Type.Array(Type.Tuple([u, DecimalString]))])),
  owner_ss58: AccountIdHex,
  registrations: Type.Array(u),
  validator_permits: Type.Array(u),
  return_per_1000: DecimalString,
  total_daily_return: DecimalString,
});
