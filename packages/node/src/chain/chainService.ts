/**
 * The chain: the store (@taonet/storage) with the runtime on top. It writes the genesis block of the
 * chain spec (or checks that the data directory holds that chain), authors blocks from pool transactions,
 * imports blocks with every check, commits each block with its state atomically, and tells listeners
 * about each new best block. One operation at a time (authoring and import are queued).
 *
 * Finality: blocks are finalized as they are committed. This is exact for a single authority (the dev
 * chain: nobody else can build a competing block); with several authorities it stands in for the
 * finality gadget (>= 2/3 authority signatures) that arrives with block sync between nodes.
 */
import type { Keypair } from '@taonet/crypto';
import { fromHex, type Hash, isTaonetError, TaonetError } from '@taonet/primitives';
import type { Runtime, StateChanges } from '@taonet/runtime';
import type { ChainStore, PagedStateBackend, StagedState } from '@taonet/storage';
import { type Block, decodeBlock, encodeBlock } from '../block/blockCodec.js';
import { computeExtrinsicsRoot } from '../block/extrinsicsRoot.js';
import {
  addSeal,
  computeHeaderHash,
  createSlotDigest,
  decodeHeader,
  encodeHeader,
  getHeaderSlot,
  type Header,
} from '../block/header.js';
import type { ChainSpec } from '../chainSpec/chainSpec.js';
import type { SigningChain } from '../extrinsic/checkExtrinsicSignature.js';
import type { DecodedExtrinsic } from '../extrinsic/decodeExtrinsic.js';
import { RUNTIME_VERSION } from '../extrinsic/runtimeVersion.js';
import type { PoolTransaction } from '../txpool/poolTransaction.js';
import { buildBlock } from './blockBuilder.js';
import type { ExecutedBlock } from './blockExecution.js';
import { BlockImportError } from './blockImportError.js';
import { type BlockLimits, DEFAULT_BLOCK_LIMITS } from './blockLimits.js';
import { decodeEventRecords, type EventRecord, encodeEventRecords, toEventRecords } from './eventJson.js';
import { createGenesisBlock } from './genesisBlock.js';
import { ImportAhead } from './importAhead.js';
import { createInThreadVerifier, type SignatureVerifier } from './signatureVerifier.js';
import {
  type BodyContext,
  type ChainHead,
  getSlotAuthor,
  type PreparedBlock,
  prepareBlock,
  verifyBlock,
} from './verifyBlock.js';

export interface ChainServiceOpts {
  readonly spec: ChainSpec;
  readonly limits?: BlockLimits;
  /** a block listener threw (the block is committed regardless) */
  readonly onListenerError?: (error: unknown) => void;
}

export interface ChainServiceModules {
  readonly store: ChainStore;
  readonly runtime: Runtime;
  /** signature checks at import (default: in the calling thread) */
  readonly verifier?: SignatureVerifier;
}

export interface BlockTimings {
  readonly executionMs: number;
  /** state root staging (Merkle trie) */
  readonly rootMs: number;
  readonly commitMs: number;
  readonly totalMs: number;
}

/** A block that became best (and finalized). */
export interface NewBlock {
  readonly hash: Hash;
  readonly number: number;
  readonly header: Header;
  readonly block: Block;
  readonly extrinsics: readonly DecodedExtrinsic[];
  readonly events: readonly EventRecord[];
  readonly changes: StateChanges;
  readonly origin: 'authored' | 'imported';
  readonly timings: BlockTimings;
}

export interface AuthoredBlock extends NewBlock {
  readonly included: readonly PoolTransaction[];
  readonly rejected: readonly { readonly tx: PoolTransaction; readonly reason: string }[];
}

interface CommitInput {
  readonly header: Header;
  readonly slot: number;
  readonly extrinsics: readonly DecodedExtrinsic[];
  readonly executed: ExecutedBlock;
  readonly stateChanges: StateChanges | StagedState;
  readonly origin: NewBlock['origin'];
  readonly started: number;
  readonly rootMs: number;
}

