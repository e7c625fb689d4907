/**
 * The writes of one block commit and of one revert, each run inside a single LMDB write transaction by
 * `ChainStore`: the block, its state (flat values, trie nodes, undo journal), its indexes and the
 * pointers land together or not at all.
 */
import { TaonetError } from '@taonet/primitives';
import { decodeBlockRecordFields, encodeBlockRecord } from './blockRecord.js';
import type { ChainDbs } from './chainDbs.js';
import type { StagedState } from './stagedState.js';
import { decodeBlockJournal, encodeBlockJournal, type JournalEntry } from './stateJournal.js';
import { stateKeyToBytes, toPlainBytes } from './stateKey.js';
import { getOldestState, putOldestState, putPointer, takeCommitSeq } from './storeMeta.js';
import { pruneRow, TrieNodeWriter } from './trieNodeWriter.js';

export interface BlockCommitPlan {
  readonly hash: Uint8Array;
  readonly number: number;
  readonly parentHash: Uint8Array;
  readonly block: Uint8Array;
  readonly header: Uint8Array | undefined;
  readonly staged: StagedState;
  readonly events: Uint8Array | undefined;
  readonly extrinsicHashes: readonly Uint8Array[];
  readonly finalized: Uint8Array | undefined;
}

export interface CommitPolicy {
  /** Free the trie nodes of states older than the window (false = archive). */
  readonly pruning: boolean;
  /** How many recent blocks keep their state (pruning) and their undo journal (both modes). */
  readonly window: number;
  /** Death-row entries (trie nodes) one pruning transaction carries out at most (`writePruningStep`). */
  readonly pruneStep: number;
}

export function writeBlockCommit(dbs: ChainDbs, plan: BlockCommitPlan, policy: CommitPolicy): void {
  const seq = takeCommitSeq(dbs.meta);
  const nodes = new TrieNodeWriter(dbs, policy.pruning, seq);
  const insertedNodes = nodes.insert(plan.staged.inserted);
  nodes.scheduleRemoval(plan.number, plan.staged.replaced);
  const state = writeFlatState(dbs, plan.staged);
  // a block finalized by its own commit can never be reverted: its journal would only be deleted later
  const selfFinalized = plan.finalized !== undefined && Buffer.compare(plan.finalized, plan.hash) === 0;
  if (!selfFinalized) {
    const journal = { seq, state, insertedNodes: policy.pruning ? insertedNodes : [] };
    dbs.journal.putSync(plan.number, encodeBlockJournal(journal));
  }
  writeBlockRows(dbs, plan);
  putPointer(dbs.meta, 'best', plan.hash);
  if (plan.number === 0) putPointer(dbs.meta, 'genesis', plan.hash);
  if (plan.finalized !== undefined) writeFinalized(dbs, plan.finalized);
}

/**
 * Moves the finalized pointer and deletes the undo journals of the blocks it passed: `revertBest` refuses
 * finalized blocks, so those journals can never be used (a node that finalizes each block as it commits
 * it keeps none).
 */
export function writeFinalized(dbs: ChainDbs, hash: Uint8Array): void {
  const from = Math.max(numberOfPointer(dbs, 'finalized') + 1, getOldestState(dbs.meta));
  putPointer(dbs.meta, 'finalized', hash);
  const to = numberOfPointer(dbs, 'finalized');
  for (let number = from; number <= to; number++) dbs.journal.removeSync(number);
}

/** The block number a pointer designates (-1 when unset); the block's record is written already. */
function numberOfPointer(dbs: ChainDbs, name: 'finalized'): number {
  const hash = dbs.meta.getBinary(name);
  const record = hash === undefined ? undefined : dbs.blockRecords.getBinary(hash);
  return record === undefined ? -1 : decodeBlockRecordFields(toPlainBytes(record)).number;
}

/**
 * Applies the changes to the flat state; returns the undo journal (previous values). A write of the value
 * already stored, or the removal of an absent key, changes nothing and is skipped: no journal entry, no
 * page rewritten (the runtime rewrites hundreds of unchanged values per block, as Substrate's overlay
 * does; the state root is the same either way).
 */
