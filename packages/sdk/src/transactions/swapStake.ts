/**
 * `swapStake`: move alpha of one hotkey from one subnet to another (sold on the origin, bought on the
 * destination). Protected by default: `swap_stake_limit` with a limit on the origin/destination price
 * ratio of the current ratio minus the tolerance (0.5%), fill-or-kill unless `allowPartial`; an explicit
 * `limitPrice` (the ratio in rao) overrides it, `slippage: false` sends the plain `swap_stake`.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { swapStakeCall, swapStakeLimitCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import {
  computeLimitPrice,
  DEFAULT_SLIPPAGE,
  ensurePositive,
  getAlphaPrice,
  type SlippageOpts,
} from './addStake.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface SwapStakeParameters extends TransactionParameters, SlippageOpts {
  readonly hotkey: Address;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  readonly amount: bigint;
}

/** The limit on the origin/destination price ratio (rao per alpha), or undefined when unprotected. */
async function swapLimit(client: Client, params: SwapStakeParameters): Promise<bigint | undefined> {
  if (params.limitPrice !== undefined) return params.limitPrice;
  if (params.slippage === false) return undefined;
  const [origin, destination] = await Promise.all([
    getAlphaPrice(client, { netuid: params.originNetuid }),
    getAlphaPrice(client, { netuid: params.destinationNetuid }),
  ]);
  const ratio = destination === 0n ? 0n : (origin * 1_000_000_000n) / destination;
  return computeLimitPrice(ratio, params.slippage ?? DEFAULT_SLIPPAGE, 'sell');
}

export async function swapStake(client: Client, params: SwapStakeParameters): Promise<TransactionReceipt> {
  ensurePositive(params.amount);
  const args = {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    origin_netuid: params.originNetuid,
    destination_netuid: params.destinationNetuid,
    alpha_amount: params.amount,
  };
  const limit = await swapLimit(client, params);
  const call =
    limit === undefined
      ? encodeCall(swapStakeCall, args)
      : encodeCall(swapStakeLimitCall, {
          ...args,
          limit_price: limit,
          allow_partial: params.allowPartial ?? false,
        });
  return sendTransaction(client, { ...params, call });
}
