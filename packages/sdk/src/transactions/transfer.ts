/** `transfer`: move TAO (`Balances.transfer_keep_alive`, `transfer_allow_death` or `transfer_all`). */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { transferAllCall, transferAllowDeathCall, transferKeepAliveCall } from '../calls/balancesCalls.js';
import { encodeCall } from '../calls/defineCall.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { type SendTransactionParameters, sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';

export type TransactionParameters = Omit<SendTransactionParameters, 'call'>;

export interface TransferParameters extends TransactionParameters {
  readonly to: Address;
  /** rao (not with `all`) */
  readonly amount?: bigint;
  /** refuse to take the sender below the existential deposit (default true) */
  readonly keepAlive?: boolean;
  /** send everything that can be sent (everything above the existential deposit with `keepAlive`) */
  readonly all?: boolean;
}

export type TransferReturnType = TransactionReceipt;

export async function transfer(client: Client, params: TransferParameters): Promise<TransferReturnType> {
  const dest = { tag: 'Id' as const, value: toAccountId(params.to, 'to') };
  const keepAlive = params.keepAlive ?? true;
  if (params.all === true) {
    if (params.amount !== undefined) {
      throw new InvalidParameterError('amount', 'give an amount or all: true, not both');
    }
    return sendTransaction(client, {
      ...params,
      call: encodeCall(transferAllCall, { dest, keep_alive: keepAlive }),
    });
  }
  if (params.amount === undefined || params.amount <= 0n) {
    throw new InvalidParameterError('amount', 'a positive number of rao is needed (or all: true)');
  }
  const def = keepAlive ? transferKeepAliveCall : transferAllowDeathCall;
  return sendTransaction(client, { ...params, call: encodeCall(def, { dest, value: params.amount }) });
}
