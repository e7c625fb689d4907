/**
 * Dynamic TAO state of subnets (what the Python SDK's `DynamicInfo` shows): owner, name and symbol, epoch
 * timing, the pool reserves (TAO in, alpha in/out), volume, moving and spot price. Read from storage and
 * `swap_currentAlphaPrice` at one pinned block, every subnet in one round trip for storage.
 */
import { toAddress } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import {
  BlocksSinceLastStep,
  FirstEmissionBlockNumber,
  LastMechansimStepBlock,
  MechanismCountCurrent,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetIdentitiesV3,
  type SubnetIdentityValue,
  SubnetLocked,
  SubnetMechanism,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetTAO,
  SubnetVolume,
  SubtokenEnabled,
  Tempo,
  TokenSymbol,
} from '../storage/chainStorage.js';
import { getBlockHash } from './getBlock.js';
import {
  type AtParameters,
  getNetuids,
  type NetuidParameters,
  type SubnetIdentityText,
} from './getSubnets.js';
import { type BlockHash, readStorageBatch, type StorageQuery } from './readStorage.js';

export interface DynamicInfo {
  readonly netuid: number;
  readonly owner: string | undefined;
  readonly ownerHotkey: string | undefined;
  /** the identity's name, or '' */
  readonly name: string;
  readonly symbol: string;
  readonly identity: SubnetIdentityText | undefined;
  readonly tempo: number;
  readonly lastStep: bigint;
  readonly blocksSinceLastStep: bigint;
  readonly networkRegisteredAt: bigint;
  /** start_call done: emission and staking are on */
  readonly started: boolean;
  readonly firstEmissionBlock: bigint | undefined;
  readonly subtokenEnabled: boolean;
  /** 0 = stable (root), 1 = dynamic pool */
  readonly mechanism: number;
  readonly mechanismCount: number;
  /** the pool's TAO reserve (rao) */
  readonly taoIn: bigint;
  /** the pool's alpha reserve */
  readonly alphaIn: bigint;
  /** alpha outstanding (held by stakers and the protocol) */
  readonly alphaOut: bigint;
  readonly subnetVolume: bigint;
  /** TAO locked by the owner at registration (rao) */
  readonly locked: bigint;
  /** spot price, rao per alpha (1e9 = 1 TAO per alpha) */
  readonly price: bigint;
  /** EMA of the price as I96F32 raw bits (divide by 2^32 for TAO per alpha) */
  readonly movingPriceBits: bigint;
}

const ITEMS = {
  owner: SubnetOwner,
  ownerHotkey: SubnetOwnerHotkey,
  symbol: TokenSymbol,
  identity: SubnetIdentitiesV3,
  tempo: Tempo,
  lastStep: LastMechansimStepBlock,
  blocksSinceLastStep: BlocksSinceLastStep,
  networkRegisteredAt: NetworkRegisteredAt,
  firstEmissionBlock: FirstEmissionBlockNumber,
  subtokenEnabled: SubtokenEnabled,
  mechanism: SubnetMechanism,
  mechanismCount: MechanismCountCurrent,
  taoIn: SubnetTAO,
  alphaIn: SubnetAlphaIn,
  alphaOut: SubnetAlphaOut,
  subnetVolume: SubnetVolume,
  locked: SubnetLocked,
  movingPriceBits: SubnetMovingPrice,
  exists: NetworksAdded,
} as const;

type Row = { -readonly [K in keyof typeof ITEMS]: unknown };

const decoder = new TextDecoder();

function identityText(value: SubnetIdentityValue): SubnetIdentityText {
  const t = (bytes: Uint8Array) => decoder.decode(bytes);
  return {
    subnetName: t(value.subnet_name),
    githubRepo: t(value.github_repo),
    subnetContact: t(value.subnet_contact),
    subnetUrl: t(value.subnet_url),
    discord: t(value.discord),
    description: t(value.description),
    logoUrl: t(value.logo_url),
    additional: t(value.additional),
  };
}

function toDynamicInfo(netuid: number, row: Row, price: string, ss58Format: number): DynamicInfo {
  const address = (v: unknown) => (v === undefined ? undefined : toAddress(v as string, ss58Format));
  const identity = row.identity === undefined ? undefined : identityText(row.identity as SubnetIdentityValue);
  return {
    netuid,
    owner: address(row.owner),
    ownerHotkey: address(row.ownerHotkey),
    name: identity?.subnetName ?? '',
    symbol: decoder.decode(row.symbol as Uint8Array),
    identity,
    tempo: row.tempo as number,
    lastStep: row.lastStep as bigint,
    blocksSinceLastStep: row.blocksSinceLastStep as bigint,
    networkRegisteredAt: row.networkRegisteredAt as bigint,
    started: row.firstEmissionBlock !== undefined,
    firstEmissionBlock: row.firstEmissionBlock as bigint | undefined,
    subtokenEnabled: row.subtokenEnabled as boolean,
    mechanism: row.mechanism as number,
    mechanismCount: row.mechanismCount as number,
    taoIn: row.taoIn as bigint,
    alphaIn: row.alphaIn as bigint,
    alphaOut: row.alphaOut as bigint,
    subnetVolume: row.subnetVolume as bigint,
    locked: row.locked as bigint,
    price: BigInt(price),
    movingPriceBits: row.movingPriceBits as bigint,
  };
}

/** The dynamic info of the given subnets at one block (missing subnets are left out). */
export async function readDynamicInfo(
  client: Client,
  netuids: readonly number[],
  at: BlockHash,
): Promise<DynamicInfo[]> {
  const names = Object.keys(ITEMS) as (keyof typeof ITEMS)[];
  const queries: StorageQuery[] = netuids.flatMap((netuid) =>
    names.map((name) => ({ item: ITEMS[name], keys: [netuid] })),
  );
  const [values, prices] = await Promise.all([
    readStorageBatch(client, { queries, at }),
    Promise.all(netuids.map((netuid) => client.request('swap_currentAlphaPrice', netuid, at))),
  ]);
  const out: DynamicInfo[] = [];
  netuids.forEach((netuid, i) => {
    const row = Object.fromEntries(names.map((name, j) => [name, values[i * names.length + j]])) as Row;
    if (row.exists === true) out.push(toDynamicInfo(netuid, row, prices[i]!, client.ss58Format));
  });
  return out;
}

/** One subnet's dynamic info, or undefined when it does not exist. */
export async function getDynamicInfo(
  client: Client,
  params: NetuidParameters,
): Promise<DynamicInfo | undefined> {
  const at = params.at ?? (await getBlockHash(client));
  return (await readDynamicInfo(client, [params.netuid], at))[0];
}

/** Every subnet's dynamic info at one block, root included, in netuid order. */
export async function getAllDynamicInfo(client: Client, params: AtParameters = {}): Promise<DynamicInfo[]> {
  const at = params.at ?? (await getBlockHash(client));
  return readDynamicInfo(client, await getNetuids(client, { at }), at);
}
