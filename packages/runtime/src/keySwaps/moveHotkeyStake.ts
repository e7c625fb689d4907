/**
 * Moving a hotkey's share pool on one subnet to another hotkey (the stake part of a hotkey swap). When the
 * new hotkey has no pool there, the pool moves as it is (value, denominator and every staker's shares), so
 * no staker's value changes by a rao. Otherwise each staker's alpha value is re-staked into the new pool
 * (subtensor adds the raw shares of two pools, which would move value between stakers of different share
 * prices) and the rounding dust left in the old pool joins the new pool's value.
 */
import { type AccountId, type NetUid, safeFloatIsZero } from '@taonet/primitives';
import { AlphaV2, TotalHotkeyAlpha, TotalHotkeySharesV2 } from '../staking/schema.js';
import {
  getPoolStakers,
  getValueOfShares,
  increaseStake,
  type PoolStaker,
  updateValueForAll,
} from '../staking/stakeAccounting.js';
import type { OverlayState } from '../state/overlayState.js';

function removePool(state: OverlayState, hotkey: AccountId, netuid: NetUid, stakers: PoolStaker[]): void {
  TotalHotkeyAlpha.remove(state, [hotkey, netuid]);
  TotalHotkeySharesV2.remove(state, [hotkey, netuid]);
  for (const { coldkey } of stakers) AlphaV2.remove(state, [hotkey, coldkey, netuid]);
}

function isPoolEmpty(state: OverlayState, hotkey: AccountId, netuid: NetUid): boolean {
  return (
    TotalHotkeyAlpha.get(state, [hotkey, netuid]) === 0n &&
    safeFloatIsZero(TotalHotkeySharesV2.get(state, [hotkey, netuid])) &&
    getPoolStakers(state, hotkey, netuid).length === 0
  );
}

/** Returns the coldkeys that had a position on the old hotkey's pool. */
export function moveHotkeyStake(
  state: OverlayState,
  oldHotkey: AccountId,
  newHotkey: AccountId,
  netuid: NetUid,
): AccountId[] {
  const stakers = getPoolStakers(state, oldHotkey, netuid);
  const value = TotalHotkeyAlpha.get(state, [oldHotkey, netuid]);
  const denominator = TotalHotkeySharesV2.get(state, [oldHotkey, netuid]);
  if (stakers.length === 0 && value === 0n && safeFloatIsZero(denominator)) return [];
  if (isPoolEmpty(state, newHotkey, netuid)) {
    removePool(state, oldHotkey, netuid, stakers);
    if (value > 0n) TotalHotkeyAlpha.set(state, [newHotkey, netuid], value);
    if (!safeFloatIsZero(denominator)) TotalHotkeySharesV2.set(state, [newHotkey, netuid], denominator);
    for (const { coldkey, shares } of stakers) AlphaV2.set(state, [newHotkey, coldkey, netuid], shares);
    return stakers.map(({ coldkey }) => coldkey);
  }
  const values = stakers.map(({ coldkey, shares }) => ({
    coldkey,
    alpha: getValueOfShares(state, oldHotkey, netuid, shares),
  }));
  removePool(state, oldHotkey, netuid, stakers);
  let moved = 0n;
  for (const { coldkey, alpha } of values) {
    if (alpha === 0n) continue;
    increaseStake(state, { hotkey: newHotkey, coldkey, netuid }, alpha);
    moved += alpha;
  }
  if (value > moved) updateValueForAll(state, newHotkey, netuid, value - moved);
  return stakers.map(({ coldkey }) => coldkey);
}
