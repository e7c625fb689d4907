/**
 * Commit-reveal v2 rules (yuma.md §2.5): the commit hash, and the epoch window in which a commit may be
 * revealed. Commits are keyed by `current_epoch_with_lookahead`; a commit made in epoch e is revealed
 * exactly in epoch `e + RevealPeriodEpochs`, and is expired after it.
 */
import { blake2b256 } from '@taonet/crypto';
import { type AccountId, AccountIdCodec, type Hash, type NetUid, toHex } from '@taonet/primitives';
import { Tuple, u16, u64, Vector } from 'scale-ts';
import { getCurrentEpochWithLookahead } from '../consensus/epochSchedule.js';
import type { OverlayState } from '../state/overlayState.js';
import { RevealPeriodEpochs } from '../subnets/hyperparameters.js';
import type { NetUidStorageIndex } from '../subtensor/subtensorStorage.js';

const CommitPreimageCodec = Tuple(AccountIdCodec, u16, Vector(u16), Vector(u16), Vector(u16), u64);

/**
 * `get_commit_hash`: BlakeTwo256 of the SCALE encoding of
 * `(who, netuid_index, uids, values, salt, version_key)` (netuid_index as u16, the vectors as Vec<u16>).
 */
export function getCommitHash(
  who: AccountId,
  netuidIndex: NetUidStorageIndex,
  uids: readonly number[],
  values: readonly number[],
  salt: readonly number[],
  versionKey: bigint,
): Hash {
  const preimage = CommitPreimageCodec.enc([who, netuidIndex, [...uids], [...values], [...salt], versionKey]);
  return toHex(blake2b256(preimage)) as Hash;
}

/** `is_commit_expired`: the current epoch (with lookahead) is past `commit_epoch + RevealPeriodEpochs`. */
export function isCommitExpired(
  state: OverlayState,
  netuid: NetUid,
  commitEpoch: bigint,
  block: bigint,
): boolean {
  const current = getCurrentEpochWithLookahead(state, netuid, block);
  return current > commitEpoch + RevealPeriodEpochs.get(state, [netuid]);
}

/** `is_reveal_epoch`: the current epoch (with lookahead) is exactly `commit_epoch + RevealPeriodEpochs`. */
export function isRevealEpoch(
  state: OverlayState,
  netuid: NetUid,
  commitEpoch: bigint,
  block: bigint,
): boolean {
  const current = getCurrentEpochWithLookahead(state, netuid, block);
  return current === commitEpoch + RevealPeriodEpochs.get(state, [netuid]);
}
