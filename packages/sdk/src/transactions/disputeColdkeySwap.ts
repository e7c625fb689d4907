/**
 * `disputeColdkeySwap`: the coldkey disputes its own announced swap (`dispute_coldkey_swap`), e.g. when
 * someone else announced it with a stolen key. The account is frozen (it may sign nothing) until root
 * resets the swap.
 */
import { encodeCall } from '../calls/defineCall.js';
import { disputeColdkeySwapCall } from '../calls/keySwapCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export async function disputeColdkeySwap(
  client: Client,
  params: TransactionParameters,
): Promise<TransactionReceipt> {
  return sendTransaction(client, { ...params, call: encodeCall(disputeColdkeySwapCall, {}) });
}
