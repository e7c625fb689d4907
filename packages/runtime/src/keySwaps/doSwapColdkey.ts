/**
 * `do_swap_coldkey(old, new)` (economics.md §6.2): the new coldkey must not stake anywhere
 * (`ColdKeyAlreadyAssociated`) nor be a hotkey (`NewColdKeyIsHotkey`). Then subnet ownership, every stake
 * position (the shares join the new coldkey's in the same pool, so values are exact), the staking and owned
 * hotkeys, whatever the injected hooks keep, and the whole free balance (the old account is reaped) move to
 * the new coldkey, whose hotkey-swap rate limit starts now. Event `ColdkeySwapped { old_coldkey,
 * new_coldkey }`.
 */
import { type AccountId, safeFloatAdd } from '@taonet/primitives';
import { getFreeBalance, transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { hotkeyAccountExists } from '../neurons/hotkeyOwnership.js';
import { OwnedHotkeys, Owner } from '../neurons/schema.js';
import { AlphaV2, StakingHotkeys } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubnetOwner } from '../subnets/schema.js';
import { getAllSubnetNetuids } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { setLastTxBlock } from './doSwapHotkey.js';
import type { KeySwapModules } from './keySwapModules.js';

function transferStake(state: OverlayState, oldColdkey: AccountId, newColdkey: AccountId): void {
  for (const hotkey of StakingHotkeys.get(state, [oldColdkey])) {
    for (const [[, , netuid], shares] of [...AlphaV2.entries(state, [hotkey, oldColdkey])]) {
      const existing = AlphaV2.getOption(state, [hotkey, newColdkey, netuid]);
      const merged = existing === undefined ? shares : (safeFloatAdd(existing, shares) ?? existing);
      AlphaV2.remove(state, [hotkey, oldColdkey, netuid]);
      AlphaV2.set(state, [hotkey, newColdkey, netuid], merged);
    }
  }
}

/** `transfer_staking_hotkeys` / `transfer_hotkeys_ownership`: the lists merge into the new coldkey's. */
function mergeList(
  item: typeof StakingHotkeys,
  state: OverlayState,
  from: AccountId,
  to: AccountId,
): AccountId[] {
  const merged = [...item.get(state, [to])];
  for (const hotkey of item.get(state, [from])) if (!merged.includes(hotkey)) merged.push(hotkey);
  item.remove(state, [from]);
  item.set(state, [to], merged);
  return merged;
}

export function doSwapColdkey(
  ctx: DispatchContext,
  modules: KeySwapModules,
  oldColdkey: AccountId,
  newColdkey: AccountId,
): void {
  const { state } = ctx;
  ensure(StakingHotkeys.get(state, [newColdkey]).length === 0, SubtensorErrors.ColdKeyAlreadyAssociated);
  ensure(!hotkeyAccountExists(state, newColdkey), SubtensorErrors.NewColdKeyIsHotkey);
  for (const netuid of getAllSubnetNetuids(state)) {
    if (SubnetOwner.getOption(state, [netuid]) === oldColdkey) SubnetOwner.set(state, [netuid], newColdkey);
  }
  transferStake(state, oldColdkey, newColdkey);
  mergeList(StakingHotkeys, state, oldColdkey, newColdkey);
  const owned = OwnedHotkeys.get(state, [oldColdkey]);
  for (const hotkey of owned) Owner.set(state, [hotkey], newColdkey);
  mergeList(OwnedHotkeys, state, oldColdkey, newColdkey);
  modules.hooks?.onColdkeySwapped?.(ctx, oldColdkey, newColdkey);
  const balance = getFreeBalance(ctx, oldColdkey);
  if (balance > 0n) transfer(ctx, oldColdkey, newColdkey, balance, false);
  setLastTxBlock(state, newColdkey, BigInt(ctx.block.number));
  ctx.events.emit({ pallet: SUBTENSOR, name: 'ColdkeySwapped', data: { oldColdkey, newColdkey } });
}
