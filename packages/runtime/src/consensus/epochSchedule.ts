/**
 * Epoch scheduling read from state (economics.md §2.7.1, yuma.md §0.1): the pure predicate
 * `shouldRunEpoch` (coinbase/math) applied to a subnet's `Tempo`, `LastEpochBlock`, `PendingEpochAt` and
 * `BlocksSinceLastStep`, the epoch index commit-reveal keys off, and the activity cutoff in blocks.
 */
import type { NetUid } from '@taonet/primitives';
import { type EpochScheduleState, shouldRunEpoch } from '../coinbase/math/index.js';
import type { OverlayState } from '../state/overlayState.js';
import { ActivityCutoffFactorMilli } from '../subnets/hyperparameters.js';
import {
  BlocksSinceLastStep,
  LastEpochBlock,
  PendingEpochAt,
  SubnetEpochIndex,
  Tempo,
} from '../subnets/schema.js';

export function getEpochScheduleState(state: OverlayState, netuid: NetUid): EpochScheduleState {
  return {
    tempo: BigInt(Tempo.get(state, [netuid])),
    lastEpochBlock: LastEpochBlock.get(state, [netuid]),
    pendingEpochAt: PendingEpochAt.get(state, [netuid]),
    blocksSinceLastStep: BlocksSinceLastStep.get(state, [netuid]),
  };
}

/** `should_run_epoch(netuid, block)` on the stored schedule. */
export function shouldRunEpochAt(state: OverlayState, netuid: NetUid, block: bigint): boolean {
  return shouldRunEpoch(getEpochScheduleState(state, netuid), block);
}

/**
 * `current_epoch_with_lookahead`: `SubnetEpochIndex`, plus one when the epoch slot fires at `block`
 * (commits and reveals are keyed by it; once this block's epoch has run, the slot no longer fires).
 */
export function getCurrentEpochWithLookahead(state: OverlayState, netuid: NetUid, block: bigint): bigint {
  const index = SubnetEpochIndex.get(state, [netuid]);
  return shouldRunEpochAt(state, netuid, block) ? index + 1n : index;
}

/** `get_activity_cutoff_blocks`: max(1, ActivityCutoffFactorMilli × tempo / 1000) (u64 division). */
export function getActivityCutoffBlocks(state: OverlayState, netuid: NetUid): bigint {
  const factor = BigInt(ActivityCutoffFactorMilli.get(state, [netuid]));
  const blocks = (factor * BigInt(Tempo.get(state, [netuid]))) / 1000n;
  return blocks > 1n ? blocks : 1n;
}
