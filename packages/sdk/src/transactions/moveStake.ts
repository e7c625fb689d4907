/**
 * Stake between positions: `moveStake` (to another hotkey, same or other subnet), `transferStake` (to
 * another coldkey), `swapStake` (to another subnet, same hotkey; protected by a limit on the
 * origin/destination price ratio unless `slippage: false`).
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import {
  moveStakeCall,
  swapStakeCall,
  swapStakeLimitCall,
  transferStakeCall,
} from '../calls/stakingCalls.js';
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
