/**
 * `subnetInfo_getMetagraph` and `subnetInfo_getSelectiveMetagraph` results: subtensor's `Metagraph` and
 * `SelectiveMetagraph` as JSON, with subtensor's field names and order (amounts as decimal strings,
 * accounts and byte strings as 0x hex), then taonet's additions. `METAGRAPH_FIELD_INDEXES` is the
 * numbering the selective query takes: subtensor's `SelectiveMetagraphIndex` (0-73), and the additions
 * from 1000 on, so that indexes subtensor adds later keep their meaning here.
 */
import { type TNull, type TProperties, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import { AccountIdHex, DecimalString, HashHex, HexBytes } from './primitiveSchemas.js';
import { AxonInfoSchema, SubnetIdentitySchema } from './runtimeApiSchemas.js';

const u = Type.Integer({ minimum: 0 });
const SignedDecimal = Type.String({ pattern: '^-?[0-9]+$' });
const list = <T extends TSchema>(item: T) => Type.Array(item);
const perHotkey = list(Type.Tuple([AccountIdHex, DecimalString]));

/** subtensor's `Metagraph` fields, in its order. */
const subtensorFields = {
  netuid: u,
  /** UTF-8 bytes: the identity's name, else `root` / `unknown` */
  name: HexBytes,
  /** UTF-8 bytes */
  symbol: HexBytes,
  identity: Type.Union([SubnetIdentitySchema, Type.Null()]),
  network_registered_at: DecimalString,
  owner_hotkey: AccountIdHex,
  owner_coldkey: AccountIdHex,
  /** the number of the block whose state this is */
  block: DecimalString,
  tempo: u,
  last_step: DecimalString,
  /** the stored `BlocksSinceLastStep` counter */
  blocks_since_last_step: DecimalString,
  /** deprecated in subtensor: 0 */
  subnet_emission: DecimalString,
  alpha_in: DecimalString,
  alpha_out: DecimalString,
  tao_in: DecimalString,
  alpha_out_emission: DecimalString,
  alpha_in_emission: DecimalString,
  tao_in_emission: DecimalString,
  pending_alpha_emission: DecimalString,
  pending_root_emission: DecimalString,
  subnet_volume: DecimalString,
  /** I96F32 raw bits */
  moving_price: SignedDecimal,
  rho: u,
  kappa: u,
  min_allowed_weights: u,
  max_weights_limit: u,
  weights_version: DecimalString,
  weights_rate_limit: DecimalString,
  activity_cutoff: u,
  max_validators: u,
  num_uids: u,
  max_uids: u,
  burn: DecimalString,
  difficulty: DecimalString,
  registration_allowed: Type.Boolean(),
  pow_registration_allowed: Type.Boolean(),
  immunity_period: u,
  min_difficulty: DecimalString,
  max_difficulty: DecimalString,
  min_burn: DecimalString,
  max_burn: DecimalString,
  adjustment_alpha: DecimalString,
  adjustment_interval: u,
  target_regs_per_interval: u,
  max_regs_per_block: u,
  serving_rate_limit: DecimalString,
  commit_reveal_weights_enabled: Type.Boolean(),
  commit_reveal_period: DecimalString,
  liquid_alpha_enabled: Type.Boolean(),
  alpha_high: u,
  alpha_low: u,
  bonds_moving_avg: DecimalString,
  hotkeys: list(AccountIdHex),
  coldkeys: list(AccountIdHex),
  /** coldkey identities: null per uid (this chain keeps none) */
  identities: list(Type.Null()),
  axons: list(AxonInfoSchema),
  active: list(Type.Boolean()),
  validator_permit: list(Type.Boolean()),
  pruning_score: list(u),
  last_update: list(DecimalString),
  emission: list(DecimalString),
  dividends: list(u),
  incentives: list(u),
  consensus: list(u),
  trust: list(u),
  rank: list(u),
  block_at_registration: list(DecimalString),
  /** inherited alpha (child/parent delegation applied) */
  alpha_stake: list(DecimalString),
  /** inherited root TAO */
  tao_stake: list(DecimalString),
  /** alpha + TAO × TAO weight, floored */
  total_stake: list(DecimalString),
  /** deprecated in subtensor: 0 per hotkey */
  tao_dividends_per_hotkey: perHotkey,
  alpha_dividends_per_hotkey: perHotkey,
};

/** taonet's additions: what a client needs for a complete metagraph without another query. */
const additionFields = {
  validator_trust: list(u),
  /** the swap's current price, rao per alpha (1e9 = 1 TAO per alpha) */
  price: DecimalString,
  /** `TaoWeight`: u64 fraction of 2^64 */
  tao_weight: DecimalString,
  subnet_locked: DecimalString,
  /** set by start_call, else null */
  first_emission_block: Type.Union([DecimalString, Type.Null()]),
  subtoken_enabled: Type.Boolean(),
  /** 0 = stable (root), 1 = dynamic pool */
  mechanism: u,
  mechanism_count: u,
  /** I32F32 raw bits */
  alpha_sigmoid_steepness: SignedDecimal,
  yuma_version: u,
  subnet_is_active: Type.Boolean(),
  transfers_enabled: Type.Boolean(),
  bonds_reset_enabled: Type.Boolean(),
  user_liquidity_enabled: Type.Boolean(),
};

const selectiveOnlyFields = {
  /** permitted uids above the stake threshold, ascending by stake weight */
  validators: list(u),
  /** (hotkey, bytes) per commitment: empty (no commitments pallet) */
  commitments: list(Type.Tuple([AccountIdHex, HexBytes])),
};

const metagraphFields = { ...subtensorFields, ...additionFields };

export const MetagraphSchema = Type.Object(metagraphFields);

/**
 * `subnetInfo_getMetagraph`'s result: the metagraph and `block_hash`, the hash of the block it was read
 * at (a taonet addition, not a selective field): a client asking for the best block learns from the answer
 * which block it got, without a round trip to pin one first. Optional: an older taonet node omits it.
 */
export const MetagraphAtBlockSchema = Type.Object({ ...metagraphFields, block_hash: Type.Optional(HashHex) });

type Nullable<T extends TProperties> = { [K in keyof T]: TUnion<[T[K], TNull]> };

function nullable<T extends TProperties>(props: T): Nullable<T> {
  const out: Record<string, TSchema> = {};
  // deterministic: object literal keys keep their written order
  for (const [key, schema] of Object.entries(props)) out[key] = Type.Union([schema, Type.Null()]);
  return out as Nullable<T>;
}

const { netuid, ...selectable } = { ...metagraphFields, ...selectiveOnlyFields };

/** Every field, null unless requested; `netuid` always set. */
export const SelectiveMetagraphSchema = Type.Object({ netuid, ...nullable(selectable) });

export type MetagraphFieldName = keyof typeof metagraphFields | keyof typeof selectiveOnlyFields;

const ADDITIONS_FROM = 1000;

/** The selective query's field numbering: `[index, field]`, subtensor's 0-73 then the additions. */
export const METAGRAPH_FIELD_INDEXES: readonly (readonly [number, MetagraphFieldName])[] = [
  // deterministic: object literal keys keep their written order
  ...[...Object.keys(subtensorFields), ...Object.keys(selectiveOnlyFields)].map(
    (name, index) => [index, name as MetagraphFieldName] as const,
  ),
  ...Object.keys(additionFields).map((name, i) => [ADDITIONS_FROM + i, name as MetagraphFieldName] as const),
];

const byIndex = new Map(METAGRAPH_FIELD_INDEXES);
const byName = new Map(METAGRAPH_FIELD_INDEXES.map(([index, name]) => [name, index]));

/** The field a selective index names, or undefined for an index no field has. */
export function getMetagraphFieldByIndex(index: number): MetagraphFieldName | undefined {
  return byIndex.get(index);
}

/** The selective index of a field. */
export function getMetagraphFieldIndex(name: MetagraphFieldName): number {
  return byName.get(name)!;
}
