/** Blocks: hashes by number, headers, whole blocks, the best and finalized heads. */
import type { RpcResult } from '@taonet/rpc';
import type { Client } from '../client/createClient.js';
import { BlockNotFoundError } from '../errors/sdkError.js';
import type { BlockHash } from './readStorage.js';

export interface BlockHeader {
  readonly number: number;
  readonly parentHash: BlockHash;
  readonly stateRoot: BlockHash;
  readonly extrinsicsRoot: BlockHash;
  /** SCALE-encoded digest items (0x hex) */
  readonly digestLogs: readonly string[];
}

type HeaderJson = NonNullable<RpcResult<'chain_getHeader'>>;

export function toBlockHeader(json: HeaderJson): BlockHeader {
  return {
    number: Number.parseInt(json.number.slice(2), 16),
    parentHash: json.parentHash as BlockHash,
    stateRoot: json.stateRoot as BlockHash,
    extrinsicsRoot: json.extrinsicsRoot as BlockHash,
    digestLogs: json.digest.logs,
  };
}

export interface GetBlockHashParameters {
  /** default: the best block */
  readonly number?: number;
}

export async function getBlockHash(client: Client, params: GetBlockHashParameters = {}): Promise<BlockHash> {
  const hash = await client.request('chain_getBlockHash', params.number);
  if (hash === null) throw new BlockNotFoundError(params.number ?? 'best');
  return hash as BlockHash;
}

export interface GetHeaderParameters {
  /** default: the best block */
  readonly hash?: BlockHash;
}

export async function getHeader(client: Client, params: GetHeaderParameters = {}): Promise<BlockHeader> {
  const header = await client.request('chain_getHeader', params.hash);
  if (header === null) throw new BlockNotFoundError(params.hash ?? 'best');
  return toBlockHeader(header);
}

/** The number of the best block. */
export async function getBlockNumber(client: Client): Promise<number> {
  return (await getHeader(client)).number;
}

export interface BlockRef {
  readonly hash: BlockHash;
  readonly number: number;
}

/** The best block's hash and number, read consistently (the hash first, then its header). */
export async function getBestBlock(client: Client): Promise<BlockRef> {
  const hash = await getBlockHash(client);
  return { hash, number: (await getHeader(client, { hash })).number };
}

export async function getFinalizedHead(client: Client): Promise<BlockRef> {
  const hash = (await client.request('chain_getFinalizedHead')) as BlockHash;
  return { hash, number: (await getHeader(client, { hash })).number };
}

export interface GetBlockParameters {
  /** the block's hash; or its `number`; default: the best block */
  readonly hash?: BlockHash;
  readonly number?: number;
}

export interface Block extends BlockRef {
  readonly header: BlockHeader;
  /** the extrinsics as submitted (length-prefixed SCALE, 0x hex) */
  readonly extrinsics: readonly string[];
}

export async function getBlock(client: Client, params: GetBlockParameters = {}): Promise<Block> {
  const hash =
    params.hash ?? (await getBlockHash(client, params.number === undefined ? {} : { number: params.number }));
  const block = await client.request('chain_getBlock', hash);
  if (block === null) throw new BlockNotFoundError(hash);
  const header = toBlockHeader(block.block.header);
  return { hash, number: header.number, header, extrinsics: block.block.extrinsics };
}
