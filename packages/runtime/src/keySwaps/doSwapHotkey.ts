/**
 * `do_swap_hotkey(origin, hotkey, new_hotkey, netuid, keep_stake)` (economics.md §6.1), behind
 * `swap_hotkey_v2` [72] and `swap_hotkey` [70]. Checks, in order: the subnet exists (single-subnet swap),
 * the coldkey owns the old hotkey and, if it exists, the new one (`NonAssociatedColdKey`); the keys differ;
 * the new hotkey is not registered on the subnet (on any subnet for the all-subnets swap); a swap touching
 * root needs a new hotkey without root stake or claims; the coldkey's last hotkey swap is more than
 * `TxRateLimit` blocks ago; the `HotkeySwapOnSubnetInterval` cooldown of each touched subnet has passed.
 * Then the cost (0.1 TAO for all subnets, 0.001 TAO for one) is recycled and the state moves. Events
 * `HotkeySwapped` / `HotkeySwappedOnSubnet`.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { LastRateLimitedBlock, TxRateLimit } from '../admin/adminStorage.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { coldkeyOwnsHotkey, hotkeyAccountExists } from '../neurons/hotkeyOwnership.js';
import { isHotkeyRegisteredOnAnyNetwork, isHotkeyRegisteredOnNetwork } from '../neurons/neuronRegistry.js';
import { IsNetworkMember, OwnedHotkeys, Owner } from '../neurons/schema.js';
import { getLastDelegateTakeBlock, setLastDelegateTakeBlock } from '../staking/delegation.js';
import { ChildKeys, Delegates, StakingHotkeys, TotalHotkeyAlpha } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { getAllSubnetNetuids, ROOT_NETUID, subnetExists } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { chargeSwapCost } from './chargeSwapCost.js';
import type { KeySwapModules } from './keySwapModules.js';
import {
  HOTKEY_SWAP_ON_SUBNET_INTERVAL,
  KEY_SWAP_ON_SUBNET_COST,
  KeySwapCost,
  LastHotkeySwapOnNetuid,
} from './schema.js';
import { swapHotkeyOnSubnet } from './swapHotkeyOnSubnet.js';

export interface HotkeySwap {
  readonly coldkey: AccountId;
  readonly oldHotkey: AccountId;
  readonly newHotkey: AccountId;
  /** one subnet, or all of them */
  readonly netuid: NetUid | undefined;
  readonly keepStake: boolean;
}

const lastTxKey = (key: AccountId) => ({ tag: 'LastTxBlock' as const, value: key });

/** `exceeds_tx_rate_limit(get_last_tx_block(key), now)` */
export function exceedsTxRateLimit(state: OverlayState, key: AccountId, block: bigint): boolean {
  const limit = TxRateLimit.get(state);
  const last = LastRateLimitedBlock.get(state, [lastTxKey(key)]);
  if (limit === 0n || last === 0n) return false;
  return block - last <= limit;
}

/** `set_last_tx_block` */
export function setLastTxBlock(state: OverlayState, key: AccountId, block: bigint): void {
  LastRateLimitedBlock.set(state, [lastTxKey(key)], block);
}

/** Subnets a swap touches: the one given, or every subnet the old hotkey is a member or a parent of. */
function getTouchedSubnets(state: OverlayState, swap: HotkeySwap): NetUid[] {
  if (swap.netuid !== undefined) return [swap.netuid];
  return getAllSubnetNetuids(state).filter(
    (netuid) =>
      IsNetworkMember.get(state, [swap.oldHotkey, netuid]) ||
      ChildKeys.get(state, [swap.oldHotkey, netuid]).length > 0,
  );
}

