/**
 * Delegation and child keys: `setDelegateTake` (increase_take or decrease_take, whichever moves the
 * current take to the new one), `setChildren` (a parent hotkey's children on a subnet with their shares),
 * `setChildkeyTake`. Fractions are numbers in [0, 1]; on chain they are u16 (take) or u64 (proportions).
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import {
  decreaseTakeCall,
  increaseTakeCall,
  setChildkeyTakeCall,
  setChildrenCall,
} from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { readStorage } from '../queries/readStorage.js';
import { Delegates } from '../storage/chainStorage.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

const U64_MAX = (1n << 64n) - 1n;

function fraction(value: number, parameter: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new InvalidParameterError(parameter, `${value} is not a fraction in [0, 1]`);
  }
  return value;
}

/** A fraction as a u16 (`0.18` -> 11796). */
export function toU16Fraction(value: number, parameter = 'take'): number {
  return Math.round(fraction(value, parameter) * 65_535); // float-ok: user input to its u16 form
}

/** A fraction as a u64 proportion, or a raw u64 as it is. */
export function toU64Proportion(value: number | bigint, parameter = 'proportion'): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n || value > U64_MAX) throw new InvalidParameterError(parameter, `${value} is not a u64`);
    return value;
  }
  // float-ok: user input; 2^64 - 1 is not exact in a double, so scale through 1e18 parts
  return (BigInt(Math.round(fraction(value, parameter) * 1e18)) * U64_MAX) / 10n ** 18n;
}

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
  const def = take > current ? increaseTakeCall : decreaseTakeCall;
  return sendTransaction(client, { ...params, call: encodeCall(def, { hotkey, take }) });
}

export interface ChildKey {
  readonly hotkey: Address;
  /** share of the parent's stake weight: a fraction, or a raw u64 proportion */
  readonly proportion: number | bigint;
}

export interface SetChildrenParameters extends TransactionParameters {
  /** the parent hotkey */
  readonly hotkey: Address;
  readonly netuid: number;
  /** at most 5; an empty list removes the children */
  readonly children: readonly ChildKey[];
}

export async function setChildren(
  client: Client,
  params: SetChildrenParameters,
): Promise<TransactionReceipt> {
  const children = params.children.map((child, i): [bigint, ReturnType<typeof toAccountId>] => [
    toU64Proportion(child.proportion, `children[${i}].proportion`),
    toAccountId(child.hotkey, `children[${i}].hotkey`),
  ]);
  const call = encodeCall(setChildrenCall, {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    netuid: params.netuid,
    children,
  });
  return sendTransaction(client, { ...params, call });
}

export interface SetChildkeyTakeParameters extends TransactionParameters {
  readonly hotkey: Address;
  readonly netuid: number;
  readonly take: number;
}

export async function setChildkeyTake(
  client: Client,
  params: SetChildkeyTakeParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(setChildkeyTakeCall, {
    hotkey: toAccountId(params.hotkey, 'hotkey'),
    netuid: params.netuid,
    take: toU16Fraction(params.take),
  });
  return sendTransaction(client, { ...params, call });
}