function writeFlatState(dbs: ChainDbs, staged: StagedState): JournalEntry[] {
  const journal: JournalEntry[] = [];
  for (const [key, value] of staged.changes) {
    const keyBytes = stateKeyToBytes(key);
    const stored = dbs.state.getBinary(keyBytes);
    const previous = stored === undefined ? undefined : toPlainBytes(stored);
    if (value === null ? previous === undefined : previous !== undefined && sameBytes(previous, value))
      continue;
    journal.push([keyBytes, previous]);
    if (value === null) dbs.state.removeSync(keyBytes);
    else dbs.state.putSync(keyBytes, value);
  }
  return journal;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function writeBlockRows(dbs: ChainDbs, plan: BlockCommitPlan): void {
  dbs.blocks.putSync(plan.hash, plan.block);
  const record = encodeBlockRecord({
    number: plan.number,
    parentHash: plan.parentHash,
    stateRoot: plan.staged.root,
    header: plan.header,
  });
  dbs.blockRecords.putSync(plan.hash, record);
  dbs.numbers.putSync(plan.number, plan.hash);
  if (plan.events !== undefined) dbs.events.putSync(plan.hash, plan.events);
  if (plan.extrinsicHashes.length === 0) return;
  const all = new Uint8Array(32 * plan.extrinsicHashes.length);
  plan.extrinsicHashes.forEach((xt, index) => {
    all.set(xt, 32 * index);
    const location = new Uint8Array(36);
    location.set(plan.hash);
    new DataView(location.buffer).setUint32(32, index);
    dbs.extrinsics.putSync(xt, location);
  });
  dbs.blockExtrinsics.putSync(plan.hash, all);
}

/**
 * One step of freeing the states and journals of the blocks that left the window ending at `best` (the
 * best block's number), in its own transaction after the block's: at most `budget` death-row entries
 * (each deletes at most one trie node). When the state of block `oldest` goes, the nodes block
 * `oldest + 1` replaced are needed no more. Returns true once nothing is left to free.
 *
 * Why apart from the block's commit: LMDB reuses the pages a commit frees only after the next commit, so
 * its free pages hold the two consecutive commits that wrote the most, and each commit saves the list of
 * pages it freed as one record on contiguous pages, which a fragmented free list often cannot give (the
 * file then grows). Deleting the pruned nodes (random pages, like the inserts) in commits of their own
 * halves what one commit writes and frees. A crash between the two loses nothing: the rows stay, and the
 * next step carries them out.
 */
export function writePruningStep(dbs: ChainDbs, best: number, policy: CommitPolicy, budget: number): boolean {
  const from = getOldestState(dbs.meta);
  const keepFrom = best - policy.window + 1;
  let oldest = from;
  let left = budget;
  for (; oldest < keepFrom; oldest++) {
    const row = policy.pruning ? pruneRow(dbs, oldest + 1, left) : { carried: 0, done: true };
    left -= row.carried;
    if (!row.done) break;
    dbs.journal.removeSync(oldest);
  }
  if (oldest !== from) putOldestState(dbs.meta, oldest);
  return oldest >= keepFrom;
}

/** Whether states or journals have left the window ending at `best` and wait to be freed. */
export function pruningDue(dbs: ChainDbs, best: number, policy: CommitPolicy): boolean {
  return getOldestState(dbs.meta) < best - policy.window + 1;
}

/**
 * Undoes the best block: restores the flat state from its journal, schedules the trie nodes it wrote for
 * removal (and keeps the ones it replaced), drops its canonical and extrinsic index entries, and makes its parent the best block. The block's bytes
 * and record stay readable by hash.
 */
export function writeBestRevert(dbs: ChainDbs, best: Uint8Array, policy: CommitPolicy): void {
  const recordBytes = dbs.blockRecords.getBinary(best);
  if (recordBytes === undefined) throw new TaonetError('CORRUPT_STORE', 'the best block has no record');
  const record = decodeBlockRecordFields(toPlainBytes(recordBytes));
  const stored = dbs.journal.getBinary(record.number);
  if (stored === undefined) {
    throw new TaonetError('REVERT_UNAVAILABLE', `block ${record.number} has no undo journal any more`);
  }
  const journal = decodeBlockJournal(toPlainBytes(stored));
  for (const [key, previous] of [...journal.state].reverse()) {
    if (previous === undefined) dbs.state.removeSync(key);
    else dbs.state.putSync(key, previous);
  }
  new TrieNodeWriter(dbs, policy.pruning, takeCommitSeq(dbs.meta)).revert(record.number, journal);
  dbs.journal.removeSync(record.number);
  dbs.numbers.removeSync(record.number);
  removeExtrinsicIndex(dbs, best);
  putPointer(dbs.meta, 'best', record.parentHash);
}

function removeExtrinsicIndex(dbs: ChainDbs, blockHash: Uint8Array): void {
  const all = dbs.blockExtrinsics.getBinary(blockHash);
  if (all === undefined) return;
  for (let at = 0; at < all.length; at += 32) {
    const xt = all.subarray(at, at + 32);
    const location = dbs.extrinsics.getBinary(xt);
    if (location !== undefined && Buffer.compare(location.subarray(0, 32), blockHash) === 0) {
      dbs.extrinsics.removeSync(xt);
    }
  }
}