export class ChainService {
  readonly signing: SigningChain;
  private readonly limits: BlockLimits;
  private readonly verifier: SignatureVerifier;
  private readonly listeners = new Set<(block: NewBlock) => void>();
  private readonly importAhead = new ImportAhead((block) => prepareBlock(block, this.bodyContext()));
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly spec: ChainSpec,
    readonly genesisHash: Hash,
    private head: ChainHead,
    private readonly modules: ChainServiceModules,
    limits: BlockLimits,
    private readonly onListenerError: (error: unknown) => void,
  ) {
    this.limits = limits;
    this.verifier = modules.verifier ?? createInThreadVerifier();
    const store = modules.store;
    this.signing = {
      genesisHash,
      runtimeVersion: RUNTIME_VERSION,
      getCanonicalHash: (number) => store.getHash(number),
    };
  }

  /** Opens the chain of `spec` in the store, writing its genesis block on first use. */
  static async open(opts: ChainServiceOpts, modules: ChainServiceModules): Promise<ChainService> {
    const { store, runtime } = modules;
    const genesis = await createGenesisBlock(opts.spec, runtime);
    const stored = store.genesis;
    if (stored === undefined) {
      const { header } = genesis.block;
      await store.commitBlock({
        hash: genesis.hash,
        number: 0,
        parentHash: header.parentHash,
        block: encodeBlock(genesis.block),
        header: encodeHeader(header),
        stateChanges: genesis.state.changes,
        expectedStateRoot: header.stateRoot,
        events: encodeEventRecords(toEventRecords(genesis.state.events)),
        finalized: genesis.hash,
      });
    } else if (stored.hash !== genesis.hash) {
      throw new TaonetError(
        'GENESIS_MISMATCH',
        `the data directory holds another chain (genesis ${stored.hash}, the chain spec gives ${genesis.hash})`,
        { details: { stored: stored.hash, spec: genesis.hash } },
      );
    }
    const best = store.best!;
    const header = decodeHeader(best.header!);
    const head = { hash: best.hash, number: best.number, header, slot: getHeaderSlot(header) ?? -1 };
    const onError = opts.onListenerError ?? ((error: unknown) => console.error(error));
    return new ChainService(
      opts.spec,
      genesis.hash,
      head,
      modules,
      opts.limits ?? DEFAULT_BLOCK_LIMITS,
      onError,
    );
  }

  get best(): ChainHead {
    return this.head;
  }

  get finalized(): { readonly hash: Hash; readonly number: number } {
    const record = this.modules.store.finalized!;
    return { hash: record.hash, number: record.number };
  }

  get runtime(): Runtime {
    return this.modules.runtime;
  }

  get blockLimits(): BlockLimits {
    return this.limits;
  }

  /** The Aura slot of wall-clock time `now` (ms). */
  slotAt(now: number): number {
    return Math.floor(now / this.spec.blockTime);
  }

  onBlock(listener: (block: NewBlock) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getHash(number: number): Hash | undefined {
    return this.modules.store.getHash(number);
  }

  getHeader(hash: Hash): Header | undefined {
    if (hash === this.head.hash) return this.head.header;
    const bytes = this.modules.store.getBlockRecord(hash)?.header;
    return bytes === undefined ? undefined : decodeHeader(bytes);
  }

  getBlock(hash: Hash): Block | undefined {
    const bytes = this.modules.store.getBlock(hash);
    return bytes === undefined ? undefined : decodeBlock(bytes);
  }

  getEvents(hash: Hash): EventRecord[] | undefined {
    const bytes = this.modules.store.getEvents(hash);
    return bytes === undefined ? undefined : decodeEventRecords(bytes);
  }

  /** The state after block `at` (default: best): the flat table at the head, the trie elsewhere. */
  stateAt(at?: Hash): PagedStateBackend {
    if (at === undefined || at === this.head.hash) return this.modules.store.state;
    return this.modules.store.stateAt(at);
  }

  getReadProof(keys: readonly string[], at?: Hash): { at: Hash; proof: Uint8Array[] } {
    return this.modules.store.getReadProof(keys, at ?? this.head.hash);
  }

  /** The authority of `slot`. */
  authorOf(slot: number) {
    return getSlotAuthor(this.spec.authorities, slot);
  }

  /** Authors the block of `slot` on the best block with `key`, from `candidates` in order. */
  authorBlock(
    slot: number,
    key: Keypair,
    candidates: Iterable<PoolTransaction>,
    maxTransactions: number,
  ): Promise<AuthoredBlock> {
    return this.exclusive(async () => {
      const started = performance.now();
      const parent = this.head;
      if (slot <= parent.slot)
        throw new TaonetError('SLOT_TAKEN', `slot ${slot} is not after ${parent.slot}`);
      const built = buildBlock({
        runtime: this.modules.runtime,
        parentState: this.modules.store.state,
        number: parent.number + 1,
        timestamp: slot * this.spec.blockTime,
        author: key.accountId,
        parentHash: parent.hash,
        candidates,
        limits: this.limits,
        maxTransactions,
      });
      const rootStarted = performance.now();
      const staged = await this.modules.store.stageState(built.executed.changes);
      const rootMs = performance.now() - rootStarted;
      const unsealed: Header = {
        parentHash: parent.hash,
        number: parent.number + 1,
        stateRoot: staged.stateRoot,
        extrinsicsRoot: computeExtrinsicsRoot(built.extrinsics.map((xt) => xt.bytes)),
        digest: [createSlotDigest(slot)],
      };
      const header = addSeal(unsealed, key.sign(fromHex(computeHeaderHash(unsealed))));
      const input = {
        header,
        slot,
        extrinsics: built.extrinsics,
        executed: built.executed,
        stateChanges: staged,
      };
      const block = await this.commit({ ...input, origin: 'authored', started, rootMs });
      return { ...block, included: built.included, rejected: built.rejected };
    });
  }

  /**
   * Verifies, executes and commits an encoded block on the best block; throws `BlockImportError`. Blocks
   * given before the previous ones are imported are decoded and verified ahead (`ImportAhead`).
   */
  importBlock(bytes: Uint8Array, currentSlot?: number): Promise<NewBlock> {
    const queued = this.importAhead.enqueue(bytes);
    return this.exclusive(async () => {
      const prepared = this.importAhead.take(queued);
      try {
        return await this.importNow(bytes, prepared, currentSlot);
      } finally {
        this.importAhead.done();
      }
    });
  }

  private async importNow(bytes: Uint8Array, prepared: PreparedBlock | undefined, currentSlot?: number) {
    const started = performance.now();
    let block: Block;
    try {
      block = prepared?.block ?? decodeBlock(bytes);
    } catch (cause) {
      throw new BlockImportError('format', `the block does not decode: ${(cause as Error).message}`);
    }
    const verified = await verifyBlock(
      block,
      bytes.length,
      {
        ...this.bodyContext(),
        parent: this.head,
        parentState: this.modules.store.state,
        authorities: this.spec.authorities,
        stageState: (changes) => this.modules.store.stageState(changes),
        ...(currentSlot === undefined ? {} : { currentSlot }),
      },
      prepared,
    );
    const { header } = block;
    const input = {
      header,
      slot: verified.slot,
      extrinsics: verified.extrinsics,
      executed: verified.executed,
    };
    return this.commit({
      ...input,
      stateChanges: verified.staged ?? verified.executed.changes,
      origin: 'imported',
      started,
      rootMs: verified.rootMs,
    });
  }

  private bodyContext(): BodyContext {
    return {
      runtime: this.modules.runtime,
      slotDuration: this.spec.blockTime,
      signing: this.signing,
      limits: this.limits,
      verifier: this.verifier,
    };
  }

  private async commit(input: CommitInput): Promise<NewBlock> {
    const { header, extrinsics, executed } = input;
    const hash = computeHeaderHash(header);
    const block: Block = { header, extrinsics: extrinsics.map((xt) => xt.bytes) };
    const events = toEventRecords(executed.events);
    const commitStarted = performance.now();
    try {
      await this.modules.store.commitBlock({
        hash,
        number: header.number,
        parentHash: header.parentHash,
        block: encodeBlock(block),
        header: encodeHeader(header),
        stateChanges: input.stateChanges,
        expectedStateRoot: header.stateRoot,
        events: encodeEventRecords(events),
        extrinsicHashes: extrinsics.map((xt) => xt.hash),
        finalized: hash,
      });
    } catch (error) {
      if (isTaonetError(error, 'STATE_ROOT_MISMATCH')) {
        throw new BlockImportError('stateRoot', error.message, { ...error.details });
      }
      throw error;
    }
    const done = performance.now();
    this.head = { hash, number: header.number, header, slot: input.slot };
    const timings = {
      executionMs: executed.executionMs,
      rootMs: input.rootMs,
      commitMs: done - commitStarted,
      totalMs: done - input.started,
    };
    const changes = executed.changes;
    const result: NewBlock = {
      hash,
      number: header.number,
      header,
      block,
      extrinsics,
      events,
      changes,
      origin: input.origin,
      timings,
    };
    for (const listener of this.listeners) {
      try {
        listener(result);
      } catch (error) {
        this.onListenerError(error);
      }
    }
    return result;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
