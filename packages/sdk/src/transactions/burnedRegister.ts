/**
 * `burnedRegister`: register a hotkey on a subnet, the coldkey paying the burn (on netuid 0 this is
 * `root_register`, as in the Python SDK); with `maxBurn` the call is `register_limit` and fails instead
 * of paying more. `rootRegister`: register on root explicitly.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { burnedRegisterCall, registerLimitCall, rootRegisterCall } from '../calls/neuronCalls.js';
import type { Client } from '../client/createClient.js';
import type { ChainEvent } from '../queries/getEvents.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface BurnedRegisterParameters extends TransactionParameters {
  readonly netuid: number;
  readonly hotkey: Address;
  /** the most rao the registration may burn (`register_limit`); default: whatever it costs */
  readonly maxBurn?: bigint;
}

export interface RegisterReturnType extends TransactionReceipt {
  /** the uid the hotkey got (from `NeuronRegistered`) */
  readonly uid: number;
}

function uidOf(events: readonly ChainEvent[]): number {
  const registered = events.find((e) => e.pallet === 'SubtensorModule' && e.name === 'NeuronRegistered');
  return Number((registered?.data as { uid?: unknown } | undefined)?.uid ?? -1);
}

export async function burnedRegister(
  client: Client,
  params: BurnedRegisterParameters,
): Promise<RegisterReturnType> {
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const { netuid } = params;
  const call =
    netuid === 0
      ? encodeCall(rootRegisterCall, { hotkey })
      : params.maxBurn === undefined
        ? encodeCall(burnedRegisterCall, { netuid, hotkey })
        : encodeCall(registerLimitCall, { netuid, hotkey, limit_price: params.maxBurn });
  const receipt = await sendTransaction(client, { ...params, call });
  return { ...receipt, uid: uidOf(receipt.events) };
}

export interface RootRegisterParameters extends TransactionParameters {
  readonly hotkey: Address;
}

export async function rootRegister(
  client: Client,
  params: RootRegisterParameters,
): Promise<RegisterReturnType> {
  const call = encodeCall(rootRegisterCall, { hotkey: toAccountId(params.hotkey, 'hotkey') });
  const receipt = await sendTransaction(client, { ...params, call });
  return { ...receipt, uid: uidOf(receipt.events) };
}
