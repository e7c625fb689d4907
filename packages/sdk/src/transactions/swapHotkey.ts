/** `swapHotkey`: move a hotkey's registrations and stake to a new hotkey (all subnets, or one). Coldkey signs. */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { swapHotkeyCall } from '../calls/keySwapCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface SwapHotkeyParameters extends TransactionParameters {
  readonly hotkey: Address;
  readonly newHotkey: Address;
  /** only this subnet (default: every subnet) */
  readonly netuid?: number;
}

export async function swapHotkey(client: Client, params: SwapHotkeyParameters): Promise<TransactionReceipt> {
  const call = encodeCall(swapHotkeyCall, {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    new_hotkey: toAccountId(params.newHotkey, 'newHotkey'),
    netuid: params.netuid,
  });
  return sendTransaction(client, { ...params, call });
}
