/**
 * The root claim's part of a hotkey swap (`KeySwapHooks`): the claimable rates (`RootClaimable`) and the
 * claimed watermarks (`RootClaimed[netuid][hotkey][coldkey]`) follow the hotkey's root stake to the new
 * hotkey, so root stakers keep exactly what they were owed. A swap that keeps the stake on the old hotkey
 * leaves them too. The new hotkey must hold no root-claim state of its own (`NewHotKeyNotCleanForRootSwap`),
 * or the two rate books would be merged and misallocate dividends.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import type { KeySwapHooks } from '../keySwaps/keySwapModules.js';
import type { OverlayState } from '../state/overlayState.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { RootClaimable, RootClaimed } from './schema.js';

/** Every (netuid, coldkey) watermark recorded under `hotkey`. */
function claimedOf(state: OverlayState, hotkey: AccountId): [NetUid, AccountId, bigint][] {
  const out: [NetUid, AccountId, bigint][] = [];
  for (const [[netuid, claimHotkey, coldkey], claimed] of RootClaimed.entries(state)) {
    if (claimHotkey === hotkey) out.push([netuid, coldkey, claimed]);
  }
  return out;
}

export function isHotkeyCleanForRoot(state: OverlayState, hotkey: AccountId): boolean {
  return RootClaimable.get(state, [hotkey]).length === 0 && claimedOf(state, hotkey).length === 0;
}

/** Move the root-claim state of `oldHotkey` to `newHotkey` when its root stake moved. */
export function moveRootClaimState(state: OverlayState, oldHotkey: AccountId, newHotkey: AccountId): void {
  const rates = RootClaimable.get(state, [oldHotkey]);
  if (rates.length > 0) {
    RootClaimable.remove(state, [oldHotkey]);
    RootClaimable.set(state, [newHotkey], rates);
  }
  for (const [netuid, coldkey, claimed] of claimedOf(state, oldHotkey)) {
    RootClaimed.remove(state, [netuid, oldHotkey, coldkey]);
    RootClaimed.set(state, [netuid, newHotkey, coldkey], claimed);
  }
}

export const rootClaimKeySwapHooks: KeySwapHooks = {
  isHotkeyCleanForRoot,
  onHotkeySwapped(ctx: DispatchContext, oldHotkey, newHotkey, netuid, keepStake) {
    if (netuid === ROOT_NETUID && !keepStake) moveRootClaimState(ctx.state, oldHotkey, newHotkey);
  },
};
