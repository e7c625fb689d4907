/**
 * `syncMetagraph`: a subnet's metagraph at ONE block (the Python SDK awaits each query in turn, at
 * whatever block each lands on): one `subnetInfo_getMetagraph` query, every column, the subnet's dynamic
 * info and its hyperparameters at once, at the given block (a number is pinned to its hash first) or at
 * the best one, whose hash the answer names (`block_hash`; an older taonet node that does not name it:
 * the hash of the block number it answers with).
 * A node without that method (JSON-RPC "method not found", remembered per client) is read through the
 * separate queries instead (`readMetagraphByQueries`) at a block pinned first, which give the same
 * `Metagraph`.
 */
import type { RpcResult } from '@taonet/rpc';
import { RPC_ERRORS, RpcError } from '@taonet/rpc/client';
import type { Client } from '../client/createClient.js';
import type { BlockHash } from '../queries/readStorage.js';
import { Metagraph, type MetagraphData, type MetagraphModules, subnetNotFoundError } from './metagraph.js';

export interface SyncMetagraphParameters {
  readonly netuid: number;
  /** the subnet mechanism (default 0) */
  readonly mechid?: number;
  /** the block (hash or number); default: the best block */
  readonly block?: BlockHash | number;
  /** how to read it: `auto` (default) = one query when the node has it, `queries` = the separate queries */
  readonly via?: 'auto' | 'queries';
}

export type SyncMetagraphReturnType = Metagraph;

/** Clients whose node answered "method not found" to `subnetInfo_getMetagraph`. */
const withoutMetagraphMethod = new WeakSet<Client>();

// What the one-query path needs only for a pinned block number, an empty answer or an older node (the
// storage reads and their key hashing) is imported then: a fresh process does not load it otherwise.
async function getBlockHash(client: Client, params: { number?: number }): Promise<BlockHash> {
  return (await import('../queries/getBlock.js')).getBlockHash(client, params);
}

async function resolveBlock(client: Client, block: BlockHash | number | undefined): Promise<BlockHash> {
  if (typeof block === 'string') return block;
  return getBlockHash(client, block === undefined ? {} : { number: block });
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
  const [{ readStorageMany }, { Bonds, Weights }] = await Promise.all([
    import('../queries/readStorage.js'),
    import('../storage/chainStorage.js'),
  ]);
  const rows = await readStorageMany(client, { item: item === 'Weights' ? Weights : Bonds, keys, at });
  return rows.map((row) => row ?? []);
}

/** The columns through `subnetInfo_getMetagraph`, or undefined when the node does not have it. */
async function readMetagraphByRpc(
  client: Client,
  netuid: number,
  mechid: number,
  block: BlockHash | number | undefined,
): Promise<MetagraphData | undefined> {
  const at = typeof block === 'number' ? await resolveBlock(client, block) : block;
  const answer = client.request('subnetInfo_getMetagraph', netuid, at);
  // The decoding (and the SS58 encoding it uses) is loaded while the node computes the answer, once the
  // request is written: a fresh process spends the node's time on it instead of waiting.
  const decoding = client.whenOpen().then(() => import('./toMetagraphData.js'));
  decoding.catch(() => {});
  let json: RpcResult<'subnetInfo_getMetagraph'>;
  try {
    json = await answer;
  } catch (error) {
    if (!(error instanceof RpcError && error.rpcCode === RPC_ERRORS.METHOD_NOT_FOUND)) throw error;
    withoutMetagraphMethod.add(client);
    return undefined;
  }
  if (json === null) {
    const { getHeader } = await import('../queries/getBlock.js');
    throw subnetNotFoundError(netuid, (await getHeader(client, at === undefined ? {} : { hash: at })).number);
  }
  const hash =
    at ??
    (json.block_hash as BlockHash | undefined) ??
    (await getBlockHash(client, { number: Number(json.block) }));
  return (await decoding).toMetagraphData(json, client.ss58Format, mechid, hash);
}

export async function syncMetagraph(
  client: Client,
  params: SyncMetagraphParameters,
): Promise<SyncMetagraphReturnType> {
  const { netuid, mechid = 0 } = params;
  const byRpc =
    params.via === 'queries' || withoutMetagraphMethod.has(client)
      ? undefined
      : await readMetagraphByRpc(client, netuid, mechid, params.block);
  const data =
    byRpc ??
    (await (
      await import('./readMetagraphByQueries.js')
    ).readMetagraphByQueries(client, netuid, mechid, await resolveBlock(client, params.block)));
  return new Metagraph(data, metagraphModules(client));
}

function metagraphModules(client: Client): MetagraphModules {
  return {
    client,
    sync: (c, netuid, mechid) => syncMetagraph(c, { netuid, mechid }),
    readRows,
  };
}
