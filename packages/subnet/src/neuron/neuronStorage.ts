/**
 * The SubtensorModule storage items the SDK chain port reads that the SDK does not declare: the epoch
 * schedule (`LastEpochBlock`, `PendingEpochAt`, `SubnetEpochIndex`) and the commit-reveal v2 queue
 * (`WeightCommits`), with the runtime's key hashers and codecs. `Tempo` and `BlocksSinceLastStep` come
 * from the SDK. Also the epoch arithmetic of subtensor's `should_run_epoch` and
 * `current_epoch_with_lookahead` on those values.
 */
import { type AccountId, AccountIdCodec, type Hash, HashCodec } from '@taonet/primitives';
import { defineStorageItem, type KeyPart } from '@taonet/sdk';
import { Tuple, u16, u64, Vector } from 'scale-ts';

const SUBTENSOR = 'SubtensorModule';
const netuidKey: KeyPart<number> = { codec: u16, hasher: 'Identity' };

const perSubnetU64 = (name: string) =>
  defineStorageItem<[number], bigint>({
    pallet: SUBTENSOR,
    name,
    keys: [netuidKey],
    value: u64,
    fallback: 0n,
  });

export const LastEpochBlock = perSubnetU64('LastEpochBlock');
export const PendingEpochAt = perSubnetU64('PendingEpochAt');
export const SubnetEpochIndex = perSubnetU64('SubnetEpochIndex');

/** `(commit_hash, commit_epoch, commit_block, unused)`, oldest first. */
export type WeightCommitEntry = [hash: Hash, commitEpoch: bigint, commitBlock: bigint, unused: bigint];

export const WeightCommits = defineStorageItem<[number, AccountId], WeightCommitEntry[]>({
  pallet: SUBTENSOR,
  name: 'WeightCommits',
  keys: [
    { codec: u16, hasher: 'Twox64Concat' },
    { codec: AccountIdCodec, hasher: 'Twox64Concat' },
  ],
  value: Vector(Tuple(HashCodec, u64, u64, u64)),
  fallback: [],
});

/** A subnet's epoch schedule as stored. */
export interface EpochSchedule {
  tempo: bigint;
  lastEpochBlock: bigint;
  pendingEpochAt: bigint;
  blocksSinceLastStep: bigint;
  epochIndex: bigint;
}

/** `BlocksSinceLastStep` above which subtensor forces an epoch. */
const MAX_BLOCKS_WITHOUT_EPOCH = 50_400n;

/** `should_run_epoch(netuid, block)`. */
export function shouldRunEpoch(schedule: EpochSchedule, block: bigint): boolean {
  if (schedule.tempo === 0n) return false;
  if (schedule.pendingEpochAt !== 0n && block >= schedule.pendingEpochAt) return true;
  if (schedule.blocksSinceLastStep > MAX_BLOCKS_WITHOUT_EPOCH) return true;
  return block > schedule.lastEpochBlock && block - schedule.lastEpochBlock >= schedule.tempo;
}

/** `current_epoch_with_lookahead` as an extrinsic in `block` sees it, from the state before that block. */
export function getEpochWithLookahead(schedule: EpochSchedule, block: bigint): bigint {
  return shouldRunEpoch(schedule, block) ? schedule.epochIndex + 1n : schedule.epochIndex;
}
