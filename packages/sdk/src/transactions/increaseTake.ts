/**
 * `increaseTake`: raise a delegate take, strictly, up to `MaxDelegateTake` (18%), at most once per `TxDelegateTakeRateLimit` blocks
 * (`increase_take`). Signed by the hotkey's owner coldkey; pays no fee. `setDelegateTake` picks this or
 * the opposite call from the current take.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { increaseTakeCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import { toU16Fraction } from './setChildren.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface IncreaseTakeParameters extends TransactionParameters {
  readonly hotkey: Address;
  /** the new take as a fraction (0.18 = 18%) */
  readonly take: number;
}

export async function increaseTake(
  client: Client,
  params: IncreaseTakeParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(increaseTakeCall, {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    take: toU16Fraction(params.take),
  });
  return sendTransaction(client, { ...params, call });
}
