/**
 * The chain store: blocks, the canonical chain, pointers, indexes and state in one LMDB environment.
 *
 * State lives twice: a flat table of the best block's values (`state`, what the runtime reads) and a
 * Merkle Patricia trie whose root goes into each header (`stateAt(block)` reads any kept state,
 * `getReadProof` proves values). `commitBlock` stages the changes in the trie in memory, then writes the
 * block, its flat values, its new trie nodes, its undo journal, its indexes and the best pointer in ONE
 * LMDB transaction: after a crash the store is at the last committed block, exactly. The states that
 * leave the kept window are freed afterwards, in small transactions of their own.
 */
import { fromHex, type Hash, TaonetError, toHex } from '@taonet/primitives';
import {
  type BlockCommitPlan,
  type CommitPolicy,
  pruningDue,
  writeBestRevert,
  writeBlockCommit,
  writeFinalized,
  writePruningStep,
} from './blockCommit.js';
import { type BlockRecord, decodeBlockRecord } from './blockRecord.js';
import { type ChainDbs, openChainDbs } from './chainDbs.js';
import { FlatState } from './flatState.js';
import { StagedState, stageStateChanges } from './stagedState.js';
import type { StateChanges } from './stateBackend.js';
import { toPlainBytes } from './stateKey.js';
import { ensureFormat, getOldestState, getPointer, type StateHistory } from './storeMeta.js';
import { readStoreSpace, type StoreSpace } from './storeSpace.js';
import { readStoredNode } from './trieNodeWriter.js';
import { EMPTY_TRIE_ROOT, type NodeSource } from './trieReader.js';
import { TrieState } from './trieState.js';

export interface ChainStoreOpts {
  /** Directory of the LMDB environment (created when missing). */
  readonly path: string;
  /** Keep the state of the last N blocks (default 256, at least 2), or of every block ('archive'). */
  readonly stateHistory?: StateHistory;
  /** Skip fsync on commit: survives a killed process but not an OS crash (tests, benchmarks). */
  readonly noSync?: boolean;
  /**
   * Address space reserved for LMDB's memory map, bytes (default 64 GiB, `DEFAULT_MAP_SIZE`). Virtual
   * only: the file grows with its data. Set it above the database's expected size so the map is never
   * remapped (each remap leaves the old map alive, and its resident pages, until the store closes).
   */
  readonly mapSize?: number;
  /**
   * Trie nodes one pruning transaction deletes at most (default 1,000; death-row entries, each deleting at
   * most one node). The states leaving the window are
   * freed after each block's commit, in transactions of their own, so that no commit writes and frees
   * both a block's new nodes and an old state's.
   */
  readonly pruneStepNodes?: number;
}

export interface CommitBlockInput {
  readonly hash: Hash;
  readonly number: number;
  readonly parentHash: Hash;
  /** The encoded block, stored as given. */
  readonly block: Uint8Array;
  /** The encoded header, stored beside the record for header-only reads. */
  readonly header?: Uint8Array;
  /** The block's net state writes, or their `stageState` result (reused, not recomputed). */
  readonly stateChanges: StateChanges | StagedState;
  /** When given, the commit fails with STATE_ROOT_MISMATCH unless the new state root equals it. */
  readonly expectedStateRoot?: Hash;
  /** The block's encoded events, stored as given. */
  readonly events?: Uint8Array;
  /** The extrinsic hashes in block order, indexed to (block, index). */
  readonly extrinsicHashes?: readonly Hash[];
  /** Moves the finalized pointer in the same transaction. */
  readonly finalized?: Hash;
}

export interface ChainStoreStats {
  readonly blocks: number;
  readonly stateKeys: number;
  readonly trieNodes: number;
  /** The lowest block number whose state is kept (0 in archive mode). */
  readonly oldestState: number;
}

export interface ExtrinsicLocation {
  readonly blockHash: Hash;
  readonly index: number;
}

const DEFAULT_HISTORY = 256;
/**
 * Trie nodes one pruning transaction deletes at most: small enough that its commit writes and frees a
 * fraction of what a block's commit does, large enough that there are few commits (and fsyncs) a block.
 */
const DEFAULT_PRUNE_STEP_NODES = 1_000;

