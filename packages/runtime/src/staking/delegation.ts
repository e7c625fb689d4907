/**
 * Delegation (economics.md §4.2): a hotkey becomes a delegate (`Delegates` gets an entry, the default take
 * 18% unless one was set) when someone other than its owner stakes to it; take changes need the owning
 * coldkey (`do_take_checks`) and are rate limited per hotkey through `LastRateLimitedBlock`.
 */
import type { AccountId } from '@taonet/primitives';
import { LastRateLimitedBlock } from '../admin/adminStorage.js';
import { ensure } from '../dispatch/dispatchError.js';
import { coldkeyOwnsHotkey, hotkeyAccountExists } from '../neurons/hotkeyOwnership.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { Delegates } from './schema.js';
import { TxDelegateTakeRateLimit } from './stakingCallsStorage.js';

/** `maybe_become_delegate` */
export function maybeBecomeDelegate(state: OverlayState, hotkey: AccountId): void {
  if (!Delegates.contains(state, [hotkey])) Delegates.set(state, [hotkey], Delegates.get(state, [hotkey]));
}

/** `do_take_checks`: the hotkey exists and the coldkey owns it. */
export function ensureTakeChecks(state: OverlayState, coldkey: AccountId, hotkey: AccountId): void {
  ensure(hotkeyAccountExists(state, hotkey), SubtensorErrors.HotKeyAccountNotExists);
  ensure(coldkeyOwnsHotkey(state, coldkey, hotkey), SubtensorErrors.NonAssociatedColdKey);
}

const delegateTakeKey = (hotkey: AccountId) => ({ tag: 'LastTxBlockDelegateTake' as const, value: hotkey });

export function getLastDelegateTakeBlock(state: OverlayState, hotkey: AccountId): bigint {
  return LastRateLimitedBlock.get(state, [delegateTakeKey(hotkey)]);
}

export function setLastDelegateTakeBlock(state: OverlayState, hotkey: AccountId, block: bigint): void {
  LastRateLimitedBlock.set(state, [delegateTakeKey(hotkey)], block);
}

/** `exceeds_tx_delegate_take_rate_limit`: within `TxDelegateTakeRateLimit` blocks of the last change. */
export function exceedsDelegateTakeRateLimit(state: OverlayState, hotkey: AccountId, block: bigint): boolean {
  const limit = TxDelegateTakeRateLimit.get(state);
  const last = getLastDelegateTakeBlock(state, hotkey);
  if (limit === 0n || last === 0n) return false;
  return block - last <= limit;
}
