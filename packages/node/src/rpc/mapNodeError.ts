/**
 * The node's errors as the JSON-RPC errors a Substrate node returns: extrinsic format (1001), invalid
 * or unknown transaction validity (1010/1011 with Substrate's reason text as data), pool refusals
 * (1013/1014/1016), unknown or pruned blocks (4003 "Client error").
 */
import { isTaonetError } from '@taonet/primitives';
import { RPC_ERRORS, RpcError } from '@taonet/rpc';
import { TransactionValidityError } from '../extrinsic/transactionValidity.js';
import { PoolError } from '../txpool/poolError.js';

const POOL_CODES = {
  ALREADY_IMPORTED: [RPC_ERRORS.POOL_ALREADY_IMPORTED, 'Transaction Already Imported'],
  TOO_LOW_PRIORITY: [RPC_ERRORS.POOL_TOO_LOW_PRIORITY, 'Priority is too low'],
  IMMEDIATELY_DROPPED: [RPC_ERRORS.POOL_IMMEDIATELY_DROPPED, 'Immediately Dropped'],
} as const;

const TOO_LOW_PRIORITY_DATA =
  'The transaction has too low priority to replace another transaction already in the pool.';

const CLIENT_ERRORS = new Set([
  'UNKNOWN_BLOCK',
  'STATE_PRUNED',
  'STATE_UNAVAILABLE',
  'INVALID_HASH',
  'INVALID_SS58',
]);

export function mapNodeError(error: unknown): RpcError | undefined {
  if (error instanceof TransactionValidityError) {
    return error.validity === 'invalid'
      ? new RpcError(RPC_ERRORS.POOL_INVALID_TX, 'Invalid Transaction', error.message)
      : new RpcError(RPC_ERRORS.POOL_UNKNOWN_VALIDITY, 'Unknown Transaction Validity', error.message);
  }
  if (error instanceof PoolError) {
    const [code, message] = POOL_CODES[error.poolCode];
    // Substrate puts the two priorities in a too-low-priority error's message and explains it in data.
    return error.poolCode === 'TOO_LOW_PRIORITY'
      ? new RpcError(code, error.message, TOO_LOW_PRIORITY_DATA)
      : new RpcError(code, message, error.message);
  }
  if (isTaonetError(error, 'BAD_FORMAT')) {
    return new RpcError(RPC_ERRORS.BAD_FORMAT, 'Extrinsic has invalid format', error.message);
  }
  if (isTaonetError(error) && CLIENT_ERRORS.has(error.code)) {
    return new RpcError(RPC_ERRORS.STATE_CLIENT, 'Client error', error.message);
  }
  return undefined;
}
