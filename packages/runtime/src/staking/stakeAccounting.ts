/**
 * Stake accounting over state (economics.md §4.1): one share pool per (hotkey, netuid) whose shared value is
 * `TotalHotkeyAlpha[hotkey][netuid]`, whose denominator is `TotalHotkeySharesV2` and whose stakers hold
 * `AlphaV2[(hotkey, coldkey, netuid)]` shares, with subtensor's `HotkeyAlphaSharePoolDataOperations`
 * semantics (a share that becomes zero is removed). The arithmetic is `SharePool` ('subtensor'), loaded for
 * the one staker a call touches and written back.
 *
 * `increase_stake_for_hotkey_and_coldkey_on_subnet`, `decrease_stake_for_hotkey_and_coldkey_on_subnet` (a no-op
 * when the staker holds less than asked), `increase/decrease_stake_for_hotkey_on_subnet` (`update_value_for_all`:
 * emission and dividends reach every staker of the hotkey pro rata).
 */
import { type AccountId, type NetUid, type SafeFloat, safeFloatIsZero } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { SharePool } from './math/sharePool.js';
import { AlphaV2, StakingHotkeys, TotalHotkeyAlpha, TotalHotkeySharesV2 } from './schema.js';

/** A staking position: the coldkey's stake through a hotkey on a subnet. */
export interface StakePosition {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly netuid: NetUid;
}

/** One staker of a (hotkey, netuid) pool with its raw shares. */
export interface PoolStaker {
  readonly coldkey: AccountId;
  readonly shares: SafeFloat;
}

function loadPool(state: OverlayState, position: StakePosition): SharePool {
  const { hotkey, coldkey, netuid } = position;
  const pool = new SharePool('subtensor');
  const share = AlphaV2.getOption(state, [hotkey, coldkey, netuid]);
  pool.setRaw(
    TotalHotkeyAlpha.get(state, [hotkey, netuid]),
    TotalHotkeySharesV2.get(state, [hotkey, netuid]),
    share === undefined ? [] : [[coldkey, share]],
  );
  return pool;
}

/** A zero value removes the entry, as `set_shared_value` / `set_denominator` do. */
function writeSharedValue(state: OverlayState, hotkey: AccountId, netuid: NetUid, value: bigint): void {
  if (value === 0n) TotalHotkeyAlpha.remove(state, [hotkey, netuid]);
  else TotalHotkeyAlpha.set(state, [hotkey, netuid], value);
}

function storePool(state: OverlayState, position: StakePosition, pool: SharePool): void {
  const { hotkey, coldkey, netuid } = position;
  const { sharedValue, denominator, shares } = pool.state();
  writeSharedValue(state, hotkey, netuid, sharedValue);
  if (safeFloatIsZero(denominator)) TotalHotkeySharesV2.remove(state, [hotkey, netuid]);
  else TotalHotkeySharesV2.set(state, [hotkey, netuid], denominator);
  const share = shares.get(coldkey);
  if (share === undefined || safeFloatIsZero(share)) AlphaV2.remove(state, [hotkey, coldkey, netuid]);
  else AlphaV2.set(state, [hotkey, coldkey, netuid], share);
}

/** `get_stake_for_hotkey_and_coldkey_on_subnet`: the alpha value of the position (0 for an empty pool). */
export function getStake(state: OverlayState, position: StakePosition): bigint {
  return loadPool(state, position).getValue(position.coldkey);
}

/** `get_stake_for_hotkey_on_subnet`: the alpha of all stakers of the hotkey on the subnet. */
export function getHotkeyStake(state: OverlayState, hotkey: AccountId, netuid: NetUid): bigint {
  return TotalHotkeyAlpha.get(state, [hotkey, netuid]);
}

/**
 * Whether staking `amount` would move any share (`sim_update_value_for_one`): false when the pool is so large
 * that the amount is below one share's precision, in which case staking must be refused.
 */
export function canIncreaseStake(state: OverlayState, position: StakePosition, amount: bigint): boolean {
  return loadPool(state, position).simUpdateValueForOne(amount);
}

/** `increase_stake_for_hotkey_and_coldkey_on_subnet`: mint shares worth `amount`; returns the new stake. */
export function increaseStake(state: OverlayState, position: StakePosition, amount: bigint): bigint {
  if (amount > 0n) {
    const staking = StakingHotkeys.get(state, [position.coldkey]);
    if (!staking.includes(position.hotkey)) {
      StakingHotkeys.set(state, [position.coldkey], [...staking, position.hotkey]);
    }
  }
  const pool = loadPool(state, position);
  pool.updateValueForOne(position.coldkey, amount);
  storePool(state, position, pool);
  return pool.getValue(position.coldkey);
}

/**
 * `decrease_stake_for_hotkey_and_coldkey_on_subnet`: burn shares worth `amount`, or nothing at all when the
 * position is worth less than `amount`. Returns how much the position actually decreased.
 */
export function decreaseStake(state: OverlayState, position: StakePosition, amount: bigint): bigint {
  const pool = loadPool(state, position);
  const before = pool.getValue(position.coldkey);
  if (!pool.hasShare(position.coldkey) || before < amount) return 0n;
  pool.updateValueForOne(position.coldkey, -amount);
  storePool(state, position, pool);
  const after = pool.getValue(position.coldkey);
  return before > after ? before - after : 0n;
}

/**
 * `increase_stake_for_hotkey_on_subnet` (positive `delta`) / `decrease_stake_for_hotkey_on_subnet` (negative):
 * `update_value_for_all`, the pool value moves and every staker's value with it, pro rata.
 */
export function updateValueForAll(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  delta: bigint,
): void {
  const pool = new SharePool('subtensor');
  pool.setRaw(
    TotalHotkeyAlpha.get(state, [hotkey, netuid]),
    TotalHotkeySharesV2.get(state, [hotkey, netuid]),
  );
  pool.updateValueForAll(delta);
  writeSharedValue(state, hotkey, netuid, pool.state().sharedValue);
}

/** The stakers of a (hotkey, netuid) pool with their shares, in storage order. */
export function getPoolStakers(state: OverlayState, hotkey: AccountId, netuid: NetUid): PoolStaker[] {
  const stakers: PoolStaker[] = [];
  for (const [[, coldkey, stakedNetuid], shares] of AlphaV2.entries(state, [hotkey])) {
    if (stakedNetuid === netuid) stakers.push({ coldkey, shares });
  }
  return stakers;
}

/** The hotkeys with a pool on `netuid` (`TotalHotkeyAlpha` entries), in storage order. */
export function getHotkeysWithPool(state: OverlayState, netuid: NetUid): AccountId[] {
  const hotkeys: AccountId[] = [];
  for (const [[hotkey, poolNetuid]] of TotalHotkeyAlpha.entries(state)) {
    if (poolNetuid === netuid) hotkeys.push(hotkey);
  }
  return hotkeys;
}

/** The alpha value of `shares` in the (hotkey, netuid) pool (`get_value_from_shares`). */
export function getValueOfShares(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  shares: SafeFloat,
): bigint {
  const pool = new SharePool('subtensor');
  pool.setRaw(
    TotalHotkeyAlpha.get(state, [hotkey, netuid]),
    TotalHotkeySharesV2.get(state, [hotkey, netuid]),
  );
  return pool.getValueFromShares(shares);
}
