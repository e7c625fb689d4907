/**
 * `tryAssociateHotkey`: make the signing coldkey the owner of a hotkey nobody owns yet, without registering
 * it anywhere (`try_associate_hotkey`; a hotkey that has an owner is left alone). btcli's
 * `wallet associate-hotkey`.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { tryAssociateHotkeyCall } from '../calls/keySwapCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface TryAssociateHotkeyParameters extends TransactionParameters {
  readonly hotkey: Address;
}

export async function tryAssociateHotkey(
  client: Client,
  params: TryAssociateHotkeyParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(tryAssociateHotkeyCall, { hotkey: toAccountId(params.hotkey, 'hotkey') });
  return sendTransaction(client, { ...params, call });
}
