/**
 * `distribute_dividends_and_incentives` (economics.md §2.7.4): the owner cut is staked to the subnet owner's
 * hotkey; miners' incentive is staked to (auto-stake destination or the miner, its owner) except for the
 * subnet owner's own hotkeys, whose incentive is burned or recycled (`MinerBurned` records that share);
 * alpha dividends pay the delegate take to the hotkey's owner and the rest to all its nominators pro rata;
 * root alpha dividends pay the same take and the rest becomes claimable by the hotkey's root stakers.
 */
import { type AccountId, type NetUid, safeFloatIsZero, U16_MAX, U96F32 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { OwnedHotkeys, Uids } from '../neurons/schema.js';
import { DEFAULT_ACCOUNT, getOwnerOrDefault, increaseRootClaimable } from '../rootClaim/rootClaimable.js';
import {
  Delegates,
  TotalHotkeyAlpha,
  TotalHotkeyAlphaLastEpoch,
  TotalHotkeySharesV2,
} from '../staking/schema.js';
import { increaseStake, updateValueForAll } from '../staking/stakeAccounting.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubnetOwner, SubnetOwnerHotkey } from '../subnets/schema.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import type { CoinbaseModules } from './coinbaseModules.js';
import {
  AlphaDividendsPerSubnet,
  AutoStakeDestination,
  MinerBurned,
  RecycleOrBurnStorage,
  RootAlphaDividendsPerSubnet,
} from './schema.js';

export interface EpochPayout {
  readonly ownerCut: bigint;
  /** incentive per hotkey, ascending by hotkey */
  readonly incentives: ReadonlyMap<AccountId, bigint>;
  readonly alphaDividends: ReadonlyMap<AccountId, U96F32>;
  readonly rootAlphaDividends: ReadonlyMap<AccountId, U96F32>;
}

/** `get_hotkey_take_float`: `Delegates[hotkey] / u16::MAX`. */
export function getHotkeyTakeFloat(state: OverlayState, hotkey: AccountId): U96F32 {
  return U96F32.safeDiv(
    U96F32.saturatingFromInt(Delegates.get(state, [hotkey])),
    U96F32.saturatingFromInt(U16_MAX),
  );
}

/** The subnet owner's hotkeys that hold a uid on the subnet, and the owner hotkey if it does. */
function getOwnerHotkeys(state: OverlayState, netuid: NetUid, owner: AccountId): Set<AccountId> {
  const hotkeys = new Set(
    OwnedHotkeys.get(state, [owner]).filter((hk) => Uids.contains(state, [netuid, hk])),
  );
  const ownerHotkey = SubnetOwnerHotkey.getOption(state, [netuid]);
  if (ownerHotkey !== undefined && Uids.contains(state, [netuid, ownerHotkey])) hotkeys.add(ownerHotkey);
  return hotkeys;
}

function payOwnerCut(state: OverlayState, netuid: NetUid, ownerCut: bigint): void {
  const owner = SubnetOwner.getOption(state, [netuid]);
  const ownerHotkey = SubnetOwnerHotkey.getOption(state, [netuid]);
  if (owner !== undefined && ownerHotkey !== undefined) {
    increaseStake(state, { hotkey: ownerHotkey, coldkey: owner, netuid }, ownerCut);
  }
}

function payIncentives(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  incentives: ReadonlyMap<AccountId, bigint>,
): void {
  const { state } = ctx;
  const subnetOwner = SubnetOwner.getOption(state, [netuid]);
  const ownerHotkeys = subnetOwner === undefined ? new Set() : getOwnerHotkeys(state, netuid, subnetOwner);
  let total = 0n;
  let withheld = 0n;
  for (const [hotkey, incentive] of incentives) {
    if (incentive === 0n) continue;
    total += incentive;
    if (ownerHotkeys.has(hotkey)) {
      withheld += incentive;
      if (RecycleOrBurnStorage.get(state, [netuid]) === 'Recycle') {
        modules.swap.recycleSubnetAlpha(ctx, netuid, incentive);
      } else {
        modules.swap.burnSubnetAlpha(ctx, netuid, incentive);
      }
      continue;
    }
    const owner = getOwnerOrDefault(state, hotkey);
    const destination = AutoStakeDestination.getOption(state, [owner, netuid]);
    if (destination !== undefined) {
      const data = { netuid, destination, hotkey, owner, incentive };
      ctx.events.emit({ pallet: SUBTENSOR, name: 'AutoStakeAdded', data });
    }
    increaseStake(state, { hotkey: destination ?? hotkey, coldkey: owner, netuid }, incentive);
  }
  const share = U96F32.checkedDiv(U96F32.saturatingFromInt(withheld), U96F32.saturatingFromInt(total));
  MinerBurned.set(state, [netuid], share ?? U96F32.ZERO);
}

/** Split `amount` into the hotkey's take (floored) and the rest (floored). */
function splitTake(state: OverlayState, hotkey: AccountId, amount: U96F32): [bigint, bigint] {
  const take = U96F32.saturatingMul(getHotkeyTakeFloat(state, hotkey), amount);
  return [U96F32.toU64(take), U96F32.toU64(U96F32.saturatingSub(amount, take))];
}

function payAlphaDividends(
  state: OverlayState,
  netuid: NetUid,
  dividends: ReadonlyMap<AccountId, U96F32>,
): void {
  AlphaDividendsPerSubnet.clear(state, [netuid]);
  for (const [hotkey, divs] of dividends) {
    const [take, nominators] = divs === U96F32.ZERO ? [0n, 0n] : splitTake(state, hotkey, divs);
    const owner = take > 0n || nominators > 0n ? getOwnerOrDefault(state, hotkey) : DEFAULT_ACCOUNT;
    if (take > 0n) increaseStake(state, { hotkey, coldkey: owner, netuid }, take);
    if (nominators > 0n) {
      // a pool without members would leave the credit unowned: the owner opens it instead
      if (safeFloatIsZero(TotalHotkeySharesV2.get(state, [hotkey, netuid]))) {
        increaseStake(state, { hotkey, coldkey: owner, netuid }, nominators);
      } else {
        updateValueForAll(state, hotkey, netuid, nominators);
      }
      AlphaDividendsPerSubnet.set(state, [netuid, hotkey], nominators);
    }
    const total = TotalHotkeyAlpha.get(state, [hotkey, netuid]);
    if (total === 0n) TotalHotkeyAlphaLastEpoch.remove(state, [hotkey, netuid]);
    else TotalHotkeyAlphaLastEpoch.set(state, [hotkey, netuid], total);
  }
}

function payRootAlphaDividends(
  state: OverlayState,
  netuid: NetUid,
  dividends: ReadonlyMap<AccountId, U96F32>,
): void {
  RootAlphaDividendsPerSubnet.clear(state, [netuid]);
  for (const [hotkey, rootAlpha] of dividends) {
    if (rootAlpha === U96F32.ZERO) continue;
    const [take, claimable] = splitTake(state, hotkey, rootAlpha);
    if (take > 0n) increaseStake(state, { hotkey, coldkey: getOwnerOrDefault(state, hotkey), netuid }, take);
    if (claimable > 0n) {
      increaseRootClaimable(state, hotkey, netuid, claimable);
      RootAlphaDividendsPerSubnet.set(state, [netuid, hotkey], claimable);
    }
  }
}

export function distributeDividendsAndIncentives(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  payout: EpochPayout,
): void {
  payOwnerCut(ctx.state, netuid, payout.ownerCut);
  payIncentives(ctx, modules, netuid, payout.incentives);
  payAlphaDividends(ctx.state, netuid, payout.alphaDividends);
  payRootAlphaDividends(ctx.state, netuid, payout.rootAlphaDividends);
}
