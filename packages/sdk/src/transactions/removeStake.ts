/**
 * `removeStake`: sell alpha staked to a hotkey on a subnet back to TAO, protected by a limit price (the
 * current price minus 0.5% unless told) as `remove_stake_limit`; `unstakeAll`: everything the coldkey
 * stakes through a hotkey, on every subnet.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import {
  removeStakeCall,
  removeStakeLimitCall,
  unstakeAllAlphaCall,
  unstakeAllCall,
} from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { ensurePositive, resolveLimitPrice, type SlippageOpts } from './addStake.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface RemoveStakeParameters extends TransactionParameters, SlippageOpts {
  readonly hotkey: Address;
  readonly netuid: number;
  /** alpha to unstake, in its smallest unit */
  readonly amount: bigint;
}

export async function removeStake(
  client: Client,
  params: RemoveStakeParameters,
): Promise<TransactionReceipt> {
  ensurePositive(params.amount);
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const { netuid, amount } = params;
  const limit = await resolveLimitPrice(client, netuid, params, 'sell');
  const call =
    limit === undefined
      ? encodeCall(removeStakeCall, { hotkey, netuid, amount_unstaked: amount })
      : encodeCall(removeStakeLimitCall, {
          hotkey,
          netuid,
          amount_unstaked: amount,
          limit_price: limit,
          allow_partial: params.allowPartial ?? false,
        });
  return sendTransaction(client, { ...params, call });
}

export interface UnstakeAllParameters extends TransactionParameters {
  readonly hotkey: Address;
  /** keep root stake and sell alpha only (`unstake_all_alpha`), default false */
  readonly alphaOnly?: boolean;
}

export async function unstakeAll(client: Client, params: UnstakeAllParameters): Promise<TransactionReceipt> {
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const call =
    params.alphaOnly === true
      ? encodeCall(unstakeAllAlphaCall, { hotkey })
      : encodeCall(unstakeAllCall, { hotkey });
  return sendTransaction(client, { ...params, call });
}
