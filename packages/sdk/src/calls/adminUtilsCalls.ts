/**
 * `AdminUtils` calls (pallet 19): the hyperparameter setters (`sudo_set_tempo`, `sudo_set_kappa`, ...), each
 * one SCALE struct of its arguments in order. Subnet setters take `netuid` first and may be signed by the
 * subnet owner (within rate limits) or sent as root through `Sudo.sudo`; the others are root only.
 * A test in packages/testing checks each entry against the runtime's declaration.
 */
import { bool, type Codec, i16, i128, Option, Struct, u8, u16, u64, u128, Vector } from 'scale-ts';
import { type Call, encodeCall } from './defineCall.js';

export type AdminArgType = 'u8' | 'u16' | 'i16' | 'u64' | 'u128' | 'i128' | 'bool' | 'Option<Vec<u16>>';

const erase = <T>(codec: Codec<T>) => codec as unknown as Codec<unknown>;

const ARG_CODECS: Readonly<Record<AdminArgType, Codec<unknown>>> = {
  u8: erase(u8),
  u16: erase(u16),
  i16: erase(i16),
  u64: erase(u64),
  u128: erase(u128),
  i128: erase(i128),
  bool: erase(bool),
  'Option<Vec<u16>>': erase(Option(Vector(u16))),
};

