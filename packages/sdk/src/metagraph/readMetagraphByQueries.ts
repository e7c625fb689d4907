/**
 * The metagraph's fallback path, for a node without `subnetInfo_getMetagraph`: the columns from the
 * per-neuron, hyperparameter, dynamic-info and storage queries at one pinned block, in parallel rounds:
 *   1. in parallel: the header, every neuron (`neuronInfo_getNeuronsLite`), the hyperparameters, the
 *      subnet's dynamic info (one storage batch + the price), the TAO weight;
 *   2. one storage batch: each uid's registration block, each hotkey's root stake, child and parent keys;
 *   3. only when some hotkey has parent keys: the parents' stakes (one storage batch).
 */
import type { AccountId } from '@taonet/primitives';
import type { Client } from '../client/createClient.js';
import { getHeader } from '../queries/getBlock.js';
import { readDynamicInfo } from '../queries/getDynamicInfo.js';
import { getHyperparameters } from '../queries/getHyperparameters.js';
import { type NeuronLite, toNeuronLite } from '../queries/getNeurons.js';
import { type BlockHash, readStorage, readStorageBatch } from '../queries/readStorage.js';
import {
  BlockAtRegistration,
  ChildKeys,
  ParentKeys,
  TaoWeight,
  TotalHotkeyAlpha,
} from '../storage/chainStorage.js';
import { computeInheritedStake, type KeyProportions } from './computeInheritedStake.js';
import { combineStake, type MetagraphData, subnetNotFoundError } from './metagraph.js';

function column<T>(neurons: readonly NeuronLite[], pick: (n: NeuronLite) => T): T[] {
  return neurons.map(pick);
}

interface StakeInputs {
  readonly alpha: readonly bigint[];
  readonly root: readonly bigint[];
  readonly children: readonly KeyProportions[];
  readonly parents: readonly KeyProportions[];
}

/** Each hotkey's alpha and root stake after child/parent delegation (one more round only with parents). */
async function readInheritedStake(client: Client, netuid: number, s: StakeInputs, at: BlockHash) {
  const parentIds = [...new Set(s.parents.flatMap((list) => list.map(([, parent]) => parent)))];
  const values =
    parentIds.length === 0
      ? []
      : await readStorageBatch(client, {
          queries: parentIds.flatMap((parent) => [
            { item: TotalHotkeyAlpha, keys: [parent, netuid] },
            { item: TotalHotkeyAlpha, keys: [parent, 0] },
          ]),
          at,
        });
  const parentStake = new Map(
    parentIds.map((parent, i) => [parent, [values[2 * i] as bigint, values[2 * i + 1] as bigint]] as const),
  );
  const inherit = (own: readonly bigint[], which: 0 | 1) =>
    own.map((stake, i) =>
      computeInheritedStake({
        own: stake,
        children: s.children[i] ?? [],
        parents: s.parents[i] ?? [],
        stakeOf: (parent) => parentStake.get(parent)?.[which] ?? 0n,
      }),
    );
  return { alphaStake: inherit(s.alpha, 0), taoStake: inherit(s.root, 1) };
}

export async function readMetagraphByQueries(
  client: Client,
  netuid: number,
  mechid: number,
  at: BlockHash,
): Promise<MetagraphData> {
  const [header, neuronsJson, hyperparameters, info, taoWeight] = await Promise.all([
    getHeader(client, { hash: at }),
    client.request('neuronInfo_getNeuronsLite', netuid, at),
    getHyperparameters(client, { netuid, at }),
    readDynamicInfo(client, [netuid], at),
    readStorage(client, { item: TaoWeight, keys: [], at }),
  ]);
  if (hyperparameters === undefined || info[0] === undefined)
    throw subnetNotFoundError(netuid, header.number);
  const neurons = neuronsJson.map((json) => toNeuronLite(json, client.ss58Format));
  const hotkeyIds = neuronsJson.map((json) => json.hotkey as AccountId);
  const n = neurons.length;
  const perHotkey = (item: typeof TotalHotkeyAlpha | typeof ChildKeys, subnet: number) =>
    hotkeyIds.map((hotkey) => ({ item, keys: [hotkey, subnet] }));
  const extra = await readStorageBatch(client, {
    queries: [
      ...neurons.map((neuron) => ({ item: BlockAtRegistration, keys: [netuid, neuron.uid] })),
      ...perHotkey(TotalHotkeyAlpha, 0),
      ...perHotkey(ChildKeys, netuid),
      ...hotkeyIds.map((hotkey) => ({ item: ParentKeys, keys: [hotkey, netuid] })),
    ],
    at,
  });
  const part = <T>(k: number) => extra.slice(k * n, (k + 1) * n) as T[];
  const { alphaStake, taoStake } = await readInheritedStake(
    client,
    netuid,
    {
      alpha: column(neurons, (neuron) => neuron.stake),
      root: part<bigint>(1),
      children: part<KeyProportions>(2),
      parents: part<KeyProportions>(3),
    },
    at,
  );
  const weight = taoWeight ?? TaoWeight.fallback!;
  return {
    netuid,
    mechid,
    block: header.number,
    blockHash: at,
    uids: column(neurons, (neuron) => neuron.uid),
    hotkeys: column(neurons, (neuron) => neuron.hotkey),
    coldkeys: column(neurons, (neuron) => neuron.coldkey),
    alphaStake,
    taoStake,
    stake: combineStake(netuid, alphaStake, taoStake, weight),
    ranks: column(neurons, (neuron) => neuron.rank),
    trust: column(neurons, (neuron) => neuron.trust),
    consensus: column(neurons, (neuron) => neuron.consensus),
    incentive: column(neurons, (neuron) => neuron.incentive),
    dividends: column(neurons, (neuron) => neuron.dividends),
    validatorTrust: column(neurons, (neuron) => neuron.validatorTrust),
    pruningScore: column(neurons, (neuron) => neuron.pruningScore),
    emission: column(neurons, (neuron) => neuron.emission),
    active: column(neurons, (neuron) => neuron.active),
    lastUpdate: column(neurons, (neuron) => neuron.lastUpdate),
    validatorPermit: column(neurons, (neuron) => neuron.validatorPermit),
    blockAtRegistration: part<bigint>(0),
    axons: column(neurons, (neuron) => neuron.axon),
    taoWeight: weight,
    info: info[0],
    hyperparameters,
  };
}
