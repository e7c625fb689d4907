/**
 * `decreaseTake`: lower a delegate take, strictly, down to `MinDelegateTake` (no rate limit)
 * (`decrease_take`). Signed by the hotkey's owner coldkey; pays no fee. `setDelegateTake` picks this or
 * the opposite call from the current take.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { decreaseTakeCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import { toU16Fraction } from './setChildren.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface DecreaseTakeParameters extends TransactionParameters {
  readonly hotkey: Address;
  /** the new take as a fraction (0.18 = 18%) */
  readonly take: number;
}

export async function decreaseTake(
  client: Client,
  params: DecreaseTakeParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(decreaseTakeCall, {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    take: toU16Fraction(params.take),
  });
  return sendTransaction(client, { ...params, call });
}
