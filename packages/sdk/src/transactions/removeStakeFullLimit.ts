/**
 * `removeStakeFullLimit`: sell a whole stake position (everything the coldkey stakes through a hotkey on
 * a subnet) in one call, `remove_stake_full_limit`. Protected by a limit price (the current price minus
 * the tolerance, 0.5% unless told): fill-or-kill, the call fails with `SlippageTooHigh` rather than sell
 * lower. `slippage: false` sends no limit.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { removeStakeFullLimitCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { resolveLimitPrice, type SlippageOpts } from './addStake.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface RemoveStakeFullLimitParameters
  extends TransactionParameters,
    Omit<SlippageOpts, 'allowPartial'> {
  readonly hotkey: Address;
  readonly netuid: number;
}

export async function removeStakeFullLimit(
  client: Client,
  params: RemoveStakeFullLimitParameters,
): Promise<TransactionReceipt> {
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const limit = await resolveLimitPrice(client, params.netuid, params, 'sell');
  const call = encodeCall(removeStakeFullLimitCall, { hotkey, netuid: params.netuid, limit_price: limit });
  return sendTransaction(client, { ...params, call });
}
