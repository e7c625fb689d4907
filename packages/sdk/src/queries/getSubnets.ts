/**
 * Subnets: the list with their descriptions (`subnetInfo_getSubnetsInfo`), one subnet, its
 * hyperparameters (`subnetInfo_getSubnetHyperparams`), and the netuids in use.
 */
import { fromHex } from '@taonet/primitives';
import type { RpcResult } from '@taonet/rpc';
import { toAddress } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import { NetworksAdded } from '../storage/chainStorage.js';
import { type BlockHash, listStorageEntries } from './readStorage.js';

export interface SubnetIdentityText {
  readonly subnetName: string;
  readonly githubRepo: string;
  readonly subnetContact: string;
  readonly subnetUrl: string;
  readonly discord: string;
  readonly description: string;
  readonly logoUrl: string;
  readonly additional: string;
}

export interface SubnetInfo {
  readonly netuid: number;
  readonly owner: string;
  readonly tempo: number;
  readonly subnetworkN: number;
  readonly maxAllowedUids: number;
  readonly maxAllowedValidators: number;
  readonly immunityPeriod: number;
  readonly minAllowedWeights: number;
  /** u16 fraction */
  readonly maxWeightsLimit: number;
  /** u16 fraction */
  readonly kappa: number;
  readonly rho: number;
  readonly blocksSinceLastStep: bigint;
  /** the registration price, rao */
  readonly burn: bigint;
  readonly identity: SubnetIdentityText | undefined;
}

const decoder = new TextDecoder();
const text = (hex: string) => decoder.decode(fromHex(hex));

type IdentityJson = NonNullable<NonNullable<RpcResult<'subnetInfo_getSubnetInfo'>>['identity']>;

export function toSubnetIdentity(json: IdentityJson): SubnetIdentityText {
  return {
    subnetName: text(json.subnet_name),
    githubRepo: text(json.github_repo),
    subnetContact: text(json.subnet_contact),
    subnetUrl: text(json.subnet_url),
    discord: text(json.discord),
    description: text(json.description),
    logoUrl: text(json.logo_url),
    additional: text(json.additional),
  };
}

function toSubnetInfo(
  json: NonNullable<RpcResult<'subnetInfo_getSubnetInfo'>>,
  ss58Format: number,
): SubnetInfo {
  return {
    netuid: json.netuid,
    owner: toAddress(json.owner, ss58Format),
    tempo: json.tempo,
    subnetworkN: json.subnetwork_n,
    maxAllowedUids: json.max_allowed_uids,
    maxAllowedValidators: json.max_allowed_validators,
    immunityPeriod: json.immunity_period,
    minAllowedWeights: json.min_allowed_weights,
    maxWeightsLimit: json.max_weights_limit,
    kappa: json.kappa,
    rho: json.rho,
    blocksSinceLastStep: BigInt(json.blocks_since_last_step),
    burn: BigInt(json.burn),
    identity: json.identity === null ? undefined : toSubnetIdentity(json.identity),
  };
}

export interface AtParameters {
  /** default: the best block */
  readonly at?: BlockHash;
}

/** Every subnet, root (netuid 0) included, in netuid order. */
export async function getSubnets(client: Client, params: AtParameters = {}): Promise<SubnetInfo[]> {
  const list = await client.request('subnetInfo_getSubnetsInfo', params.at);
  return list.map((json) => toSubnetInfo(json, client.ss58Format)).sort((a, b) => a.netuid - b.netuid);
}

export interface NetuidParameters extends AtParameters {
  readonly netuid: number;
}

/** One subnet, or undefined when it does not exist. */
export async function getSubnetInfo(
  client: Client,
  params: NetuidParameters,
): Promise<SubnetInfo | undefined> {
  const json = await client.request('subnetInfo_getSubnetInfo', params.netuid, params.at);
  return json === null ? undefined : toSubnetInfo(json, client.ss58Format);
}

/** The netuids in use, ascending (root included). */
export async function getNetuids(client: Client, params: AtParameters = {}): Promise<number[]> {
  const entries = await listStorageEntries(client, {
    item: NetworksAdded,
    ...(params.at ? { at: params.at } : {}),
  });
  return entries
    .filter(([, added]) => added)
    .map(([[netuid]]) => netuid)
    .sort((a, b) => a - b);
}
