/**
 * The transaction pool: validated signed extrinsics waiting for a block. Ready transactions (nonces
 * consecutive from the account's) are handed to the block builder best priority (tip) first; future
 * ones are held back until the gap fills or they expire. Limits: ready and future counts, total bytes,
 * transactions per signer; when full, the lowest-priority transaction that strands nothing is evicted (or
 * the newcomer is refused). A transaction with the same signer and nonce replaces one with a lower tip.
 * After each block `maintain` drops what was included, what the new nonces made stale and what expired.
 */
import type { AccountId, Hash } from '@taonet/primitives';
import { computeExtrinsicHash } from '@taonet/rpc';
import { PoolError } from './poolError.js';
import { isBefore, type PoolTransaction } from './poolTransaction.js';
import { iterateReady } from './readyQueue.js';
import { SenderQueue } from './senderQueue.js';
import type { TransactionStatus, TransactionStatusListener } from './transactionStatus.js';
import type { ValidTransaction } from './validateTransaction.js';

export interface TxPoolOpts {
  /** ready transactions (Substrate's default 8192) */
  readonly maxReady?: number;
  /** future transactions */
  readonly maxFuture?: number;
  /** bytes of all transactions (default 20 MiB) */
  readonly maxBytes?: number;
  /** transactions per signer */
  readonly maxPerAccount?: number;
  /** a future transaction is dropped after this many blocks */
  readonly futureTtlBlocks?: number;
}

export interface TxPoolModules {
  /** full validation at the best block; throws the reason of a refusal */
  validate(bytes: Uint8Array): ValidTransaction;
  bestNumber(): number;
  /** the account nonce at the best block */
  accountNonce(who: AccountId): number;
}

export interface SubmitResult {
  readonly hash: Hash;
  readonly status: 'ready' | 'future';
}

export class TxPool {
  private readonly opts: Required<TxPoolOpts>;
  private readonly byHash = new Map<Hash, PoolTransaction>();
  private readonly senders = new Map<AccountId, SenderQueue>();
  private readonly listeners = new Set<TransactionStatusListener>();
  private seq = 0;
  private totalBytes = 0;
  private ready = 0;

  constructor(
    opts: TxPoolOpts,
    private readonly modules: TxPoolModules,
  ) {
    this.opts = {
      maxReady: opts.maxReady ?? 8192,
      maxFuture: opts.maxFuture ?? 1024,
      maxBytes: opts.maxBytes ?? 20 * 1024 * 1024,
      maxPerAccount: opts.maxPerAccount ?? 256,
      futureTtlBlocks: opts.futureTtlBlocks ?? 600,
    };
  }

  get size(): number {
    return this.byHash.size;
  }

  get readyCount(): number {
    return this.ready;
  }

