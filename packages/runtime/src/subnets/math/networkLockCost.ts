/**
 * The subnet registration lock cost (`get_network_lock_cost`, coinbase/root.rs): each registration doubles
 * the last lock, which then decays linearly back over the reduction interval (shortened by halvings) and on
 * down to the minimum:
 * `lock = max(min_lock, last_lock * mult - floor(last_lock / interval) * (block - last_lock_block))`,
 * `mult = 1` before any registration (`last_lock_block == 0`) else 2, all u64 saturating.
 */
import { I64F64, saturatingMulU64, saturatingSubU64 } from '@taonet/primitives';

export interface NetworkLockState {
  /** `NetworkLastLockCost` */
  readonly lastLockCost: bigint;
  /** `NetworkMinLockCost` */
  readonly minLockCost: bigint;
  /** `NetworkLastLockBlock` */
  readonly lastLockBlock: bigint;
  /** `NetworkLockReductionInterval` */
  readonly lockReductionInterval: bigint;
}

/** `get_lock_reduction_interval`: `floor(interval * (block_emission / 1e9))` in I64F64. */
export function getLockReductionInterval(lockReductionInterval: bigint, blockEmission: bigint): bigint {
  const fraction = I64F64.safeDiv(I64F64.saturatingFromInt(blockEmission), I64F64.fromInt(1_000_000_000n));
  return I64F64.toU64(I64F64.saturatingMul(I64F64.saturatingFromInt(lockReductionInterval), fraction));
}

/** The lock cost quoted at `block`, with the interval already adjusted for halvings. */
export function getNetworkLockCost(
  state: NetworkLockState,
  block: bigint,
  effectiveInterval: bigint,
): bigint {
  const mult = state.lastLockBlock === 0n ? 1n : 2n;
  const perBlock = effectiveInterval === 0n ? 0n : state.lastLockCost / effectiveInterval;
  const reduction = saturatingMulU64(perBlock, saturatingSubU64(block, state.lastLockBlock));
  const lock = saturatingSubU64(saturatingMulU64(state.lastLockCost, mult), reduction);
  return lock < state.minLockCost ? state.minLockCost : lock;
}
