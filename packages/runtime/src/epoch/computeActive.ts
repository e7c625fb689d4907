/**
 * §1.1 Activity: a uid is inactive when its last weight update is older than the activity cutoff,
 * `last_update + activity_cutoff < current_block` (saturating add). The vectors have the length of
 * `get_last_update` (at least n; longer when storage holds more entries, as in subtensor).
 */
import { saturatingAddU64 } from '@taonet/primitives';

export interface Activity {
  readonly active: boolean[];
  readonly inactive: boolean[];
}

export function computeActive(
  lastUpdate: readonly bigint[],
  activityCutoff: bigint,
  currentBlock: bigint,
): Activity {
  const inactive = lastUpdate.map((updated) => saturatingAddU64(updated, activityCutoff) < currentBlock);
  return { active: inactive.map((x) => !x), inactive };
}
