/**
 * `addStake`: stake TAO to a hotkey on a subnet, buying its alpha. Slippage protection is on by default:
 * the call is `add_stake_limit` with a limit price of the current price plus the tolerance (0.5%), so
 * a price that moved fails with `SlippageTooHigh` (or, with `allowPartial`, fills what fits). Pass
 * `slippage: false` for a plain `add_stake`, or an explicit `limitPrice`.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { addStakeCall, addStakeLimitCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export const DEFAULT_SLIPPAGE = 0.005;
const SCALE = 1_000_000_000n;

/** Options of every stake action that trades through a subnet pool. */
export interface SlippageOpts {
  /** tolerated price move as a fraction (default 0.005 = 0.5%); false: no limit */
  readonly slippage?: number | false;
  /** an explicit limit price in rao per alpha (overrides `slippage`) */
  readonly limitPrice?: bigint;
  /** fill what fits below the limit instead of failing (default false) */
  readonly allowPartial?: boolean;
}

/** `price * (1 + tolerance)` when buying, `price * (1 - tolerance)` when selling, in rao per alpha. */
export function computeLimitPrice(price: bigint, slippage: number, side: 'buy' | 'sell'): bigint {
  if (!Number.isFinite(slippage) || slippage < 0 || slippage >= 1) {
    throw new InvalidParameterError('slippage', `${slippage} is not a fraction in [0, 1)`);
  }
  const delta = BigInt(Math.round(slippage * 1e9)); // float-ok: a user tolerance, turned into parts per 1e9
  return (price * (side === 'buy' ? SCALE + delta : SCALE - delta)) / SCALE;
}

/** The current alpha price of a subnet in rao per alpha (1e9 = 1 TAO per alpha). */
export async function getAlphaPrice(client: Client, params: { readonly netuid: number }): Promise<bigint> {
  return BigInt(await client.request('swap_currentAlphaPrice', params.netuid));
}

/** The limit price for a trade on `netuid`, or undefined when unprotected. */
export async function resolveLimitPrice(
  client: Client,
  netuid: number,
  opts: SlippageOpts,
  side: 'buy' | 'sell',
): Promise<bigint | undefined> {
  if (opts.limitPrice !== undefined) return opts.limitPrice;
  if (opts.slippage === false) return undefined;
  const price = await getAlphaPrice(client, { netuid });
  return computeLimitPrice(price, opts.slippage ?? DEFAULT_SLIPPAGE, side);
}

export function ensurePositive(amount: bigint, parameter = 'amount'): void {
  if (amount <= 0n) throw new InvalidParameterError(parameter, 'a positive amount of rao is needed');
}

export interface AddStakeParameters extends TransactionParameters, SlippageOpts {
  readonly hotkey: Address;
  readonly netuid: number;
  /** TAO to stake, rao */
  readonly amount: bigint;
}

export async function addStake(client: Client, params: AddStakeParameters): Promise<TransactionReceipt> {
  ensurePositive(params.amount);
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const { netuid, amount } = params;
  const limit = await resolveLimitPrice(client, netuid, params, 'buy');
  const call =
    limit === undefined
      ? encodeCall(addStakeCall, { hotkey, netuid, amount_staked: amount })
      : encodeCall(addStakeLimitCall, {
          hotkey,
          netuid,
          amount_staked: amount,
          limit_price: limit,
          allow_partial: params.allowPartial ?? false,
        });
  return sendTransaction(client, { ...params, call });
}
