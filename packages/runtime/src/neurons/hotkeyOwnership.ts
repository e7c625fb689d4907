/**
 * Hotkey ownership (`Owner[hotkey] = coldkey`, `OwnedHotkeys[coldkey]`): a hotkey belongs to the first coldkey
 * that registers or associates it, and to no other (`NonAssociatedColdKey`).
 */
import type { AccountId } from '@taonet/primitives';
import { StakingHotkeys } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { OwnedHotkeys, Owner } from './schema.js';

/** `hotkey_account_exists`: the hotkey has an owning coldkey. */
export function hotkeyAccountExists(state: OverlayState, hotkey: AccountId): boolean {
  return Owner.contains(state, [hotkey]);
}

/** `coldkey_owns_hotkey` */
export function coldkeyOwnsHotkey(state: OverlayState, coldkey: AccountId, hotkey: AccountId): boolean {
  return Owner.getOption(state, [hotkey]) === coldkey;
}

/** `get_owning_coldkey_for_hotkey` (undefined for an unowned hotkey) */
export function getOwningColdkey(state: OverlayState, hotkey: AccountId): AccountId | undefined {
  return Owner.getOption(state, [hotkey]);
}

/**
 * `create_account_if_non_existent`: an unowned hotkey becomes the coldkey's (`Owner`, `OwnedHotkeys`,
 * `StakingHotkeys`); an owned one is left alone (the caller then checks `coldkeyOwnsHotkey`).
 */
export function createAccountIfNonExistent(state: OverlayState, coldkey: AccountId, hotkey: AccountId): void {
  if (hotkeyAccountExists(state, hotkey)) return;
  Owner.set(state, [hotkey], coldkey);
  const owned = OwnedHotkeys.get(state, [coldkey]);
  if (!owned.includes(hotkey)) OwnedHotkeys.set(state, [coldkey], [...owned, hotkey]);
  const staking = StakingHotkeys.get(state, [coldkey]);
  if (!staking.includes(hotkey)) StakingHotkeys.set(state, [coldkey], [...staking, hotkey]);
}
