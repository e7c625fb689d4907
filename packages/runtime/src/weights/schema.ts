/**
 * Weights storage of `SubtensorModule`, keyed by `NetUidStorageIndex` (= mecid * 4096 + netuid) as
 * subtensor declares it: `Weights` and `Bonds` rows per (netuid_index, uid), and the commit-reveal v2
 * queue `WeightCommits` per (netuid_index, hotkey) of `(hash, commit_epoch, commit_block, 0)`.
 * `LastUpdate` (per mechanism) is in neurons/schema.ts; the hyperparameters (rate limit, version key,
 * commit-reveal switch and period) in subnets/hyperparameters.ts.
 */
import { type AccountId, AccountIdCodec, type Hash, HashCodec } from '@taonet/primitives';
import { Tuple, u16, u64, Vector } from 'scale-ts';
import { Identity, Twox64Concat } from '../state/storageHasher.js';
import { keyPart, storageDoubleMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { type NetUidStorageIndex, storageIndexKey } from '../subtensor/subtensorStorage.js';

const uidKey = keyPart<number>(u16, Identity);

/** A stored row: `(column uid, u16 value)` in the order it was set (explicit zeros kept). */
export type WeightRow = [uid: number, value: number][];

const RowCodec = Vector(Tuple(u16, u16));

export const Weights = storageDoubleMap<NetUidStorageIndex, number, WeightRow>({
  pallet: SUBTENSOR,
  name: 'Weights',
  keys: [storageIndexKey, uidKey],
  value: RowCodec,
  default: () => [],
  docs: 'Weights set by a uid, per mechanism: (target uid, max-upscaled u16 weight).',
});

export const Bonds = storageDoubleMap<NetUidStorageIndex, number, WeightRow>({
  pallet: SUBTENSOR,
  name: 'Bonds',
  keys: [storageIndexKey, uidKey],
  value: RowCodec,
  default: () => [],
  docs: "A validator's bonds, per mechanism: (miner uid, u16 bond) written by the epoch.",
});

/** `(commit_hash, commit_epoch, commit_block, 0)`: the last field is unused since epoch-indexed commits. */
export type WeightCommit = [hash: Hash, commitEpoch: bigint, commitBlock: bigint, unused: bigint];

export const WeightCommits = storageDoubleMap<NetUidStorageIndex, AccountId, WeightCommit[]>({
  pallet: SUBTENSOR,
  name: 'WeightCommits',
  keys: [keyPart<NetUidStorageIndex>(u16, Twox64Concat), keyPart(AccountIdCodec, Twox64Concat)],
  value: Vector(Tuple(HashCodec, u64, u64, u64)),
  docs: 'Unrevealed commit-reveal v2 commits of a hotkey, oldest first (at most 10).',
});

/** `commits.len() < 10` before a new commit */
export const MAX_UNREVEALED_COMMITS = 10;

export const weightsStorage = [Weights, Bonds, WeightCommits];
