/**
 * Neurons: every uid of a subnet (`neuronInfo_getNeuronsLite`), one uid with or without its weights and
 * bonds, and the uid of a hotkey. Consensus values stay u16 integers (divide by 65535 for a fraction);
 * amounts are bigint rao; keys SS58.
 */
import type { RpcResult } from '@taonet/rpc';
import { formatIp } from '../address/chainIp.js';
import { type Address, toAccountId, toAddress } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import { IsNetworkMember, Owner, Uids } from '../storage/chainStorage.js';
import type { AtParameters, NetuidParameters } from './getSubnets.js';
import { listStorageEntries, readStorage } from './readStorage.js';

export interface AxonInfo {
  /** block of the last serve_axon */
  readonly block: bigint;
  readonly version: number;
  /** "1.2.3.4" (or IPv6 text); "0.0.0.0" when never served */
  readonly ip: string;
  readonly port: number;
  readonly ipType: number;
  readonly protocol: number;
}

export interface NeuronLite {
  readonly uid: number;
  readonly netuid: number;
  readonly hotkey: string;
  readonly coldkey: string;
  readonly active: boolean;
  /** alpha staked to the hotkey on this subnet (rao) */
  readonly stake: bigint;
  /** u16 values (0..65535) of the last epoch */
  readonly rank: number;
  readonly trust: number;
  readonly consensus: number;
  readonly incentive: number;
  readonly dividends: number;
  readonly validatorTrust: number;
  readonly pruningScore: number;
  /** alpha emitted to the uid at the last epoch (rao) */
  readonly emission: bigint;
  readonly lastUpdate: number;
  readonly validatorPermit: boolean;
  readonly axon: AxonInfo;
}

export interface Neuron extends NeuronLite {
  /** [uid, u16 weight] as set (max-upscaled) */
  readonly weights: readonly (readonly [number, number])[];
  /** [uid, u16 bond] */
  readonly bonds: readonly (readonly [number, number])[];
}

type LiteJson = RpcResult<'neuronInfo_getNeuronsLite'>[number];
type FullJson = RpcResult<'neuronInfo_getNeurons'>[number];

export function toAxonInfo(axon: LiteJson['axon_info']): AxonInfo {
  return {
    block: BigInt(axon.block),
    version: axon.version,
    ip: formatIp(BigInt(axon.ip), axon.ip_type === 6 ? 6 : 4),
    port: axon.port,
    ipType: axon.ip_type,
    protocol: axon.protocol,
  };
}

export function toNeuronLite(json: LiteJson, ss58Format: number): NeuronLite {
  return {
    uid: json.uid,
    netuid: json.netuid,
    hotkey: toAddress(json.hotkey, ss58Format),
    coldkey: toAddress(json.coldkey, ss58Format),
    active: json.active,
    stake: json.stake.reduce((sum, [, amount]) => sum + BigInt(amount), 0n),
    rank: json.rank,
    trust: json.trust,
    consensus: json.consensus,
    incentive: json.incentive,
    dividends: json.dividends,
    validatorTrust: json.validator_trust,
    pruningScore: json.pruning_score,
    emission: BigInt(json.emission),
    lastUpdate: Number(json.last_update),
    validatorPermit: json.validator_permit,
    axon: toAxonInfo(json.axon_info),
  };
}

function toNeuron(json: FullJson, ss58Format: number): Neuron {
  return { ...toNeuronLite(json, ss58Format), weights: json.weights, bonds: json.bonds };
}

export async function getNeuronsLite(client: Client, params: NetuidParameters): Promise<NeuronLite[]> {
  const list = await client.request('neuronInfo_getNeuronsLite', params.netuid, params.at);
  return list.map((json) => toNeuronLite(json, client.ss58Format));
}

/** Every neuron with its weights and bonds (heavier: O(n^2) values). */
export async function getNeurons(client: Client, params: NetuidParameters): Promise<Neuron[]> {
  const list = await client.request('neuronInfo_getNeurons', params.netuid, params.at);
  return list.map((json) => toNeuron(json, client.ss58Format));
}

export interface UidParameters extends NetuidParameters {
  readonly uid: number;
}

export async function getNeuronLite(client: Client, params: UidParameters): Promise<NeuronLite | undefined> {
  const json = await client.request('neuronInfo_getNeuronLite', params.netuid, params.uid, params.at);
  return json === null ? undefined : toNeuronLite(json, client.ss58Format);
}

export async function getNeuron(client: Client, params: UidParameters): Promise<Neuron | undefined> {
  const json = await client.request('neuronInfo_getNeuron', params.netuid, params.uid, params.at);
  return json === null ? undefined : toNeuron(json, client.ss58Format);
}

export interface GetUidParameters extends NetuidParameters {
  readonly hotkey: Address;
}

/** The uid of a hotkey on a subnet, or undefined when it is not registered there. */
export async function getUidForHotkey(client: Client, params: GetUidParameters): Promise<number | undefined> {
  const keys: [number, ReturnType<typeof toAccountId>] = [
    params.netuid,
    toAccountId(params.hotkey, 'hotkey'),
  ];
  return readStorage(client, { item: Uids, keys, ...(params.at ? { at: params.at } : {}) });
}

export interface HotkeyParameters extends AtParameters {
  readonly hotkey: Address;
}

/** The netuids where a hotkey holds a uid, ascending (`IsNetworkMember`). */
export async function getHotkeyNetuids(client: Client, params: HotkeyParameters): Promise<number[]> {
  const prefix = [toAccountId(params.hotkey, 'hotkey')];
  const entries = await listStorageEntries(client, {
    item: IsNetworkMember,
    prefix,
    ...(params.at ? { at: params.at } : {}),
  });
  return entries
    .filter(([, member]) => member)
    .map(([[, netuid]]) => netuid)
    .sort((a, b) => a - b);
}

/** The coldkey that owns a hotkey, or undefined for a hotkey never registered or staked to. */
export async function getHotkeyOwner(client: Client, params: HotkeyParameters): Promise<string | undefined> {
  const keys: [ReturnType<typeof toAccountId>] = [toAccountId(params.hotkey, 'hotkey')];
  const owner = await readStorage(client, { item: Owner, keys, ...(params.at ? { at: params.at } : {}) });
  return owner === undefined ? undefined : toAddress(owner, client.ss58Format);
}
