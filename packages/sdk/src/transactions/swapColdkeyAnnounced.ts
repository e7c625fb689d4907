/**
 * `swapColdkeyAnnounced`: the second step of a coldkey swap (`swap_coldkey_announced`), signed by the old
 * coldkey once the announced block is reached, revealing the new coldkey whose hash was announced.
 * Everything the old coldkey owns moves: stake, owned hotkeys, subnets and the whole free balance.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { swapColdkeyAnnouncedCall } from '../calls/keySwapCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface SwapColdkeyAnnouncedParameters extends TransactionParameters {
  readonly newColdkey: Address;
}

export async function swapColdkeyAnnounced(
  client: Client,
  params: SwapColdkeyAnnouncedParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(swapColdkeyAnnouncedCall, {
    new_coldkey: toAccountId(params.newColdkey, 'newColdkey'),
  });
  return sendTransaction(client, { ...params, call });
}
