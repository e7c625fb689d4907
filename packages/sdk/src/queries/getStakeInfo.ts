/**
 * Stake positions and delegates, read from storage at one pinned block:
 * - `getStakeInfoForColdkey`: every (hotkey, netuid) where the coldkey holds alpha, with its value
 *   (`AlphaV2` shares of the `TotalHotkeyAlpha` pool, subtensor's share-pool arithmetic);
 * - `getStake`: one position;
 * - `getDelegates`: every delegate hotkey with its owner, take and root stake.
 */
import {
  type AccountId,
  SAFE_FLOAT_ZERO,
  type SafeFloat,
  safeFloatFromU64,
  safeFloatMulDiv,
  safeFloatToU64,
} from '@taonet/primitives';
import { type Address, toAccountId, toAddress } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import {
  AlphaV2,
  ChildKeys,
  Delegates,
  Owner,
  ParentKeys,
  StakingHotkeys,
  TotalHotkeyAlpha,
  TotalHotkeySharesV2,
} from '../storage/chainStorage.js';
import { getBlockHash } from './getBlock.js';
import type { AtParameters } from './getSubnets.js';
import { type BlockHash, listStorageEntries, readStorage, readStorageBatch } from './readStorage.js';

export interface StakeInfo {
  readonly hotkey: string;
  readonly coldkey: string;
  readonly netuid: number;
  /** the alpha value of the position (rao of the subnet's alpha; TAO on root) */
  readonly stake: bigint;
}

/** `floor(pool value * shares / total shares)` as subtensor's share pool computes it. */
export function computeShareValue(poolValue: bigint, shares: SafeFloat, totalShares: SafeFloat): bigint {
  return safeFloatToU64(safeFloatMulDiv(safeFloatFromU64(poolValue), shares, totalShares) ?? SAFE_FLOAT_ZERO);
}

interface Position {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly netuid: number;
  readonly shares: SafeFloat;
}

async function valuePositions(
  client: Client,
  positions: readonly Position[],
  at: BlockHash,
): Promise<StakeInfo[]> {
  const queries = positions.flatMap((p) => [
    { item: TotalHotkeyAlpha, keys: [p.hotkey, p.netuid] },
    { item: TotalHotkeySharesV2, keys: [p.hotkey, p.netuid] },
  ]);
  const values = await readStorageBatch(client, { queries, at });
  return positions.map((p, i) => ({
    hotkey: toAddress(p.hotkey, client.ss58Format),
    coldkey: toAddress(p.coldkey, client.ss58Format),
    netuid: p.netuid,
    stake: computeShareValue(values[2 * i] as bigint, p.shares, values[2 * i + 1] as SafeFloat),
  }));
}

export interface GetStakeInfoForColdkeyParameters extends AtParameters {
  readonly coldkey: Address;
}

export async function getStakeInfoForColdkey(
  client: Client,
  params: GetStakeInfoForColdkeyParameters,
): Promise<StakeInfo[]> {
  const coldkey = toAccountId(params.coldkey, 'coldkey');
  const at = params.at ?? (await getBlockHash(client));
  const hotkeys = (await readStorage(client, { item: StakingHotkeys, keys: [coldkey], at })) ?? [];
  const entries = await Promise.all(
    hotkeys.map((hotkey) => listStorageEntries(client, { item: AlphaV2, prefix: [hotkey, coldkey], at })),
  );
  const positions = entries
    .flat()
    .filter(([, shares]) => shares.mantissa !== 0n)
    .map(([[hotkey, , netuid], shares]) => ({ hotkey, coldkey, netuid, shares }));
  return (await valuePositions(client, positions, at)).filter((info) => info.stake > 0n);
}

export interface GetStakeParameters extends AtParameters {
  readonly hotkey: Address;
  readonly coldkey: Address;
  readonly netuid: number;
}

/** The alpha a coldkey stakes through a hotkey on a subnet. */
export async function getStake(client: Client, params: GetStakeParameters): Promise<bigint> {
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const coldkey = toAccountId(params.coldkey, 'coldkey');
  const at = params.at ?? (await getBlockHash(client));
  const keys: [AccountId, AccountId, number] = [hotkey, coldkey, params.netuid];
  const shares = (await readStorage(client, { item: AlphaV2, keys, at }))!;
  if (shares.mantissa === 0n) return 0n;
  const [info] = await valuePositions(client, [{ hotkey, coldkey, netuid: params.netuid, shares }], at);
  return info!.stake;
}

export interface DelegateInfo {
  readonly hotkey: string;
  readonly owner: string | undefined;
  /** the take as a u16 fraction (11796 = 18%) */
  readonly take: number;
  /** TAO staked to the hotkey on root (rao) */
  readonly rootStake: bigint;
}

/** Every delegate (hotkeys with a take), ordered by root stake, largest first. */
export async function getDelegates(client: Client, params: AtParameters = {}): Promise<DelegateInfo[]> {
  const at = params.at ?? (await getBlockHash(client));
  const delegates = await listStorageEntries(client, { item: Delegates, at });
  const queries = delegates.flatMap(([[hotkey]]) => [
    { item: Owner, keys: [hotkey] },
    { item: TotalHotkeyAlpha, keys: [hotkey, 0] },
  ]);
  const values = await readStorageBatch(client, { queries, at });
  return delegates
    .map(([[hotkey], take], i) => ({
      hotkey: toAddress(hotkey, client.ss58Format),
      owner: values[2 * i] === undefined ? undefined : toAddress(values[2 * i] as string, client.ss58Format),
      take,
      rootStake: values[2 * i + 1] as bigint,
    }))
    .sort((a, b) => (a.rootStake === b.rootStake ? 0 : a.rootStake > b.rootStake ? -1 : 1));
}

export interface ChildKeyInfo {
  readonly hotkey: string;
  /** share of the parent's stake weight as a u64 fraction of 2^64 - 1 */
  readonly proportion: bigint;
}

export interface GetChildrenParameters extends AtParameters {
  readonly hotkey: Address;
  readonly netuid: number;
}

/** The children of a parent hotkey on a subnet (`ChildKeys`). */
export async function getChildren(client: Client, params: GetChildrenParameters): Promise<ChildKeyInfo[]> {
  return readKin(client, ChildKeys, params);
}

/** The parents of a child hotkey on a subnet (`ParentKeys`). */
export async function getParents(client: Client, params: GetChildrenParameters): Promise<ChildKeyInfo[]> {
  return readKin(client, ParentKeys, params);
}

async function readKin(
  client: Client,
  item: typeof ChildKeys,
  params: GetChildrenParameters,
): Promise<ChildKeyInfo[]> {
  const keys: [AccountId, number] = [toAccountId(params.hotkey, 'hotkey'), params.netuid];
  const rows = (await readStorage(client, { item, keys, ...(params.at ? { at: params.at } : {}) })) ?? [];
  return rows.map(([proportion, hotkey]) => ({ hotkey: toAddress(hotkey, client.ss58Format), proportion }));
}
