/**
 * Reads of a subnet's neuron table (`subnets/uids.rs`): uid <-> hotkey, membership, immunity.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { ImmunityPeriod } from '../subnets/hyperparameters.js';
import { BlockAtRegistration, IsNetworkMember, Keys, Uids } from './schema.js';

/** `get_hotkey_for_net_and_uid` (undefined for a free uid) */
export function getHotkeyForUid(state: OverlayState, netuid: NetUid, uid: number): AccountId | undefined {
  return Keys.getOption(state, [netuid, uid]);
}

/** `get_uid_for_net_and_hotkey` (undefined when the hotkey holds no uid there) */
export function getUidForHotkey(state: OverlayState, netuid: NetUid, hotkey: AccountId): number | undefined {
  return Uids.getOption(state, [netuid, hotkey]);
}

/** `is_hotkey_registered_on_network` */
export function isHotkeyRegisteredOnNetwork(state: OverlayState, netuid: NetUid, hotkey: AccountId): boolean {
  return Uids.contains(state, [netuid, hotkey]);
}

/** `is_hotkey_registered_on_any_network` */
export function isHotkeyRegisteredOnAnyNetwork(state: OverlayState, hotkey: AccountId): boolean {
  for (const [, member] of IsNetworkMember.entries(state, [hotkey])) if (member) return true;
  return false;
}

/** `get_neuron_is_immune`: registered fewer than `ImmunityPeriod` blocks ago. */
export function isNeuronImmune(state: OverlayState, netuid: NetUid, uid: number, block: bigint): boolean {
  const registeredAt = BlockAtRegistration.get(state, [netuid, uid]);
  const age = block > registeredAt ? block - registeredAt : 0n;
  return age < BigInt(ImmunityPeriod.get(state, [netuid]));
}
