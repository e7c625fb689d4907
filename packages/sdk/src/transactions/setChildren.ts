/**
 * `setChildren`: a parent hotkey's children on a subnet with their shares of its stake weight (they apply
 * after the chain's cooldown), and the fraction conversions the take actions share. Fractions are numbers
 * in [0, 1]; on chain they are u16 (takes) or u64 (proportions). Takes: setDelegateTake.ts,
 * increaseTake.ts, decreaseTake.ts, setChildkeyTake.ts.
 */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { setChildrenCall } from '../calls/stakingCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
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