  get futureCount(): number {
    return this.byHash.size - this.ready;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  has(hash: Hash): boolean {
    return this.byHash.has(hash);
  }

  get(hash: Hash): PoolTransaction | undefined {
    return this.byHash.get(hash);
  }

  onStatus(listener: TransactionStatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates and adds an extrinsic; throws the reason it is refused. */
  submit(bytes: Uint8Array): SubmitResult {
    const hash = computeExtrinsicHash(bytes);
    if (this.byHash.has(hash))
      throw new PoolError('ALREADY_IMPORTED', 'The transaction is already in the pool.', { hash });
    const valid = this.modules.validate(bytes);
    const queue = this.queueOf(valid.sender, valid.accountNonce);
    const existing = queue.txs.get(valid.nonce);
    if (existing !== undefined && valid.priority <= existing.priority) {
      throw new PoolError(
        'TOO_LOW_PRIORITY',
        `Priority is too low: (${existing.priority} vs ${valid.priority})`,
        { old: existing.priority.toString(), new: valid.priority.toString() },
      );
    }
    if (existing === undefined && queue.size >= this.opts.maxPerAccount) {
      throw new PoolError('IMMEDIATELY_DROPPED', `the signer already has ${queue.size} pooled transactions`);
    }
    const tx: PoolTransaction = { ...valid, seq: this.seq++, insertedAt: this.modules.bestNumber() };
    if (existing !== undefined) this.replace(queue, existing, tx);
    else this.insert(queue, tx);
    this.enforceLimits();
    if (!this.byHash.has(hash)) {
      throw new PoolError('IMMEDIATELY_DROPPED', 'the pool is full of transactions of higher priority');
    }
    const status = queue.isReady(tx) ? 'ready' : 'future';
    return { hash, status };
  }

  /** Ready transactions in block order. */
  readyInOrder(): Generator<PoolTransaction> {
    return iterateReady(this.senders.values());
  }

  /** Every pooled transaction: ready ones in block order, then future ones. */
  pending(): PoolTransaction[] {
    const ready = [...this.readyInOrder()];
    const readyHashes = new Set(ready.map((tx) => tx.hash));
    return [...ready, ...[...this.byHash.values()].filter((tx) => !readyHashes.has(tx.hash))];
  }

  /** The next nonce for `who`, counting its pooled ready transactions (`system_accountNextIndex`). */
  nextNonce(who: AccountId): number {
    const stateNonce = this.modules.accountNonce(who);
    const queue = this.senders.get(who);
    let nonce = stateNonce;
    while (queue?.txs.has(nonce)) nonce++;
    return nonce;
  }

  /** Removes a transaction, reporting `status` to watchers (the builder found it invalid, for one). */
  remove(hash: Hash, status: TransactionStatus): void {
    const tx = this.byHash.get(hash);
    if (tx !== undefined) this.removeTx(tx, status);
  }

  /**
   * After a new best block: forget the included transactions (their watchers hear from the chain), then
   * re-read each signer's nonce, dropping stale, expired and too old future transactions.
   */
  maintain(included: readonly Hash[]): void {
    for (const hash of included) {
      const tx = this.byHash.get(hash);
      if (tx !== undefined) this.removeTx(tx, undefined);
    }
    const next = this.modules.bestNumber() + 1;
    for (const [sender, queue] of [...this.senders]) {
      queue.stateNonce = this.modules.accountNonce(sender);
      for (const tx of [...queue.txs.values()]) {
        if (tx.nonce < queue.stateNonce || tx.death <= next) this.removeTx(tx, 'invalid');
      }
      this.refreshQueue(queue);
      for (const tx of [...queue.txs.values()]) {
        if (!queue.isReady(tx) && next - tx.insertedAt > this.opts.futureTtlBlocks)
          this.removeTx(tx, 'dropped');
      }
      if (queue.size === 0) this.senders.delete(sender);
    }
  }

  private queueOf(sender: AccountId, accountNonce: number): SenderQueue {
    let queue = this.senders.get(sender);
    if (queue === undefined) {
      queue = new SenderQueue(accountNonce);
      this.senders.set(sender, queue);
    } else if (queue.stateNonce !== accountNonce) {
      queue.stateNonce = accountNonce;
      for (const tx of [...queue.txs.values()]) if (tx.nonce < accountNonce) this.removeTx(tx, 'invalid');
      this.refreshQueue(queue);
    }
    return queue;
  }

  private insert(queue: SenderQueue, tx: PoolTransaction): void {
    queue.txs.set(tx.nonce, tx);
    this.byHash.set(tx.hash, tx);
    this.totalBytes += tx.xt.bytes.length;
    this.refreshQueue(queue, tx);
  }

  /** Same signer and nonce, higher priority: takes the old one's place (and readiness). */
  private replace(queue: SenderQueue, old: PoolTransaction, tx: PoolTransaction): void {
    queue.txs.set(tx.nonce, tx);
    this.byHash.delete(old.hash);
    this.byHash.set(tx.hash, tx);
    this.totalBytes += tx.xt.bytes.length - old.xt.bytes.length;
    this.emit(old.hash, { usurped: tx.hash });
    this.emit(tx.hash, queue.isReady(tx) ? 'ready' : 'future');
  }

  /** Recomputes a queue's ready run; reports 'ready' for promoted transactions and 'future' for `added`. */
  private refreshQueue(queue: SenderQueue, added?: PoolTransaction): void {
    const { delta, promoted } = queue.refresh();
    this.ready += delta;
    for (const tx of promoted) this.emit(tx.hash, 'ready');
    if (added !== undefined && !promoted.includes(added)) this.emit(added.hash, 'future');
  }

  private removeTx(tx: PoolTransaction, status: TransactionStatus | undefined): void {
    const queue = this.senders.get(tx.sender);
    if (queue === undefined || queue.txs.get(tx.nonce) !== tx) return;
    queue.cutAt(tx.nonce); // a ready run ends before it: what follows waits again
    queue.txs.delete(tx.nonce);
    this.byHash.delete(tx.hash);
    this.totalBytes -= tx.xt.bytes.length;
    this.refreshQueue(queue);
    if (queue.size === 0) this.senders.delete(tx.sender);
    if (status !== undefined) this.emit(tx.hash, status);
  }

  private enforceLimits(): void {
    const { maxReady, maxFuture, maxBytes } = this.opts;
    for (;;) {
      const futureOver = this.futureCount > maxFuture;
      if (!futureOver && this.ready <= maxReady && this.totalBytes <= maxBytes) return;
      const victim = this.findVictim(futureOver);
      if (victim === undefined) return;
      this.removeTx(victim, 'dropped');
    }
  }

  /** The lowest-priority future transaction, or the lowest-priority last transaction of a signer. */
  private findVictim(futureOnly: boolean): PoolTransaction | undefined {
    let victim: PoolTransaction | undefined;
    for (const queue of this.senders.values()) {
      const candidates = futureOnly
        ? [...queue.txs.values()].filter((tx) => !queue.isReady(tx))
        : [queue.last()];
      for (const tx of candidates) {
        if (tx !== undefined && (victim === undefined || isBefore(victim, tx))) victim = tx;
      }
    }
    return victim;
  }

  private emit(hash: Hash, status: TransactionStatus): void {
    for (const listener of this.listeners) listener(hash, status);
  }
}
