/**
 * The life of a pooled transaction, as `author_submitAndWatchExtrinsic` reports it (Substrate's
 * `TransactionStatus` JSON): "future", "ready", {inBlock}, {finalized}, {usurped}, "dropped", "invalid".
 */
import type { Hash } from '@taonet/primitives';

export type TransactionStatus =
  | 'future'
  | 'ready'
  | 'dropped'
  | 'invalid'
  | { readonly inBlock: Hash }
  | { readonly finalized: Hash }
  | { readonly usurped: Hash }
  | { readonly retracted: Hash };

/** Final statuses: nothing follows them. */
export function isFinalStatus(status: TransactionStatus): boolean {
  return (
    status === 'dropped' ||
    status === 'invalid' ||
    (typeof status === 'object' && ('finalized' in status || 'usurped' in status))
  );
}

export type TransactionStatusListener = (hash: Hash, status: TransactionStatus) => void;
