/**
 * `do_batch_reveal_weights`: several reveals on one subnet (main mechanism), all or nothing. Every reveal
 * is validated first (hash among the unexpired commits, in its reveal epoch), then each matched commit
 * alone is removed (older ones stay, unlike a single reveal) and its weights are set in order.
 */
import type { AccountId, Hash, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { ensureSigned, type Origin } from '../dispatch/origin.js';
import { CommitRevealWeightsEnabled } from '../subnets/hyperparameters.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { getCommitHash, isRevealEpoch } from './commitReveal.js';
import { dropExpiredCommits } from './processCommitWeights.js';
import { processSetWeights } from './processSetWeights.js';
import { type WeightCommit, WeightCommits } from './schema.js';

export interface BatchRevealRequest {
  readonly netuid: NetUid;
  readonly uidsList: readonly (readonly number[])[];
  readonly valuesList: readonly (readonly number[])[];
  readonly saltsList: readonly (readonly number[])[];
  readonly versionKeys: readonly bigint[];
}

interface Reveal {
  readonly uids: readonly number[];
  readonly values: readonly number[];
  readonly versionKey: bigint;
  readonly hash: Hash;
}

function ensureRevealable(
  ctx: DispatchContext,
  netuid: NetUid,
  commits: readonly WeightCommit[],
  expired: readonly Hash[],
  reveal: Reveal,
): void {
  const commit = commits.find(([hash]) => hash === reveal.hash);
  if (commit === undefined) {
    throw expired.includes(reveal.hash)
      ? SubtensorErrors.ExpiredWeightCommit()
      : SubtensorErrors.InvalidRevealCommitHashNotMatch();
  }
  ensure(
    isRevealEpoch(ctx.state, netuid, commit[1], BigInt(ctx.block.number)),
    SubtensorErrors.RevealTooEarly,
  );
}

export function processBatchRevealWeights(
  ctx: DispatchContext,
  origin: Origin,
  req: BatchRevealRequest,
): void {
  const count = req.uidsList.length;
  ensure(
    count === req.valuesList.length && count === req.saltsList.length && count === req.versionKeys.length,
    SubtensorErrors.InputLengthsUnequal,
  );
  const who: AccountId = ensureSigned(origin);
  const { state } = ctx;
  const { netuid } = req;
  ensure(CommitRevealWeightsEnabled.get(state, [netuid]), SubtensorErrors.CommitRevealDisabled);
  const stored = WeightCommits.getOption(state, [netuid, who]);
  if (stored === undefined) throw SubtensorErrors.NoWeightsCommitFound();
  const commits = [...stored];
  const expired = dropExpiredCommits(state, netuid, commits, BigInt(ctx.block.number));
  const reveals: Reveal[] = req.uidsList.map((uids, i) => {
    const values = req.valuesList[i] ?? [];
    const versionKey = req.versionKeys[i] ?? 0n;
    const hash = getCommitHash(who, netuid, uids, values, req.saltsList[i] ?? [], versionKey);
    return { uids, values, versionKey, hash };
  });
  for (const reveal of reveals) ensureRevealable(ctx, netuid, commits, expired, reveal);

  const revealedHashes: Hash[] = [];
  for (const reveal of reveals) {
    const position = commits.findIndex(([hash]) => hash === reveal.hash);
    if (position < 0) throw SubtensorErrors.InvalidRevealCommitHashNotMatch();
    commits.splice(position, 1);
    processSetWeights(ctx, { hotkey: who, netuid, mecid: 0, ...reveal });
    revealedHashes.push(reveal.hash);
  }
  if (commits.length === 0) WeightCommits.remove(state, [netuid, who]);
  else WeightCommits.set(state, [netuid, who], commits);
  ctx.events.emit({ pallet: SUBTENSOR, name: 'WeightsBatchRevealed', data: { who, netuid, revealedHashes } });
}