/** Every AdminUtils call by wire name: call index and `[argument, type]` in wire order. */
export const ADMIN_CALLS = {
  sudo_set_tx_rate_limit: { index: 2, args: [['tx_rate_limit', 'u64']] },
  sudo_set_serving_rate_limit: {
    index: 3,
    args: [
      ['netuid', 'u16'],
      ['serving_rate_limit', 'u64'],
    ],
  },
  sudo_set_weights_version_key: {
    index: 6,
    args: [
      ['netuid', 'u16'],
      ['weights_version_key', 'u64'],
    ],
  },
  sudo_set_weights_set_rate_limit: {
    index: 7,
    args: [
      ['netuid', 'u16'],
      ['weights_set_rate_limit', 'u64'],
    ],
  },
  sudo_set_adjustment_interval: {
    index: 8,
    args: [
      ['netuid', 'u16'],
      ['adjustment_interval', 'u16'],
    ],
  },
  sudo_set_max_weight_limit: {
    index: 12,
    args: [
      ['netuid', 'u16'],
      ['max_weight_limit', 'u16'],
    ],
  },
  sudo_set_immunity_period: {
    index: 13,
    args: [
      ['netuid', 'u16'],
      ['immunity_period', 'u16'],
    ],
  },
  sudo_set_min_allowed_weights: {
    index: 14,
    args: [
      ['netuid', 'u16'],
      ['min_allowed_weights', 'u16'],
    ],
  },
  sudo_set_max_allowed_uids: {
    index: 15,
    args: [
      ['netuid', 'u16'],
      ['max_allowed_uids', 'u16'],
    ],
  },
  sudo_set_kappa: {
    index: 16,
    args: [
      ['netuid', 'u16'],
      ['kappa', 'u16'],
    ],
  },
  sudo_set_rho: {
    index: 17,
    args: [
      ['netuid', 'u16'],
      ['rho', 'u16'],
    ],
  },
  sudo_set_activity_cutoff: {
    index: 18,
    args: [
      ['netuid', 'u16'],
      ['activity_cutoff', 'u16'],
    ],
  },
  sudo_set_network_registration_allowed: {
    index: 19,
    args: [
      ['netuid', 'u16'],
      ['registration_allowed', 'bool'],
    ],
  },
  sudo_set_network_pow_registration_allowed: {
    index: 20,
    args: [
      ['netuid', 'u16'],
      ['registration_allowed', 'bool'],
    ],
  },
  sudo_set_target_registrations_per_interval: {
    index: 21,
    args: [
      ['netuid', 'u16'],
      ['target_registrations_per_interval', 'u16'],
    ],
  },
  sudo_set_min_burn: {
    index: 22,
    args: [
      ['netuid', 'u16'],
      ['min_burn', 'u64'],
    ],
  },
  sudo_set_max_burn: {
    index: 23,
    args: [
      ['netuid', 'u16'],
      ['max_burn', 'u64'],
    ],
  },
  sudo_set_max_allowed_validators: {
    index: 25,
    args: [
      ['netuid', 'u16'],
      ['max_allowed_validators', 'u16'],
    ],
  },
  sudo_set_bonds_moving_average: {
    index: 26,
    args: [
      ['netuid', 'u16'],
      ['bonds_moving_average', 'u64'],
    ],
  },
  sudo_set_max_registrations_per_block: {
    index: 27,
    args: [
      ['netuid', 'u16'],
      ['max_registrations_per_block', 'u16'],
    ],
  },
  sudo_set_subnet_owner_cut: { index: 28, args: [['subnet_owner_cut', 'u16']] },
  sudo_set_network_rate_limit: { index: 29, args: [['rate_limit', 'u64']] },
  sudo_set_tempo: {
    index: 30,
    args: [
      ['netuid', 'u16'],
      ['tempo', 'u16'],
    ],
  },
  sudo_set_total_issuance: { index: 33, args: [['total_issuance', 'u64']] },
  sudo_set_network_immunity_period: { index: 35, args: [['immunity_period', 'u64']] },
  sudo_set_network_min_lock_cost: { index: 36, args: [['lock_cost', 'u64']] },
  sudo_set_subnet_limit: { index: 37, args: [['max_subnets', 'u16']] },
  sudo_set_lock_reduction_interval: { index: 38, args: [['interval', 'u64']] },
  sudo_set_stake_threshold: { index: 42, args: [['min_stake', 'u64']] },
  sudo_set_nominator_min_required_stake: { index: 43, args: [['min_stake', 'u64']] },
  sudo_set_commit_reveal_weights_enabled: {
    index: 49,
    args: [
      ['netuid', 'u16'],
      ['enabled', 'bool'],
    ],
  },
  sudo_set_liquid_alpha_enabled: {
    index: 50,
    args: [
      ['netuid', 'u16'],
      ['enabled', 'bool'],
    ],
  },
  sudo_set_alpha_values: {
    index: 51,
    args: [
      ['netuid', 'u16'],
      ['alpha_low', 'u16'],
      ['alpha_high', 'u16'],
    ],
  },
  sudo_set_commit_reveal_weights_interval: {
    index: 57,
    args: [
      ['netuid', 'u16'],
      ['interval', 'u64'],
    ],
  },
  sudo_set_bonds_penalty: {
    index: 60,
    args: [
      ['netuid', 'u16'],
      ['bonds_penalty', 'u16'],
    ],
  },
  sudo_set_toggle_transfer: {
    index: 61,
    args: [
      ['netuid', 'u16'],
      ['toggle', 'bool'],
    ],
  },
  /** `alpha` is the I96F32 bits of the moving price's base EMA factor */
  sudo_set_subnet_moving_alpha: { index: 63, args: [['alpha', 'i128']] },
  sudo_set_ema_price_halving_period: {
    index: 65,
    args: [
      ['netuid', 'u16'],
      ['ema_halving', 'u64'],
    ],
  },
  sudo_set_subtoken_enabled: {
    index: 66,
    args: [
      ['netuid', 'u16'],
      ['subtoken_enabled', 'bool'],
    ],
  },
  sudo_set_alpha_sigmoid_steepness: {
    index: 68,
    args: [
      ['netuid', 'u16'],
      ['steepness', 'i16'],
    ],
  },
  sudo_set_yuma3_enabled: {
    index: 69,
    args: [
      ['netuid', 'u16'],
      ['enabled', 'bool'],
    ],
  },
  sudo_set_bonds_reset_enabled: {
    index: 70,
    args: [
      ['netuid', 'u16'],
      ['enabled', 'bool'],
    ],
  },
  sudo_set_owner_immune_neuron_limit: {
    index: 72,
    args: [
      ['netuid', 'u16'],
      ['immune_neurons', 'u16'],
    ],
  },
  sudo_set_ck_burn: { index: 73, args: [['burn', 'u64']] },
  sudo_set_admin_freeze_window: { index: 74, args: [['window', 'u16']] },
  sudo_set_owner_hparam_rate_limit: { index: 75, args: [['epochs', 'u16']] },
  sudo_set_mechanism_count: {
    index: 76,
    args: [
      ['netuid', 'u16'],
      ['mechanism_count', 'u8'],
    ],
  },
  sudo_set_mechanism_emission_split: {
    index: 77,
    args: [
      ['netuid', 'u16'],
      ['maybe_split', 'Option<Vec<u16>>'],
    ],
  },
  sudo_set_min_allowed_uids: {
    index: 79,
    args: [
      ['netuid', 'u16'],
      ['min_allowed_uids', 'u16'],
    ],
  },
  sudo_set_min_non_immune_uids: {
    index: 84,
    args: [
      ['netuid', 'u16'],
      ['min', 'u16'],
    ],
  },
  /** `recycle_or_burn`: 0 = Burn, 1 = Recycle */
  sudo_set_recycle_or_burn: {
    index: 80,
    args: [
      ['netuid', 'u16'],
      ['recycle_or_burn', 'u8'],
    ],
  },
  sudo_set_start_call_delay: { index: 85, args: [['delay', 'u64']] },
  sudo_set_max_mechanism_count: { index: 88, args: [['max_mechanism_count', 'u8']] },
  sudo_set_burn_half_life: {
    index: 89,
    args: [
      ['netuid', 'u16'],
      ['burn_half_life', 'u16'],
    ],
  },
  sudo_set_burn_increase_mult: {
    index: 90,
    args: [
      ['netuid', 'u16'],
      ['burn_increase_mult', 'u128'],
    ],
  },
  sudo_set_owner_cut_enabled: {
    index: 92,
    args: [
      ['netuid', 'u16'],
      ['enabled', 'bool'],
    ],
  },
  sudo_set_subnet_emission_enabled: {
    index: 94,
    args: [
      ['netuid', 'u16'],
      ['enabled', 'bool'],
    ],
  },
  sudo_set_max_epochs_per_block: { index: 96, args: [['max_epochs_per_block', 'u8']] },
} as const satisfies Record<string, { index: number; args: readonly (readonly [string, AdminArgType])[] }>;

