/**
 * `syncMetagraph`: a subnet's metagraph at ONE pinned block, fetched in three parallel rounds (the
 * Python SDK awaits each query in turn, at whatever block each lands on):
 *   1. the block hash (unless given);
 *   2. in parallel: the header, every neuron (`neuronInfo_getNeuronsLite`), the hyperparameters, the
 *      subnet's dynamic info (one storage batch + the price), the TAO weight;
 *   3. one storage batch: each uid's registration block and each hotkey's root stake.
 */
import type { AccountId } from '@taonet/primitives';
import type { Client } from '../client/createClient.js';
import { SdkError } from '../errors/sdkError.js';
import { getBlockHash, getHeader } from '../queries/getBlock.js';
import { readDynamicInfo } from '../queries/getDynamicInfo.js';
import { getHyperparameters } from '../queries/getHyperparameters.js';
import { type NeuronLite, toNeuronLite } from '../queries/getNeurons.js';
import { type BlockHash, readStorage, readStorageBatch, readStorageMany } from '../queries/readStorage.js';
import { BlockAtRegistration, Bonds, TaoWeight, TotalHotkeyAlpha, Weights } from '../storage/chainStorage.js';
import { Metagraph, type MetagraphData, type MetagraphModules } from './metagraph.js';

export interface SyncMetagraphParameters {
  readonly netuid: number;
  /** the subnet mechanism (default 0) */
  readonly mechid?: number;
  /** the block (hash or number); default: the best block */
  readonly block?: BlockHash | number;
}

export type SyncMetagraphReturnType = Metagraph;

async function resolveBlock(client: Client, block: BlockHash | number | undefined): Promise<BlockHash> {
  if (typeof block === 'string') return block;
  return getBlockHash(client, block === undefined ? {} : { number: block });
}

function column<T>(neurons: readonly NeuronLite[], pick: (n: NeuronLite) => T): T[] {
  return neurons.map(pick);
}

async function readRows(
  client: Client,
  item: 'Weights' | 'Bonds',
  netuid: number,
  mechid: number,
  uids: readonly number[],
  at: BlockHash,
): Promise<[number, number][][]> {
  const index = mechid * 4096 + netuid;
  const keys = uids.map((uid): [number, number] => [index, uid]);
  const rows = await readStorageMany(client, { item: item === 'Weights' ? Weights : Bonds, keys, at });
  return rows.map((row) => row ?? []);
}

export async function syncMetagraph(
  client: Client,
  params: SyncMetagraphParameters,
): Promise<SyncMetagraphReturnType> {
  const { netuid, mechid = 0 } = params;
  const at = await resolveBlock(client, params.block);
  const [header, neuronsJson, hyperparameters, info, taoWeight] = await Promise.all([
    getHeader(client, { hash: at }),
    client.request('neuronInfo_getNeuronsLite', netuid, at),
    getHyperparameters(client, { netuid, at }),
    readDynamicInfo(client, [netuid], at),
    readStorage(client, { item: TaoWeight, keys: [], at }),
  ]);
  if (hyperparameters === undefined || info[0] === undefined) {
    throw new SdkError('SUBNET_NOT_FOUND', `Subnet ${netuid} does not exist at block ${header.number}`, {
      hint: 'list the subnets (getSubnets) and use an existing netuid',
      details: { netuid, block: header.number },
    });
  }
  const neurons = neuronsJson.map((json) => toNeuronLite(json, client.ss58Format));
  const hotkeyIds = neuronsJson.map((json) => json.hotkey as AccountId);
  const extra = await readStorageBatch(client, {
    queries: [
      ...neurons.map((n) => ({ item: BlockAtRegistration, keys: [netuid, n.uid] })),
      ...hotkeyIds.map((hotkey: AccountId) => ({ item: TotalHotkeyAlpha, keys: [hotkey, 0] })),
    ],
    at,
  });
  const weight = taoWeight ?? TaoWeight.fallback!;
  const alphaStake = column(neurons, (n) => n.stake);
  const taoStake = neurons.map((_, i) => extra[neurons.length + i] as bigint);
  const data: MetagraphData = {
    netuid,
    mechid,
    block: header.number,
    blockHash: at,
    uids: column(neurons, (n) => n.uid),
    hotkeys: column(neurons, (n) => n.hotkey),
    coldkeys: column(neurons, (n) => n.coldkey),
    alphaStake,
    taoStake,
    stake: netuid === 0 ? taoStake : alphaStake.map((alpha, i) => alpha + ((taoStake[i]! * weight) >> 64n)),
    ranks: column(neurons, (n) => n.rank),
    trust: column(neurons, (n) => n.trust),
    consensus: column(neurons, (n) => n.consensus),
    incentive: column(neurons, (n) => n.incentive),
    dividends: column(neurons, (n) => n.dividends),
    validatorTrust: column(neurons, (n) => n.validatorTrust),
    pruningScore: column(neurons, (n) => n.pruningScore),
    emission: column(neurons, (n) => n.emission),
    active: column(neurons, (n) => n.active),
    lastUpdate: column(neurons, (n) => n.lastUpdate),
    validatorPermit: column(neurons, (n) => n.validatorPermit),
    blockAtRegistration: neurons.map((_, i) => extra[i] as bigint),
    axons: column(neurons, (n) => n.axon),
    taoWeight: weight,
    info: info[0],
    hyperparameters,
  };
  return new Metagraph(data, metagraphModules(client));
}

function metagraphModules(client: Client): MetagraphModules {
  return {
    client,
    sync: (c, netuid, mechid) => syncMetagraph(c, { netuid, mechid }),
    readRows,
  };
}
