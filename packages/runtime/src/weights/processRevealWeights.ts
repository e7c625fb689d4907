/**
 * `internal_reveal_weights` (commit-reveal v2): find the commit whose hash is
 * BlakeTwo256(who, netuid_index, uids, values, salt, version_key), check it is in its reveal epoch, drop it
 * and every older commit, then set the weights through `internal_set_weights` (rate limit skipped since
 * commit-reveal is on). Errors in subtensor's order: NoWeightsCommitFound, ExpiredWeightCommit,
 * RevealTooEarly, InvalidRevealCommitHashNotMatch.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { CommitRevealWeightsEnabled } from '../subnets/hyperparameters.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { getCommitHash, isRevealEpoch } from './commitReveal.js';
import { dropExpiredCommits } from './processCommitWeights.js';
import { processSetWeights } from './processSetWeights.js';
import { type WeightCommit, WeightCommits } from './schema.js';
import { ensureMechanismExists } from './weightsChecks.js';

export interface RevealRequest {
  readonly who: AccountId;
  readonly netuid: NetUid;
  readonly mecid: number;
  readonly uids: readonly number[];
  readonly values: readonly number[];
  readonly salt: readonly number[];
  readonly versionKey: bigint;
}

export function processRevealWeights(ctx: DispatchContext, req: RevealRequest): void {
  const { state } = ctx;
  const { who, netuid } = req;
  ensureMechanismExists(state, netuid, req.mecid);
  const netuidIndex = storageIndexOf(netuid, req.mecid);
  ensure(CommitRevealWeightsEnabled.get(state, [netuid]), SubtensorErrors.CommitRevealDisabled);
  const stored = WeightCommits.getOption(state, [netuidIndex, who]);
  if (stored === undefined) throw SubtensorErrors.NoWeightsCommitFound();
  const commits = [...stored];
  const block = BigInt(ctx.block.number);
  const expired = dropExpiredCommits(state, netuid, commits, block);
  const hash = getCommitHash(who, netuidIndex, req.uids, req.values, req.salt, req.versionKey);
  if (commits.length === 0) {
    throw expired.includes(hash)
      ? SubtensorErrors.ExpiredWeightCommit()
      : SubtensorErrors.NoWeightsCommitFound();
  }
  const position = commits.findIndex(([commitHash]) => commitHash === hash);
  if (position < 0) {
    throw expired.includes(hash)
      ? SubtensorErrors.ExpiredWeightCommit()
      : SubtensorErrors.InvalidRevealCommitHashNotMatch();
  }
  const commitEpoch = (commits[position] as WeightCommit)[1];
  ensure(isRevealEpoch(state, netuid, commitEpoch, block), SubtensorErrors.RevealTooEarly);
  commits.splice(0, position + 1);
  if (commits.length === 0) WeightCommits.remove(state, [netuidIndex, who]);
  else WeightCommits.set(state, [netuidIndex, who], commits);
  processSetWeights(ctx, {
    hotkey: who,
    netuid,
    mecid: req.mecid,
    uids: req.uids,
    values: req.values,
    versionKey: req.versionKey,
  });
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'WeightsRevealed',
    data: { who, netuidIndex, commitHash: hash },
  });
}
