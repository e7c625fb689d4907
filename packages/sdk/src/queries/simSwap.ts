/**
 * Swap simulation and prices: what staking TAO would buy (`swap_simSwapTaoForAlpha`) or unstaking alpha
 * would return (`swap_simSwapAlphaForTao`), fees included; the registration costs (subnet lock, burn).
 */
import type { RpcResult } from '@taonet/rpc';
import type { Client } from '../client/createClient.js';
import { Burn } from '../storage/chainStorage.js';
import type { AtParameters, NetuidParameters } from './getSubnets.js';
import { readStorage } from './readStorage.js';

export interface SimSwapResult {
  /** TAO paid (buying, fee included) or received (selling), rao */
  readonly taoAmount: bigint;
  /** alpha received (buying) or paid (selling) */
  readonly alphaAmount: bigint;
  readonly taoFee: bigint;
  readonly alphaFee: bigint;
}

function toSimSwapResult(json: RpcResult<'swap_simSwapTaoForAlpha'>): SimSwapResult {
  return {
    taoAmount: BigInt(json.tao_amount),
    alphaAmount: BigInt(json.alpha_amount),
    taoFee: BigInt(json.tao_fee),
    alphaFee: BigInt(json.alpha_fee),
  };
}

export interface SimSwapParameters extends NetuidParameters {
  /** TAO (rao) to stake, or alpha to unstake */
  readonly amount: bigint;
}

export async function simSwapTaoForAlpha(client: Client, params: SimSwapParameters): Promise<SimSwapResult> {
  const json = await client.request(
    'swap_simSwapTaoForAlpha',
    params.netuid,
    params.amount.toString(),
    params.at,
  );
  return toSimSwapResult(json);
}

export async function simSwapAlphaForTao(client: Client, params: SimSwapParameters): Promise<SimSwapResult> {
  const json = await client.request(
    'swap_simSwapAlphaForTao',
    params.netuid,
    params.amount.toString(),
    params.at,
  );
  return toSimSwapResult(json);
}

/** The TAO (rao) the next `register_network` locks. */
export async function getNetworkRegistrationCost(client: Client, params: AtParameters = {}): Promise<bigint> {
  return BigInt(await client.request('subnetRegistration_getNetworkRegistrationCost', params.at));
}

/** The TAO (rao) a `burned_register` on the subnet burns now (the Python SDK's `recycle`). */
export async function getBurnCost(client: Client, params: NetuidParameters): Promise<bigint> {
  const keys: [number] = [params.netuid];
  return (
    (await readStorage(client, { item: Burn, keys, ...(params.at ? { at: params.at } : {}) })) ??
    Burn.fallback!
  );
}