export type AdminCallName = keyof typeof ADMIN_CALLS;

type ValueOf<T extends AdminArgType> = T extends 'u64' | 'u128' | 'i128'
  ? bigint
  : T extends 'bool'
    ? boolean
    : T extends 'Option<Vec<u16>>'
      ? number[] | undefined
      : number;

type ArgsOf<L extends readonly (readonly [string, AdminArgType])[]> = {
  readonly [E in L[number] as E[0]]: ValueOf<E[1]>;
};

/** The arguments of an admin call: `{ netuid: 1, tempo: 100 }` for `sudo_set_tempo`. */
export type AdminCallArgs<N extends AdminCallName> = ArgsOf<(typeof ADMIN_CALLS)[N]['args']>;

const codecs = new Map<string, Codec<Record<string, unknown>>>();

function argsCodec(name: AdminCallName): Codec<Record<string, unknown>> {
  let codec = codecs.get(name);
  if (codec === undefined) {
    const fields = Object.fromEntries(ADMIN_CALLS[name].args.map(([arg, type]) => [arg, ARG_CODECS[type]]));
    codec = Struct(fields as never) as unknown as Codec<Record<string, unknown>>;
    codecs.set(name, codec);
  }
  return codec;
}

export function isAdminCallName(name: string): name is AdminCallName {
  return Object.hasOwn(ADMIN_CALLS, name);
}

/** The encoded admin call; wrap it in `sudo` for root, or sign it as the subnet owner. */
export function encodeAdminCall<N extends AdminCallName>(
  name: N,
  args: AdminCallArgs<N>,
): Call<AdminCallArgs<N>> {
  const def = { pallet: 'AdminUtils', name, index: ADMIN_CALLS[name].index, args: argsCodec(name) } as const;
  return encodeCall(def, args as unknown as Record<string, unknown>) as unknown as Call<AdminCallArgs<N>>;
}