function ensureSwapAllowed(ctx: DispatchContext, modules: KeySwapModules, swap: HotkeySwap): void {
  const { state } = ctx;
  const { coldkey, oldHotkey, newHotkey, netuid } = swap;
  if (netuid !== undefined) ensure(subnetExists(state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
  ensure(coldkeyOwnsHotkey(state, coldkey, oldHotkey), SubtensorErrors.NonAssociatedColdKey);
  if (hotkeyAccountExists(state, newHotkey)) {
    ensure(coldkeyOwnsHotkey(state, coldkey, newHotkey), SubtensorErrors.NonAssociatedColdKey);
  }
  ensure(oldHotkey !== newHotkey, SubtensorErrors.NewHotKeyIsSameWithOld);
  const registered =
    netuid === undefined
      ? isHotkeyRegisteredOnAnyNetwork(state, newHotkey)
      : isHotkeyRegisteredOnNetwork(state, netuid, newHotkey);
  ensure(!registered, SubtensorErrors.HotKeyAlreadyRegisteredInSubNet);
  if (netuid === undefined || netuid === ROOT_NETUID) {
    const clean =
      TotalHotkeyAlpha.get(state, [newHotkey, ROOT_NETUID]) === 0n &&
      (modules.hooks?.isHotkeyCleanForRoot?.(state, newHotkey) ?? true);
    ensure(clean, SubtensorErrors.NewHotKeyNotCleanForRootSwap);
  }
  const block = BigInt(ctx.block.number);
  ensure(!exceedsTxRateLimit(state, coldkey, block), SubtensorErrors.HotKeySetTxRateLimitExceeded);
  for (const touched of getTouchedSubnets(state, swap)) {
    const last = LastHotkeySwapOnNetuid.get(state, [touched, coldkey]);
    ensure(
      last + HOTKEY_SWAP_ON_SUBNET_INTERVAL < block,
      SubtensorErrors.HotKeySwapOnSubnetIntervalNotPassed,
    );
  }
}

function addOwnedHotkey(state: OverlayState, coldkey: AccountId, hotkey: AccountId): void {
  const owned = OwnedHotkeys.get(state, [coldkey]);
  if (!owned.includes(hotkey)) OwnedHotkeys.set(state, [coldkey], [...owned, hotkey]);
}

/** StakingHotkeys of the stakers whose stake moved: the new hotkey joins; the old one leaves if `replace`. */
function updateStakingHotkeys(
  state: OverlayState,
  coldkeys: readonly AccountId[],
  swap: HotkeySwap,
  replace: boolean,
): void {
  const { oldHotkey, newHotkey } = swap;
  for (const coldkey of new Set(coldkeys)) {
    const hotkeys = StakingHotkeys.get(state, [coldkey]);
    if (!hotkeys.includes(oldHotkey)) continue;
    let next = replace ? hotkeys.filter((hk) => hk !== oldHotkey && hk !== newHotkey) : hotkeys;
    if (!next.includes(newHotkey)) next = [...next, newHotkey];
    StakingHotkeys.set(state, [coldkey], next);
  }
}

/** The delegate take and its rate-limit mark move with the hotkey. */
function moveDelegateTake(state: OverlayState, oldHotkey: AccountId, newHotkey: AccountId): void {
  const take = Delegates.getOption(state, [oldHotkey]);
  if (take !== undefined) {
    Delegates.remove(state, [oldHotkey]);
    Delegates.set(state, [newHotkey], take);
  }
  const lastTakeChange = getLastDelegateTakeBlock(state, oldHotkey);
  if (lastTakeChange > 0n) {
    LastRateLimitedBlock.remove(state, [{ tag: 'LastTxBlockDelegateTake', value: oldHotkey }]);
    setLastDelegateTakeBlock(state, newHotkey, lastTakeChange);
  }
}

/** The all-subnets swap: ownership and delegate take move too (ownership stays when stake is kept). */
function swapOnAllSubnets(ctx: DispatchContext, modules: KeySwapModules, swap: HotkeySwap): void {
  const { state } = ctx;
  const { coldkey, oldHotkey, newHotkey } = swap;
  if (!swap.keepStake) {
    Owner.remove(state, [oldHotkey]);
    OwnedHotkeys.set(
      state,
      [coldkey],
      OwnedHotkeys.get(state, [coldkey]).filter((hk) => hk !== oldHotkey),
    );
  }
  Owner.set(state, [newHotkey], coldkey);
  addOwnedHotkey(state, coldkey, newHotkey);
  const moved: AccountId[] = [];
  for (const netuid of getAllSubnetNetuids(state)) {
    moved.push(...swapHotkeyOnSubnet(ctx, modules, { ...swap, netuid }));
  }
  moveDelegateTake(state, oldHotkey, newHotkey);
  updateStakingHotkeys(state, moved, swap, true);
}

/** `do_swap_hotkey` after the origin check. */
export function doSwapHotkey(ctx: DispatchContext, modules: KeySwapModules, swap: HotkeySwap): void {
  const { state } = ctx;
  ensureSwapAllowed(ctx, modules, swap);
  const block = BigInt(ctx.block.number);
  const touched = getTouchedSubnets(state, swap);
  const { coldkey, oldHotkey, newHotkey, netuid } = swap;
  const cost = netuid === undefined ? KeySwapCost.get(state) : KEY_SWAP_ON_SUBNET_COST;
  chargeSwapCost(ctx, coldkey, cost, SubtensorErrors.NotEnoughBalanceToPaySwapHotKey);
  if (netuid === undefined) {
    swapOnAllSubnets(ctx, modules, swap);
  } else {
    Owner.set(state, [newHotkey], coldkey);
    addOwnedHotkey(state, coldkey, newHotkey);
    updateStakingHotkeys(state, swapHotkeyOnSubnet(ctx, modules, { ...swap, netuid }), swap, false);
  }
  for (const subnet of touched) LastHotkeySwapOnNetuid.set(state, [subnet, coldkey], block);
  setLastTxBlock(state, coldkey, block);
  const data = { coldkey, oldHotkey, newHotkey };
  if (netuid === undefined) ctx.events.emit({ pallet: SUBTENSOR, name: 'HotkeySwapped', data });
  else ctx.events.emit({ pallet: SUBTENSOR, name: 'HotkeySwappedOnSubnet', data: { ...data, netuid } });
}
