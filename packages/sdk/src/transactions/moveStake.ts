/**
 * `moveStake`: move alpha from one hotkey to another (same coldkey), on the same subnet (shares move, no
 * swap) or to another subnet (sold and bought through both pools; `move_stake` carries no price limit).
 * See transferStake.ts (to another coldkey) and swapStake.ts (to another subnet, price-limited).
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { moveStakeCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { ensurePositive } from './addStake.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface MoveStakeParameters extends TransactionParameters {
  readonly originHotkey: Address;
  readonly destinationHotkey: Address;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  /** alpha of the origin subnet to move */
  readonly amount: bigint;
}

export async function moveStake(client: Client, params: MoveStakeParameters): Promise<TransactionReceipt> {
  ensurePositive(params.amount);
  const call = encodeCall(moveStakeCall, {
    origin_hotkey: toAccountId(params.originHotkey, 'originHotkey'),
    destination_hotkey: toAccountId(params.destinationHotkey, 'destinationHotkey'),
    origin_netuid: params.originNetuid,
    destination_netuid: params.destinationNetuid,
    alpha_amount: params.amount,
  });
  return sendTransaction(client, { ...params, call });
}