export async function openChainStore(opts: ChainStoreOpts): Promise<ChainStore> {
  const history = opts.stateHistory ?? DEFAULT_HISTORY;
  if (history !== 'archive' && (!Number.isInteger(history) || history < 2)) {
    throw new TaonetError(
      'INVALID_OPTION',
      `stateHistory must be 'archive' or an integer >= 2, got ${history}`,
    );
  }
  const pruneStep = opts.pruneStepNodes ?? DEFAULT_PRUNE_STEP_NODES;
  if (!Number.isSafeInteger(pruneStep) || pruneStep < 1) {
    throw new TaonetError('INVALID_OPTION', `pruneStepNodes must be an integer >= 1, got ${pruneStep}`);
  }
  if (opts.mapSize !== undefined && (!Number.isSafeInteger(opts.mapSize) || opts.mapSize < 2 ** 20)) {
    throw new TaonetError('INVALID_OPTION', `mapSize must be an integer >= 1 MiB, got ${opts.mapSize}`);
  }
  const dbs = openChainDbs({
    path: opts.path,
    ...(opts.noSync === undefined ? {} : { noSync: opts.noSync }),
    ...(opts.mapSize === undefined ? {} : { mapSize: opts.mapSize }),
  });
  try {
    dbs.env.transactionSync(() => ensureFormat(dbs.meta, history));
  } catch (error) {
    await dbs.env.close();
    throw error;
  }
  return new ChainStore(dbs, {
    pruning: history !== 'archive',
    window: history === 'archive' ? DEFAULT_HISTORY : history,
    pruneStep,
  });
}

