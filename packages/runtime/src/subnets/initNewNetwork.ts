/**
 * Creating a subnet's storage: `init_new_network` (the defaults every new subnet gets, written explicitly)
 * and root's creation (`migrate_create_root_network`, economics.md §5.3), which genesis calls.
 */
import type { NetUid } from '@taonet/primitives';
import { SubnetworkN } from '../neurons/schema.js';
import { DEFAULT_NEURON_BURN_COST } from '../registration/math/registrationPrice.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  ActivityCutoff,
  Burn,
  CommitRevealWeightsEnabled,
  ImmunityPeriod,
  Kappa,
  MaxAllowedUids,
  MaxAllowedValidators,
  MaxWeightsLimit,
  MinAllowedWeights,
  NetworkRegistrationAllowed,
  RegistrationsThisInterval,
  RevealPeriodEpochs,
  TargetRegistrationsPerInterval,
  Yuma3On,
} from './hyperparameters.js';
import {
  LastEpochBlock,
  NetworksAdded,
  SubnetEmissionEnabled,
  SubtokenEnabled,
  Tempo,
  TokenSymbol,
  TotalNetworks,
} from './schema.js';
import { ROOT_NETUID } from './subnetRegistry.js';
import { DEFAULT_SYMBOL } from './tokenSymbols.js';

/** `DefaultTempo`: the tempo of a newly registered subnet. */
export const DEFAULT_TEMPO = 360;
/** `init_new_network` values (economics.md §7: new subnets differ from the genesis defaults). */
export const NEW_SUBNET_MAX_ALLOWED_UIDS = 256;
export const NEW_SUBNET_MAX_ALLOWED_VALIDATORS = 64;
export const NEW_SUBNET_IMMUNITY_PERIOD = 5_000;
/** Root: `MaxAllowedUids` and `MaxAllowedValidators` 64, `Tempo` 100. */
export const ROOT_MAX_ALLOWED_UIDS = 64;
export const ROOT_TEMPO = 100;

/** Write a default value explicitly when the key is absent (`if !X::contains_key { X::insert(X::get) }`). */
function makeExplicit<V>(
  state: OverlayState,
  item: {
    contains(s: OverlayState, k: [NetUid]): boolean;
    get(s: OverlayState, k: [NetUid]): V;
    set(s: OverlayState, k: [NetUid], v: V): void;
  },
  netuid: NetUid,
): void {
  if (!item.contains(state, [netuid])) item.set(state, [netuid], item.get(state, [netuid]));
}

/**
 * `init_new_network(netuid, tempo)`: the subnet exists with no neurons, its epoch staggered by
 * `netuid mod tempo` blocks, and the new-subnet defaults (256 uids, 64 validators, immunity 5000, Yuma 3,
 * commit-reveal on, registration open at a burn of 1 TAO).
 */
export function initNewNetwork(state: OverlayState, netuid: NetUid, tempo: number, block: bigint): void {
  SubnetworkN.set(state, [netuid], 0);
  NetworksAdded.set(state, [netuid], true);
  Tempo.set(state, [netuid], tempo);
  const stagger = BigInt(netuid % Math.max(tempo, 1));
  LastEpochBlock.set(state, [netuid], block > stagger ? block - stagger : 0n);
  TotalNetworks.mutate(state, (n) => n + 1);
  NetworkRegistrationAllowed.set(state, [netuid], true);
  MaxAllowedUids.set(state, [netuid], NEW_SUBNET_MAX_ALLOWED_UIDS);
  MaxAllowedValidators.set(state, [netuid], NEW_SUBNET_MAX_ALLOWED_VALIDATORS);
  MinAllowedWeights.set(state, [netuid], 1);
  ImmunityPeriod.set(state, [netuid], NEW_SUBNET_IMMUNITY_PERIOD);
  Yuma3On.set(state, [netuid], true);
  CommitRevealWeightsEnabled.set(state, [netuid], true);
  Burn.set(state, [netuid], DEFAULT_NEURON_BURN_COST);
  SubnetEmissionEnabled.set(state, [netuid], true);
  for (const item of [Kappa, ActivityCutoff, RegistrationsThisInterval]) makeExplicit(state, item, netuid);
  makeExplicit(state, RevealPeriodEpochs, netuid);
}

/**
 * The root network (netuid 0, `migrate_create_root_network`): 64 uids and validators, tempo 100, no weight
 * restrictions, open registration with a target of 1 per interval, the stable mechanism (0, the default),
 * the `Τ` symbol and staking enabled. Does nothing if root exists.
 */
export function createRootNetwork(ctx: { readonly state: OverlayState }): void {
  const { state } = ctx;
  if (NetworksAdded.get(state, [ROOT_NETUID])) return;
  NetworksAdded.set(state, [ROOT_NETUID], true);
  TotalNetworks.mutate(state, (n) => n + 1);
  SubnetworkN.set(state, [ROOT_NETUID], 0);
  MaxAllowedUids.set(state, [ROOT_NETUID], ROOT_MAX_ALLOWED_UIDS);
  MaxAllowedValidators.set(state, [ROOT_NETUID], ROOT_MAX_ALLOWED_UIDS);
  MinAllowedWeights.set(state, [ROOT_NETUID], 0);
  MaxWeightsLimit.set(state, [ROOT_NETUID], 65_535);
  Tempo.set(state, [ROOT_NETUID], ROOT_TEMPO);
  NetworkRegistrationAllowed.set(state, [ROOT_NETUID], true);
  TargetRegistrationsPerInterval.set(state, [ROOT_NETUID], 1);
  TokenSymbol.set(state, [ROOT_NETUID], DEFAULT_SYMBOL);
  SubtokenEnabled.set(state, [ROOT_NETUID], true);
}
