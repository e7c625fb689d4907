/**
 * `internal_commit_weights` (commit-reveal v2): queue `(hash, commit_epoch, commit_block, 0)` under
 * `WeightCommits[netuid_index][hotkey]`, with `commit_epoch = current_epoch_with_lookahead`. Expired commits
 * are dropped from the front first; at most 10 unrevealed commits; always rate limited by
 * `WeightsSetRateLimit` (against `LastUpdate`, which the commit stamps).
 */
import type { AccountId, Hash, NetUid } from '@taonet/primitives';
import { getCurrentEpochWithLookahead } from '../consensus/epochSchedule.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { isHotkeyRegisteredOnNetwork } from '../neurons/neuronRegistry.js';
import type { OverlayState } from '../state/overlayState.js';
import { CommitRevealWeightsEnabled } from '../subnets/hyperparameters.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { isCommitExpired } from './commitReveal.js';
import { setLastUpdateForUid } from './lastUpdate.js';
import { MAX_UNREVEALED_COMMITS, type WeightCommit, WeightCommits } from './schema.js';
import { checkRateLimit, ensureMechanismExists, getUidForNetAndHotkey } from './weightsChecks.js';

/** Removes the expired commits at the front of the queue (in place); returns their hashes. */
export function dropExpiredCommits(
  state: OverlayState,
  netuid: NetUid,
  commits: WeightCommit[],
  block: bigint,
): Hash[] {
  const expired: Hash[] = [];
  while (commits.length > 0 && isCommitExpired(state, netuid, (commits[0] as WeightCommit)[1], block)) {
    expired.push((commits.shift() as WeightCommit)[0]);
  }
  return expired;
}

export function processCommitWeights(
  ctx: DispatchContext,
  who: AccountId,
  netuid: NetUid,
  mecid: number,
  commitHash: Hash,
): void {
  const { state } = ctx;
  ensureMechanismExists(state, netuid, mecid);
  const netuidIndex = storageIndexOf(netuid, mecid);
  ensure(CommitRevealWeightsEnabled.get(state, [netuid]), SubtensorErrors.CommitRevealDisabled);
  ensure(isHotkeyRegisteredOnNetwork(state, netuid, who), SubtensorErrors.HotKeyNotRegisteredInSubNet);
  const block = BigInt(ctx.block.number);
  const uid = getUidForNetAndHotkey(state, netuid, who);
  ensure(checkRateLimit(state, netuid, netuidIndex, uid, block), SubtensorErrors.CommittingWeightsTooFast);

  const commits = [...(WeightCommits.getOption(state, [netuidIndex, who]) ?? [])];
  dropExpiredCommits(state, netuid, commits, block);
  ensure(commits.length < MAX_UNREVEALED_COMMITS, SubtensorErrors.TooManyUnrevealedCommits);
  const commitEpoch = getCurrentEpochWithLookahead(state, netuid, block);
  commits.push([commitHash, commitEpoch, block, 0n]);
  WeightCommits.set(state, [netuidIndex, who], commits);
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'WeightsCommitted',
    data: { who, netuidIndex, commitHash },
  });
  setLastUpdateForUid(state, netuid, netuidIndex, uid, block);
}
