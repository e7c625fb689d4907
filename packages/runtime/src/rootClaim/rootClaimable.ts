/**
 * The root claim's bookkeeping (economics.md §2.8): root dividends raise a per-(hotkey, subnet) claimable rate
 * per unit of root stake; a (hotkey, coldkey) staker is owed `rate · stake − RootClaimed`. Stake added on root
 * is credited as already claimed at the current rates (and debited when removed), so new stake never claims
 * dividends paid before it arrived. Coldkeys that stake or choose a claim type join the auto-claim index.
 */
import { type AccountId, I96F32, type NetUid } from '@taonet/primitives';
import { Owner } from '../neurons/schema.js';
import { getHotkeyStake, getStake, increaseStake } from '../staking/stakeAccounting.js';
import type { RootStakeHooks } from '../staking/stakingModules.js';
import type { OverlayState } from '../state/overlayState.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import {
  type ClaimableRates,
  NumStakingColdkeys,
  RootClaimable,
  RootClaimed,
  StakingColdkeys,
  StakingColdkeysByIndex,
} from './schema.js';

/** The hotkey owner `Owner::get` returns for an unowned hotkey (`DefaultAccount`: all zeros). */
export const DEFAULT_ACCOUNT = `0x${'00'.repeat(32)}` as AccountId;

/** `Owner::<T>::get(hotkey)` with its ValueQuery default. */
export function getOwnerOrDefault(state: OverlayState, hotkey: AccountId): AccountId {
  return Owner.getOption(state, [hotkey]) ?? DEFAULT_ACCOUNT;
}

/** The hotkey's claimable rate on `netuid` (0 when absent). */
export function getClaimableRate(state: OverlayState, hotkey: AccountId, netuid: NetUid): I96F32 {
  for (const [n, rate] of RootClaimable.get(state, [hotkey])) if (n === netuid) return rate;
  return I96F32.ZERO;
}

function setClaimableRate(state: OverlayState, hotkey: AccountId, netuid: NetUid, rate: I96F32): void {
  const rates = RootClaimable.get(state, [hotkey]).filter(([n]) => n !== netuid);
  const next: ClaimableRates = [...rates, [netuid, rate] as const].sort(([a], [b]) => a - b);
  RootClaimable.set(state, [hotkey], next);
}

/**
 * `increase_root_claimable_for_hotkey_and_subnet`: `RootClaimable[hotkey][netuid] += amount / root stake`.
 * An amount larger than the hotkey's whole root stake (no root stakers to owe it to) is staked to the
 * hotkey's owner on the subnet instead, as subtensor does.
 */
export function increaseRootClaimable(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  amount: bigint,
): void {
  if (amount === 0n) return;
  const rootStake = getHotkeyStake(state, hotkey, ROOT_NETUID);
  if (amount > rootStake) {
    increaseStake(state, { hotkey, coldkey: getOwnerOrDefault(state, hotkey), netuid }, amount);
    return;
  }
  const increment =
    I96F32.checkedDiv(I96F32.saturatingFromInt(amount), I96F32.saturatingFromInt(rootStake)) ?? I96F32.ZERO;
  setClaimableRate(
    state,
    hotkey,
    netuid,
    I96F32.saturatingAdd(getClaimableRate(state, hotkey, netuid), increment),
  );
}

/** `get_root_owed_for_hotkey_coldkey_float`: `rate · root stake − RootClaimed` (may be negative). */
export function getRootOwedFloat(
  state: OverlayState,
  hotkey: AccountId,
  coldkey: AccountId,
  netuid: NetUid,
): I96F32 {
  const stake = I96F32.saturatingFromInt(getStake(state, { hotkey, coldkey, netuid: ROOT_NETUID }));
  const claimable = I96F32.saturatingMul(getClaimableRate(state, hotkey, netuid), stake);
  const claimed = I96F32.saturatingFromInt(RootClaimed.get(state, [netuid, hotkey, coldkey]));
  return I96F32.saturatingSub(claimable, claimed);
}

/** `get_root_owed_for_hotkey_coldkey`: the owed alpha floored, 0 when negative. */
export function getRootOwed(
  state: OverlayState,
  hotkey: AccountId,
  coldkey: AccountId,
  netuid: NetUid,
): bigint {
  const owed = getRootOwedFloat(state, hotkey, coldkey, netuid);
  return owed < 0n ? 0n : I96F32.floorToInt(owed);
}

/** `rate · amount`, floored (what a stake change moves the claimed watermark by). */
function watermark(rate: I96F32, amount: bigint): bigint {
  const value = I96F32.saturatingMul(rate, I96F32.saturatingFromInt(amount));
  return value < 0n ? 0n : I96F32.floorToInt(value);
}

/** `add_stake_adjust_root_claimed_for_hotkey_and_coldkey` */
export function adjustRootClaimedOnStakeAdded(
  state: OverlayState,
  hotkey: AccountId,
  coldkey: AccountId,
  amount: bigint,
): void {
  for (const [netuid, rate] of RootClaimable.get(state, [hotkey])) {
    RootClaimed.mutate(state, [netuid, hotkey, coldkey], (claimed) => claimed + watermark(rate, amount));
  }
}

/** `remove_stake_adjust_root_claimed_for_hotkey_and_coldkey` (root's own entry is skipped). */
export function adjustRootClaimedOnStakeRemoved(
  state: OverlayState,
  hotkey: AccountId,
  coldkey: AccountId,
  amount: bigint,
): void {
  for (const [netuid, rate] of RootClaimable.get(state, [hotkey])) {
    if (netuid === ROOT_NETUID) continue;
    RootClaimed.mutate(state, [netuid, hotkey, coldkey], (claimed) => {
      const drop = watermark(rate, amount);
      return claimed > drop ? claimed - drop : 0n;
    });
  }
}

/** `maybe_add_coldkey_index`: give the coldkey the next index if it has none. */
export function maybeAddColdkeyIndex(state: OverlayState, coldkey: AccountId): void {
  if (StakingColdkeys.contains(state, [coldkey])) return;
  const n = NumStakingColdkeys.get(state);
  StakingColdkeysByIndex.set(state, [n], coldkey);
  StakingColdkeys.set(state, [coldkey], n);
  NumStakingColdkeys.set(state, n + 1n);
}

/** What staking calls when root stake of a (hotkey, coldkey) changes (`StakingModules.rootStake`). */
export const rootStakeHooks: RootStakeHooks = {
  onRootStakeAdded(ctx, hotkey, coldkey, alpha) {
    adjustRootClaimedOnStakeAdded(ctx.state, hotkey, coldkey, alpha);
    maybeAddColdkeyIndex(ctx.state, coldkey);
  },
  onRootStakeRemoved(ctx, hotkey, coldkey, alpha) {
    adjustRootClaimedOnStakeRemoved(ctx.state, hotkey, coldkey, alpha);
  },
};
