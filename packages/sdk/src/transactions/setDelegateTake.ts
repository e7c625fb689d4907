/**
 * `setDelegateTake`: set a delegate hotkey's take to a new value, sending `increase_take` or
 * `decrease_take`, whichever moves the current take (`Delegates`, 18% by default) to it.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import { readStorage } from '../queries/readStorage.js';
import { Delegates } from '../storage/chainStorage.js';
import { decreaseTake } from './decreaseTake.js';
import { increaseTake } from './increaseTake.js';
import { toU16Fraction } from './setChildren.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface SetDelegateTakeParameters extends TransactionParameters {
  readonly hotkey: Address;
  /** the new take as a fraction (0.18 = 18%) */
  readonly take: number;
}

export async function setDelegateTake(
  client: Client,
  params: SetDelegateTakeParameters,
): Promise<TransactionReceipt> {
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const take = toU16Fraction(params.take);
  const current = (await readStorage(client, { item: Delegates, keys: [hotkey] })) ?? Delegates.fallback!;
  return take > current ? increaseTake(client, params) : decreaseTake(client, params);
}
