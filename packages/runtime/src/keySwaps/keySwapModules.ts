/**
 * What the key swaps need from other modules, injected at composition: hooks through which modules that
 * keep their own hotkey- or coldkey-keyed state (the root claim's `RootClaimable` / `RootClaimed`, auto-stake
 * destinations, identities, locks) move it with the key, and the root claim's view of whether a new hotkey
 * is clean for a swap that touches root.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import type { OverlayState } from '../state/overlayState.js';

export interface KeySwapHooks {
  /** after the hotkey's state on `netuid` moved (stake too unless `keepStake`) */
  onHotkeySwapped?(
    ctx: DispatchContext,
    oldHotkey: AccountId,
    newHotkey: AccountId,
    netuid: NetUid,
    keepStake: boolean,
  ): void;
  /** after the coldkey's stake, hotkeys, subnets and balance moved */
  onColdkeySwapped?(ctx: DispatchContext, oldColdkey: AccountId, newColdkey: AccountId): void;
  /** no root claim state (claimable rate, claimed watermarks) under this hotkey */
  isHotkeyCleanForRoot?(state: OverlayState, hotkey: AccountId): boolean;
}

export interface KeySwapModules {
  readonly hooks?: KeySwapHooks;
}
