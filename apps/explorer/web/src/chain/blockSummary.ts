/**
 * A block as the explorer shows it: header, decoded extrinsics with their success and events, and the
 * timestamp from the Timestamp.set inherent. Blocks never change once made, so summaries are cached by hash.
 */
import {
  type BlockHash,
  type ChainEvent,
  type Client,
  getBlock,
  getBlockHash,
  getEvents,
  getExtrinsicEvents,
} from '@taonet/sdk';
import { type DecodedExtrinsic, decodeExtrinsic } from './decodeExtrinsic.js';

export interface ExtrinsicSummary extends DecodedExtrinsic {
  readonly block: number;
  readonly blockHash: BlockHash;
  readonly index: number;
  readonly success: boolean;
  readonly events: readonly ChainEvent[];
  readonly hex: string;
}

export interface BlockSummary {
  readonly number: number;
  readonly hash: BlockHash;
  readonly parentHash: BlockHash;
  readonly stateRoot: BlockHash;
  readonly extrinsicsRoot: BlockHash;
  /** ms since the epoch, from the timestamp inherent (undefined when the block has none) */
  readonly timestamp: number | undefined;
  readonly extrinsics: readonly ExtrinsicSummary[];
  readonly events: readonly ChainEvent[];
}

const MAX_CACHED = 2_000;
const cache = new Map<string, Promise<BlockSummary>>();

function summarise(
  number: number,
  hash: BlockHash,
  raw: readonly string[],
  events: readonly ChainEvent[],
): ExtrinsicSummary[] {
  return raw.map((hex, index) => {
    const own = getExtrinsicEvents(events, index);
    const decoded = decodeExtrinsic(hex);
    return {
      ...decoded,
      block: number,
      blockHash: hash,
      index,
      success: !own.some((e) => e.pallet === 'System' && e.name === 'ExtrinsicFailed'),
      events: own,
      hex,
    };
  });
}

function timestampOf(extrinsics: readonly ExtrinsicSummary[]): number | undefined {
  const set = extrinsics.find((x) => x.pallet === 'Timestamp' && x.call === 'set');
  return set?.args === undefined ? undefined : Number((set.args as { now: bigint }).now);
}

async function loadSummary(client: Client, hash: BlockHash): Promise<BlockSummary> {
  const [block, events] = await Promise.all([
    getBlock(client, { hash }),
    getEvents(client, { blockHash: hash }),
  ]);
  const extrinsics = summarise(block.number, hash, block.extrinsics, events);
  return {
    number: block.number,
    hash,
    parentHash: block.header.parentHash,
    stateRoot: block.header.stateRoot,
    extrinsicsRoot: block.header.extrinsicsRoot,
    timestamp: timestampOf(extrinsics),
    extrinsics,
    events,
  };
}

export function getBlockSummary(client: Client, hash: BlockHash): Promise<BlockSummary> {
  let pending = cache.get(hash);
  if (pending === undefined) {
    pending = loadSummary(client, hash);
    pending.catch(() => cache.delete(hash));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(hash, pending);
  }
  return pending;
}

export async function getBlockSummaryByNumber(client: Client, number: number): Promise<BlockSummary> {
  return getBlockSummary(client, await getBlockHash(client, { number }));
}

/** The `count` blocks ending at `best` (newest first), fetched in parallel. */
export async function getRecentBlocks(client: Client, best: number, count: number): Promise<BlockSummary[]> {
  const numbers = Array.from({ length: Math.min(count, best + 1) }, (_, i) => best - i);
  return Promise.all(numbers.map((n) => getBlockSummaryByNumber(client, n)));
}
