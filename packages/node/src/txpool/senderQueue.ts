/**
 * One signer's transactions in the pool, by nonce. Those with consecutive nonces from the account's
 * nonce are ready (they can go into the next block in order); the rest wait for the gap to fill.
 */
import type { PoolTransaction } from './poolTransaction.js';

export class SenderQueue {
  readonly txs = new Map<number, PoolTransaction>();
  /** the nonce after the ready run (cached by `refresh`) */
  readyEnd: number;
  /** how many transactions are ready (cached by `refresh`) */
  readyLength = 0;

  constructor(public stateNonce: number) {
    this.readyEnd = stateNonce;
  }

  get size(): number {
    return this.txs.size;
  }

  isReady(tx: PoolTransaction): boolean {
    return tx.nonce >= this.stateNonce && tx.nonce < this.readyEnd;
  }

  /** A ready transaction leaves: the run now ends before it. */
  cutAt(nonce: number): void {
    if (nonce >= this.stateNonce && nonce < this.readyEnd) this.readyEnd = nonce;
  }

  /** Recomputes the ready run; returns the change in ready count and the transactions that became ready. */
  refresh(): { delta: number; promoted: PoolTransaction[] } {
    let end = this.stateNonce;
    while (this.txs.has(end)) end++;
    const promoted: PoolTransaction[] = [];
    for (let nonce = Math.max(this.readyEnd, this.stateNonce); nonce < end; nonce++) {
      promoted.push(this.txs.get(nonce)!);
    }
    const length = end - this.stateNonce;
    const delta = length - this.readyLength;
    this.readyEnd = end;
    this.readyLength = length;
    return { delta, promoted };
  }

  /** The transaction with the highest nonce: removing it never strands another one. */
  last(): PoolTransaction | undefined {
    let best: PoolTransaction | undefined;
    for (const tx of this.txs.values()) if (best === undefined || tx.nonce > best.nonce) best = tx;
    return best;
  }

  /** Ready transactions in nonce order. */
  *ready(): Generator<PoolTransaction> {
    for (let nonce = this.stateNonce; nonce < this.readyEnd; nonce++) yield this.txs.get(nonce)!;
  }
}
