/**
 * `getPendingChildren`: the children a parent hotkey scheduled on a subnet with `set_children`
 * (`PendingChildKeys`), and the block after which they apply; undefined when nothing is pending.
 */
import type { AccountId } from '@taonet/primitives';
import { toAccountId, toAddress } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import { PendingChildKeys } from '../storage/chainStorage.js';
import type { GetChildrenParameters } from './getStakeInfo.js';
import { readStorage } from './readStorage.js';

export interface PendingChildren {
  readonly children: readonly { readonly hotkey: string; readonly proportion: bigint }[];
  /** the children apply at the subnet's first epoch after this block */
  readonly cooldownBlock: bigint;
}

export async function getPendingChildren(
  client: Client,
  params: GetChildrenParameters,
): Promise<PendingChildren | undefined> {
  const keys: [number, AccountId] = [params.netuid, toAccountId(params.hotkey, 'hotkey')];
  const at = params.at === undefined ? {} : { at: params.at };
  const value = await readStorage(client, { item: PendingChildKeys, keys, ...at });
  if (value === undefined || (value[0].length === 0 && value[1] === 0n)) return undefined;
  return {
    children: value[0].map(([proportion, hotkey]) => ({
      hotkey: toAddress(hotkey, client.ss58Format),
      proportion,
    })),
    cooldownBlock: value[1],
  };
}
