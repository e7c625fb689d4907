/**
 * `setChildkeyTake`: the share of its parents' dividends a child hotkey keeps on a subnet
 * (`set_childkey_take`, within the chain's bounds, 0..18% by default; raising it is rate limited). Signed
 * by the hotkey's owner coldkey.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { setChildkeyTakeCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import { toU16Fraction } from './setChildren.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface SetChildkeyTakeParameters extends TransactionParameters {
  readonly hotkey: Address;
  readonly netuid: number;
  /** the take as a fraction (0.09 = 9%) */
  readonly take: number;
}

export async function setChildkeyTake(
  client: Client,
  params: SetChildkeyTakeParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(setChildkeyTakeCall, {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    netuid: params.netuid,
    take: toU16Fraction(params.take),
  });
  return sendTransaction(client, { ...params, call });
}