export class ChainStore {
  /** The state at the best block (flat, synchronous): the backend the runtime builds the next block on. */
  readonly state: FlatState;
  private readonly nodeSource: NodeSource;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dbs: ChainDbs,
    private readonly policy: CommitPolicy,
  ) {
    this.state = new FlatState(dbs.state);
    this.nodeSource = (hash, position) => readStoredNode(dbs, hash, position);
  }

  get best(): BlockRecord | undefined {
    return this.pointer('best');
  }

  get finalized(): BlockRecord | undefined {
    return this.pointer('finalized');
  }

  get genesis(): BlockRecord | undefined {
    return this.pointer('genesis');
  }

  /** The state root of the best block (the empty trie's root before genesis). */
  get bestStateRoot(): Hash {
    return this.best?.stateRoot ?? (toHex(EMPTY_TRIE_ROOT) as Hash);
  }

  getBlock(hash: Hash): Uint8Array | undefined {
    return this.bytesAt(this.dbs.blocks, hash);
  }

  getBlockRecord(hash: Hash): BlockRecord | undefined {
    const bytes = this.bytesAt(this.dbs.blockRecords, hash);
    return bytes === undefined ? undefined : decodeBlockRecord(toHex(toHashBytes(hash)) as Hash, bytes);
  }

  /** The hash of the canonical block at `number`. */
  getHash(number: number): Hash | undefined {
    const bytes = this.dbs.numbers.getBinary(number);
    return bytes === undefined ? undefined : (toHex(bytes) as Hash);
  }

  getBlockRecordByNumber(number: number): BlockRecord | undefined {
    const hash = this.getHash(number);
    return hash === undefined ? undefined : this.getBlockRecord(hash);
  }

  getEvents(blockHash: Hash): Uint8Array | undefined {
    return this.bytesAt(this.dbs.events, blockHash);
  }

  getExtrinsicHashes(blockHash: Hash): Hash[] {
    const all = this.bytesAt(this.dbs.blockExtrinsics, blockHash);
    const out: Hash[] = [];
    if (all !== undefined)
      for (let at = 0; at < all.length; at += 32) out.push(toHex(all.subarray(at, at + 32)) as Hash);
    return out;
  }

  /** Where a canonical block included this extrinsic. */
  findExtrinsic(extrinsicHash: Hash): ExtrinsicLocation | undefined {
    const location = this.bytesAt(this.dbs.extrinsics, extrinsicHash);
    if (location === undefined) return undefined;
    const index = new DataView(location.buffer, location.byteOffset, 36).getUint32(32);
    return { blockHash: toHex(location.subarray(0, 32)) as Hash, index };
  }

  /**
   * The state after block `at` (hash or canonical number; default best), read through the trie. Throws
   * UNKNOWN_BLOCK, or STATE_PRUNED when the block is older than the kept window.
   */
  stateAt(at?: Hash | number): TrieState {
    const record = this.resolveBlock(at);
    const canonical = this.getHash(record.number) === record.hash;
    if (this.policy.pruning && canonical && record.number < getOldestState(this.dbs.meta)) {
      throw new TaonetError('STATE_PRUNED', `the state of block ${record.number} is pruned`, {
        details: { number: record.number, oldestKept: getOldestState(this.dbs.meta) },
      });
    }
    return new TrieState(fromHex(record.stateRoot), this.nodeSource);
  }

  /** The state with this root, if its nodes are stored (reads throw STATE_UNAVAILABLE otherwise). */
  stateAtRoot(stateRoot: Hash): TrieState {
    return new TrieState(toHashBytes(stateRoot), this.nodeSource);
  }

  /** `state_getReadProof`: the trie nodes proving `keys` at block `at` (default best). */
  getReadProof(keys: readonly string[], at?: Hash | number): { at: Hash; proof: Uint8Array[] } {
    const record = this.resolveBlock(at);
    return { at: record.hash, proof: this.stateAt(record.hash).getReadProof(keys) };
  }

  /** Computes the state root `changes` give on top of the best block, keeping the work for `commitBlock`. */
  stageState(changes: StateChanges): Promise<StagedState> {
    return this.exclusive(() => stageStateChanges(this.nodeSource, fromHex(this.bestStateRoot), changes));
  }

  /** Appends a block on top of the best block with its state, atomically; returns its record. */
  commitBlock(input: CommitBlockInput): Promise<BlockRecord> {
    return this.exclusive(async () => {
      const parentRoot = fromHex(this.bestStateRoot);
      this.ensureExtends(input);
      const staged =
        input.stateChanges instanceof StagedState
          ? input.stateChanges
          : await stageStateChanges(this.nodeSource, parentRoot, input.stateChanges);
      if (Buffer.compare(staged.baseRoot, parentRoot) !== 0) {
        throw new TaonetError('STALE_STAGED_STATE', 'the staged state was computed on another best block');
      }
      if (input.expectedStateRoot !== undefined && input.expectedStateRoot !== staged.stateRoot) {
        throw new TaonetError(
          'STATE_ROOT_MISMATCH',
          `block ${input.number}: state root ${staged.stateRoot} differs`,
          {
            details: { expected: input.expectedStateRoot, computed: staged.stateRoot },
          },
        );
      }
      if (input.finalized !== undefined) this.ensureFinalizable(input.finalized, input);
      const plan = toCommitPlan(input, staged);
      this.dbs.env.transactionSync(() => writeBlockCommit(this.dbs, plan, this.policy));
      this.pruneStates(input.number);
      return this.getBlockRecord(input.hash)!;
    });
  }

  /**
   * Frees what left the window ending at block `best`, in transactions of its own after the block's (see
   * `writePruningStep`), each deleting at most `pruneStepNodes` trie nodes. The block is committed
   * already: a failure here names the block and leaves the rows for the next commit.
   */
  private pruneStates(best: number): void {
    if (!pruningDue(this.dbs, best, this.policy)) return;
    const step = () => writePruningStep(this.dbs, best, this.policy, this.policy.pruneStep);
    try {
      while (!this.dbs.env.transactionSync(step));
    } catch (error) {
      throw new TaonetError(
        'PRUNING_FAILED',
        `block ${best} is committed, but freeing older states failed (retried at the next commit): ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  /**
   * Undoes the best block (a fork switch): its state changes are rolled back from the undo journal and
   * its parent becomes best. Refuses finalized blocks and blocks older than the kept window.
   */
  revertBest(): Promise<BlockRecord> {
    return this.exclusive(async () => {
      const best = this.best;
      if (best === undefined || best.number === 0)
        throw new TaonetError('REVERT_UNAVAILABLE', 'nothing to revert');
      const finalized = this.finalized;
      if (finalized !== undefined && finalized.number >= best.number) {
        throw new TaonetError('REVERT_FINALIZED', `block ${best.number} is finalized`);
      }
      if (this.policy.pruning && best.number - 1 < getOldestState(this.dbs.meta)) {
        throw new TaonetError('REVERT_UNAVAILABLE', `the state of block ${best.number - 1} is pruned`);
      }
      this.dbs.env.transactionSync(() => writeBestRevert(this.dbs, fromHex(best.hash), this.policy));
      return this.best!;
    });
  }

  /** Moves the finalized pointer to a canonical block at or above the current one. */
  setFinalized(hash: Hash): Promise<void> {
    return this.exclusive(async () => {
      this.ensureFinalizable(hash);
      this.dbs.env.transactionSync(() => writeFinalized(this.dbs, fromHex(hash)));
    });
  }

  /** Entry counts, for metrics and tests. */
  stats(): ChainStoreStats {
    return {
      blocks: this.dbs.blocks.getCount(),
      stateKeys: this.dbs.state.getCount(),
      trieNodes: this.dbs.trieNodes.getCount(),
      oldestState: this.policy.pruning ? getOldestState(this.dbs.meta) : 0,
    };
  }

  /** Where the bytes of the database file are: pages per table and free pages (metrics, benchmarks). */
  space(): StoreSpace {
    return readStoreSpace(this.dbs);
  }

  /** Waits for pending commits, then closes the environment. */
  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.dbs.env.close();
  }

  private ensureExtends(input: CommitBlockInput): void {
    const best = this.best;
    const expectedNumber = best === undefined ? 0 : best.number + 1;
    const parentHash = toHex(toHashBytes(input.parentHash));
    if (input.number !== expectedNumber || (best !== undefined && parentHash !== best.hash)) {
      throw new TaonetError(
        'NOT_BEST_CHILD',
        `block ${input.number} (parent ${input.parentHash}) does not extend the best block ${best?.number ?? 'none'}`,
        { details: { number: input.number, parentHash: input.parentHash, best: best?.hash } },
      );
    }
  }

  /** `hash` is the committed block or canonical, and not below the finalized block. */
  private ensureFinalizable(hash: Hash, input?: CommitBlockInput): void {
    const normalized = toHex(toHashBytes(hash));
    const record =
      input !== undefined && normalized === toHex(toHashBytes(input.hash))
        ? input
        : this.getBlockRecord(hash);
    if (record === undefined || (record !== input && this.getHash(record.number) !== normalized)) {
      throw new TaonetError('UNKNOWN_BLOCK', `block ${hash} is not on the canonical chain`);
    }
    if ((this.finalized?.number ?? -1) > record.number) {
      throw new TaonetError('FINALITY_REVERSAL', `block ${record.number} is below the finalized block`);
    }
  }

  private resolveBlock(at: Hash | number | undefined): BlockRecord {
    const record =
      at === undefined
        ? this.best
        : typeof at === 'number'
          ? this.getBlockRecordByNumber(at)
          : this.getBlockRecord(at);
    if (record === undefined) throw new TaonetError('UNKNOWN_BLOCK', `block ${at ?? 'best'} is not stored`);
    return record;
  }

  private pointer(name: 'best' | 'finalized' | 'genesis'): BlockRecord | undefined {
    const hash = getPointer(this.dbs.meta, name);
    return hash === undefined ? undefined : this.getBlockRecord(hash);
  }

  private bytesAt(db: ChainDbs['blocks'], hash: Hash): Uint8Array | undefined {
    const bytes = db.getBinary(toHashBytes(hash));
    return bytes === undefined ? undefined : toPlainBytes(bytes);
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toCommitPlan(input: CommitBlockInput, staged: StagedState): BlockCommitPlan {
  return {
    hash: toHashBytes(input.hash),
    number: input.number,
    parentHash: toHashBytes(input.parentHash),
    block: input.block,
    header: input.header,
    staged,
    events: input.events,
    extrinsicHashes: (input.extrinsicHashes ?? []).map(toHashBytes),
    finalized: input.finalized === undefined ? undefined : toHashBytes(input.finalized),
  };
}

function toHashBytes(hash: Hash | string): Uint8Array {
  const bytes = fromHex(hash);
  if (bytes.length !== 32) throw new TaonetError('INVALID_HASH', `"${hash}" is not a 32-byte hash`);
  return bytes;
}
