/**
 * The stake operations of `stake_utils.rs` expressed on a share pool: staking credits value to one staker,
 * unstaking is a no-op unless the staker holds at least the amount, an injection (dividends, emission)
 * raises every staker's value pro rata.
 */
import type { SharePool } from './sharePool.js';

/** `increase_stake_for_hotkey_and_coldkey_on_subnet` on the pool. */
export function stakeOnPool(pool: SharePool, key: string, amount: bigint): void {
  pool.updateValueForOne(key, amount);
}

/** `decrease_stake_for_hotkey_and_coldkey_on_subnet`: returns false (and does nothing) if not enough stake. */
export function unstakeFromPool(pool: SharePool, key: string, amount: bigint): boolean {
  if (!pool.hasShare(key) || pool.getValue(key) < amount) return false;
  pool.updateValueForOne(key, -amount);
  return true;
}

/** `increase_stake_for_hotkey_on_subnet`: value for every staker of the hotkey. */
export function injectIntoPool(pool: SharePool, amount: bigint): void {
  pool.updateValueForAll(amount);
}
