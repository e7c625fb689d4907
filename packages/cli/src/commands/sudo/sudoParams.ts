/**
 * btcli's hyperparameter names (`tao sudo set --param tempo`) and the AdminUtils setters behind them, with
 * who may call each: `owner` (the subnet owner, within the owner rate limits, or root) or `root` (only the
 * chain's sudo key, through `Sudo.sudo`). Names are accepted as btcli spells them, with hyphens, or in
 * camelCase (`weights_rate_limit`, `weights-rate-limit`, `weightsRateLimit`). No imports: `--help` lists them.
 */

export type ParamOrigin = 'owner' | 'root';

export interface SudoParam {
  /** btcli's name */
  readonly name: string;
  /** the AdminUtils call (its arguments and their types are the SDK's ADMIN_CALLS entry) */
  readonly call: string;
  readonly origin: ParamOrigin;
  /** the range the owner may set (root may set any value): subtensor's MIN_TEMPO..MAX_TEMPO for tempo */
  readonly ownerRange?: readonly [number, number];
}

const TABLE: readonly (readonly [string, string, ParamOrigin])[] = [
  ['rho', 'sudo_set_rho', 'owner'],
  ['kappa', 'sudo_set_kappa', 'root'],
  ['immunity_period', 'sudo_set_immunity_period', 'owner'],
  ['min_allowed_weights', 'sudo_set_min_allowed_weights', 'owner'],
  ['max_weights_limit', 'sudo_set_max_weight_limit', 'owner'],
  ['tempo', 'sudo_set_tempo', 'owner'],
  ['weights_version', 'sudo_set_weights_version_key', 'owner'],
  ['weights_rate_limit', 'sudo_set_weights_set_rate_limit', 'root'],
  ['adjustment_interval', 'sudo_set_adjustment_interval', 'root'],
  ['activity_cutoff', 'sudo_set_activity_cutoff', 'owner'],
  ['target_regs_per_interval', 'sudo_set_target_registrations_per_interval', 'root'],
  ['min_burn', 'sudo_set_min_burn', 'owner'],
  ['max_burn', 'sudo_set_max_burn', 'owner'],
  ['bonds_moving_avg', 'sudo_set_bonds_moving_average', 'owner'],
  ['max_regs_per_block', 'sudo_set_max_registrations_per_block', 'root'],
  ['serving_rate_limit', 'sudo_set_serving_rate_limit', 'owner'],
  ['max_validators', 'sudo_set_max_allowed_validators', 'root'],
  ['commit_reveal_period', 'sudo_set_commit_reveal_weights_interval', 'owner'],
  ['commit_reveal_weights_enabled', 'sudo_set_commit_reveal_weights_enabled', 'owner'],
  ['alpha_values', 'sudo_set_alpha_values', 'owner'],
  ['liquid_alpha_enabled', 'sudo_set_liquid_alpha_enabled', 'owner'],
  ['registration_allowed', 'sudo_set_network_registration_allowed', 'root'],
  ['network_pow_registration_allowed', 'sudo_set_network_pow_registration_allowed', 'owner'],
  ['yuma3_enabled', 'sudo_set_yuma3_enabled', 'owner'],
  ['alpha_sigmoid_steepness', 'sudo_set_alpha_sigmoid_steepness', 'owner'],
  ['bonds_reset_enabled', 'sudo_set_bonds_reset_enabled', 'owner'],
  ['transfers_enabled', 'sudo_set_toggle_transfer', 'owner'],
  ['bonds_penalty', 'sudo_set_bonds_penalty', 'owner'],
  ['max_allowed_uids', 'sudo_set_max_allowed_uids', 'owner'],
  ['min_allowed_uids', 'sudo_set_min_allowed_uids', 'root'],
  ['immune_neuron_limit', 'sudo_set_owner_immune_neuron_limit', 'owner'],
  ['min_non_immune_uids', 'sudo_set_min_non_immune_uids', 'root'],
  ['subtoken_enabled', 'sudo_set_subtoken_enabled', 'root'],
  ['recycle_or_burn', 'sudo_set_recycle_or_burn', 'owner'],
  ['burn_half_life', 'sudo_set_burn_half_life', 'owner'],
  ['burn_increase_mult', 'sudo_set_burn_increase_mult', 'owner'],
  ['mechanism_count', 'sudo_set_mechanism_count', 'owner'],
  ['owner_cut_enabled', 'sudo_set_owner_cut_enabled', 'owner'],
  ['ema_halving_period', 'sudo_set_ema_price_halving_period', 'root'],
  ['subnet_emission_enabled', 'sudo_set_subnet_emission_enabled', 'root'],
];

/** Other spellings btcli and subtensor use for the same parameter. */
const ALIASES: Readonly<Record<string, string>> = {
  max_weight_limit: 'max_weights_limit',
  weights_version_key: 'weights_version',
  weights_set_rate_limit: 'weights_rate_limit',
  target_registrations_per_interval: 'target_regs_per_interval',
  bonds_moving_average: 'bonds_moving_avg',
  max_registrations_per_block: 'max_regs_per_block',
  max_allowed_validators: 'max_validators',
  commit_reveal_weights_interval: 'commit_reveal_period',
  network_registration_allowed: 'registration_allowed',
  toggle_transfer: 'transfers_enabled',
  owner_immune_neuron_limit: 'immune_neuron_limit',
};

const OWNER_RANGES: Readonly<Record<string, readonly [number, number]>> = { tempo: [360, 50_400] };

export const SUDO_PARAMS: readonly SudoParam[] = TABLE.map(([name, call, origin]) => {
  const range = OWNER_RANGES[name];
  return range === undefined ? { name, call, origin } : { name, call, origin, ownerRange: range };
});

/** Whether the owner may set `value` (a single numeric value outside `ownerRange` needs root). */
export function ownerMaySet(param: SudoParam, value: unknown): boolean {
  if (param.origin === 'root') return false;
  if (param.ownerRange === undefined || typeof value !== 'number') return true;
  return value >= param.ownerRange[0] && value <= param.ownerRange[1];
}

/** `weightsRateLimit`, `weights-rate-limit`, ` Weights_Rate_Limit ` -> `weights_rate_limit`. */
export function canonicalParamName(text: string): string {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[-.\s]+/g, '_');
}

export function findSudoParam(text: string): SudoParam | undefined {
  const name = canonicalParamName(text);
  const target = ALIASES[name] ?? name;
  return SUDO_PARAMS.find((p) => p.name === target);
}

/** The hyperparameter field (`getHyperparameters`) showing a param's value: camelCase of its name. */
export function hyperparameterField(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
