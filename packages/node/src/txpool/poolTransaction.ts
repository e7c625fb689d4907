import type { ValidTransaction } from './validateTransaction.js';

/** A transaction in the pool. */
export interface PoolTransaction extends ValidTransaction {
  /** arrival order: ties in priority go first come, first served */
  readonly seq: number;
  /** the best block number when it entered */
  readonly insertedAt: number;
}

/** True when `a` should go into a block before `b`. */
export function isBefore(a: PoolTransaction, b: PoolTransaction): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.seq < b.seq;
}
