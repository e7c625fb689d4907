/**
 * `transferStake`: give alpha staked through a hotkey to another coldkey (`transfer_stake`), on the same
 * subnet (shares move) or into another subnet (sold and bought; no price limit on chain). The subnet's
 * `TransferToggle` must allow it.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { transferStakeCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { ensurePositive } from './addStake.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface TransferStakeParameters extends TransactionParameters {
  readonly destinationColdkey: Address;
  readonly hotkey: Address;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  readonly amount: bigint;
}

export async function transferStake(
  client: Client,
  params: TransferStakeParameters,
): Promise<TransactionReceipt> {
  ensurePositive(params.amount);
  const call = encodeCall(transferStakeCall, {
    destination_coldkey: toAccountId(params.destinationColdkey, 'destinationColdkey'),
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    origin_netuid: params.originNetuid,
    destination_netuid: params.destinationNetuid,
    alpha_amount: params.amount,
  });
  return sendTransaction(client, { ...params, call });
}
