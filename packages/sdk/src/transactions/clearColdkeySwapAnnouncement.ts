/**
 * `clearColdkeySwapAnnouncement`: withdraw an undisputed coldkey swap announcement
 * (`clear_coldkey_swap_announcement`), allowed `ColdkeySwapReannouncementDelay` blocks after its
 * execution block.
 */
import { encodeCall } from '../calls/defineCall.js';
import { clearColdkeySwapAnnouncementCall } from '../calls/keySwapCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export async function clearColdkeySwapAnnouncement(
  client: Client,
  params: TransactionParameters,
): Promise<TransactionReceipt> {
  return sendTransaction(client, { ...params, call: encodeCall(clearColdkeySwapAnnouncementCall, {}) });
}
