/**
 * Takes of a hotkey: `getChildkeyTake` (the share of its parents' dividends a child hotkey keeps on a
 * subnet, `ChildkeyTake`), `getDelegateTake` (its delegate take, `Delegates`, 18% by default) and the
 * bounds the chain allows for both. Takes are u16 fractions (65535 = 100%).
 */
import type { AccountId } from '@taonet/primitives';
import { type Address, toAccountId } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import {
  ChildkeyTake,
  Delegates,
  MaxChildkeyTake,
  MaxDelegateTake,
  MinDelegateTake,
} from '../storage/chainStorage.js';
import type { HotkeyParameters } from './getNeurons.js';
import type { AtParameters } from './getSubnets.js';
import { readStorage, readStorageBatch } from './readStorage.js';

export interface GetChildkeyTakeParameters extends HotkeyParameters {
  readonly netuid: number;
}

/** The childkey take of a hotkey on a subnet (u16 fraction; 0 when never set). */
export async function getChildkeyTake(client: Client, params: GetChildkeyTakeParameters): Promise<number> {
  const keys: [AccountId, number] = [toAccountId(params.hotkey, 'hotkey'), params.netuid];
  const at = params.at === undefined ? {} : { at: params.at };
  return (await readStorage(client, { item: ChildkeyTake, keys, ...at })) ?? 0;
}

/** The delegate take of a hotkey (u16 fraction; the chain's default 11796 = 18% when never set). */
export async function getDelegateTake(client: Client, params: HotkeyParameters): Promise<number> {
  const keys: [AccountId] = [toAccountId(params.hotkey as Address, 'hotkey')];
  const at = params.at === undefined ? {} : { at: params.at };
  return (await readStorage(client, { item: Delegates, keys, ...at })) ?? Delegates.fallback!;
}

export interface TakeBounds {
  readonly minDelegateTake: number;
  readonly maxDelegateTake: number;
  readonly maxChildkeyTake: number;
}

/** The lowest and highest takes the chain accepts now (u16 fractions). */
export async function getTakeBounds(client: Client, params: AtParameters = {}): Promise<TakeBounds> {
  const [minDelegateTake, maxDelegateTake, maxChildkeyTake] = (await readStorageBatch(client, {
    queries: [
      { item: MinDelegateTake, keys: [] },
      { item: MaxDelegateTake, keys: [] },
      { item: MaxChildkeyTake, keys: [] },
    ],
    ...(params.at === undefined ? {} : { at: params.at }),
  })) as number[];
  return {
    minDelegateTake: minDelegateTake ?? 0,
    maxDelegateTake: maxDelegateTake ?? 0,
    maxChildkeyTake: maxChildkeyTake ?? 0,
  };
}
