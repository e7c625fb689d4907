/**
 * Epoch scheduling predicates of the coinbase (`should_run_epoch`, `blocks_until_next_epoch`), as pure
 * functions of a subnet's schedule state.
 */
import { saturatingAddU64, saturatingSubU64, U64_MAX } from '@taonet/primitives';

/** `BlocksSinceLastStep` above which an epoch is forced */
export const MAX_BLOCKS_WITHOUT_EPOCH = 50_400n;

export interface EpochScheduleState {
  readonly tempo: bigint;
  readonly lastEpochBlock: bigint;
  /** `PendingEpochAt` (0 = none) */
  readonly pendingEpochAt?: bigint;
  readonly blocksSinceLastStep?: bigint;
}

/** Blocks until the next automatic epoch: `(LastEpochBlock + tempo) - block`, saturating; never for tempo 0. */
export function blocksUntilNextEpoch(state: EpochScheduleState, block: bigint): bigint {
  if (state.tempo === 0n) return U64_MAX;
  return saturatingSubU64(saturatingAddU64(state.lastEpochBlock, state.tempo), block);
}

export function shouldRunEpoch(state: EpochScheduleState, block: bigint): boolean {
  if (state.tempo === 0n) return false;
  const pending = state.pendingEpochAt ?? 0n;
  if (pending !== 0n && block >= pending) return true;
  if ((state.blocksSinceLastStep ?? 0n) > MAX_BLOCKS_WITHOUT_EPOCH) return true;
  return saturatingSubU64(block, state.lastEpochBlock) >= state.tempo;
}
