/**
 * `getColdkeySwapStatus`: a coldkey's pending swap announcement (`ColdkeySwapAnnouncements`: the block from
 * which it may execute and the hash of the new coldkey), whether it is disputed (`ColdkeySwapDisputes`),
 * and the block numbers that matter, read at one block.
 */
import type { Hash } from '@taonet/primitives';
import { type Address, toAccountId } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import {
  ColdkeySwapAnnouncementDelay,
  ColdkeySwapAnnouncements,
  ColdkeySwapDisputes,
  ColdkeySwapReannouncementDelay,
  KeySwapCost,
} from '../storage/chainStorage.js';
import { getBestBlock, getHeader } from './getBlock.js';
import type { AtParameters } from './getSubnets.js';
import { readStorageBatch } from './readStorage.js';

export interface ColdkeySwapAnnouncement {
  /** the first block at which `swap_coldkey_announced` may run */
  readonly executableAt: number;
  /** BlakeTwo256 of the new coldkey's account bytes */
  readonly newColdkeyHash: Hash;
  /** the block from which the announcement may be cleared or re-announced */
  readonly clearableAt: number;
}

export interface ColdkeySwapStatus {
  /** the block read */
  readonly block: number;
  readonly announcement: ColdkeySwapAnnouncement | undefined;
  /** the block at which the coldkey disputed its swap (the account is frozen until root resets it) */
  readonly disputedAt: number | undefined;
  /** blocks between an announcement and the swap it allows */
  readonly announcementDelay: number;
  /** TAO (rao) recycled by a first announcement */
  readonly cost: bigint;
}

export interface GetColdkeySwapStatusParameters extends AtParameters {
  readonly coldkey: Address;
}

export async function getColdkeySwapStatus(
  client: Client,
  params: GetColdkeySwapStatusParameters,
): Promise<ColdkeySwapStatus> {
  const coldkey = toAccountId(params.coldkey, 'coldkey');
  const at = params.at ?? (await getBestBlock(client)).hash;
  const header = await getHeader(client, { hash: at });
  const [announced, disputedAt, delay, reannounce, cost] = await readStorageBatch(client, {
    queries: [
      { item: ColdkeySwapAnnouncements, keys: [coldkey] },
      { item: ColdkeySwapDisputes, keys: [coldkey] },
      { item: ColdkeySwapAnnouncementDelay, keys: [] },
      { item: ColdkeySwapReannouncementDelay, keys: [] },
      { item: KeySwapCost, keys: [] },
    ],
    at,
  });
  const pair = announced as [number, Hash] | undefined;
  return {
    block: header.number,
    announcement:
      pair === undefined
        ? undefined
        : { executableAt: pair[0], newColdkeyHash: pair[1], clearableAt: pair[0] + (reannounce as number) },
    disputedAt: disputedAt as number | undefined,
    announcementDelay: delay as number,
    cost: cost as bigint,
  };
}
