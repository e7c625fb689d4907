/**
 * Why a transaction did not do what it was sent for: refused before a block (the pool's verdict: bad
 * signature, stale nonce, cannot pay the fee, ...), dropped from the pool, or included but failed in the
 * runtime (`ExtrinsicFailed`, with subtensor's error name).
 */
import { RPC_ERRORS, RpcError } from '@taonet/rpc/client';
import type { TransactionReceipt } from '../transactions/transactionReceipt.js';
import type { ModuleError } from './moduleError.js';
import { SdkError } from './sdkError.js';

export type RejectionReason =
  | 'badFormat'
  | 'invalid'
  | 'unknownValidity'
  | 'banned'
  | 'alreadyImported'
  | 'priorityTooLow'
  | 'dropped'
  | 'usurped';

const REASONS: ReadonlyMap<number, RejectionReason> = new Map([
  [RPC_ERRORS.BAD_FORMAT, 'badFormat'],
  [RPC_ERRORS.VERIFICATION, 'invalid'],
  [RPC_ERRORS.POOL_INVALID_TX, 'invalid'],
  [RPC_ERRORS.POOL_UNKNOWN_VALIDITY, 'unknownValidity'],
  [RPC_ERRORS.POOL_TEMPORARILY_BANNED, 'banned'],
  [RPC_ERRORS.POOL_ALREADY_IMPORTED, 'alreadyImported'],
  [RPC_ERRORS.POOL_TOO_LOW_PRIORITY, 'priorityTooLow'],
  [RPC_ERRORS.POOL_IMMEDIATELY_DROPPED, 'dropped'],
]);

/** Hints keyed by words of Substrate's invalid-transaction texts. */
const REJECTION_HINTS: readonly [RegExp, string][] = [
  [/pay|fee|balance/i, 'the signer cannot pay the fee: fund the account'],
  [/stale|outdated/i, 'the nonce was used already (another transaction from this key?): retry'],
  [/future/i, 'an earlier transaction of this key is still pending'],
  [/signature|proof/i, 'the signature does not match: check the signer and the chain (genesis hash)'],
  [/ancient|birth|era/i, 'the transaction expired (mortal era): build and sign it again'],
];

/** The node refused the transaction before any block (or dropped it from its pool). */
export class TransactionRejectedError extends SdkError {
  static readonly code = 'TX_REJECTED';
  constructor(
    readonly reason: RejectionReason,
    detail: string,
    cause?: unknown,
  ) {
    const hint = REJECTION_HINTS.find(([pattern]) => pattern.test(detail))?.[1];
    super(TransactionRejectedError.code, `Transaction rejected (${reason})`, {
      detail,
      ...(hint === undefined ? {} : { hint }),
      details: { reason },
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/** An author_* RPC error as a rejection, or undefined when it is not one. */
export function toRejection(error: unknown): TransactionRejectedError | undefined {
  if (!(error instanceof RpcError)) return undefined;
  const reason = REASONS.get(error.rpcCode);
  if (reason === undefined) return undefined;
  const data =
    error.data === undefined
      ? ''
      : `: ${typeof error.data === 'string' ? error.data : JSON.stringify(error.data)}`;
  return new TransactionRejectedError(reason, `${error.shortMessage}${data}`, error);
}

/** The transaction is in a block, and the runtime refused the call (`System.ExtrinsicFailed`). */
export class ExtrinsicFailedError extends SdkError {
  static readonly code = 'TX_FAILED';
  constructor(
    readonly moduleError: ModuleError,
    readonly receipt: TransactionReceipt,
  ) {
    const { pallet, name, docs, detail, hint } = moduleError;
    super(ExtrinsicFailedError.code, `Transaction failed: ${pallet}.${name}`, {
      detail: detail === undefined ? docs : `${docs} (${detail})`,
      ...(hint === undefined ? {} : { hint }),
      details: {
        pallet,
        error: name,
        errorIndex: moduleError.index,
        blockHash: receipt.blockHash,
        blockNumber: receipt.blockNumber,
        extrinsicHash: receipt.hash,
      },
    });
  }

  /** subtensor's error name (`NotEnoughBalanceToStake`, ...) */
  get errorName(): string {
    return this.moduleError.name;
  }
}
