/**
 * A subnet's price and emission over time. The chain keeps only current state, but the node serves older
 * blocks' state, so the window is backfilled by reading past blocks (sampled), then extended block by block.
 * Emission per block = the TAO the chain recorded the subnet received at that block (emissionRecords).
 */
import { type Client, getBlockHash } from '@taonet/sdk';
import { readBlockTaoEmission } from './emissionRecords.js';
import { raoToNumber } from './format.js';

export interface HistoryPoint {
  readonly block: number;
  /** TAO per alpha */
  readonly price: number;
  /** TAO per block flowing to the subnet */
  readonly emission: number;
}

export const BACKFILL_BLOCKS = 200;
export const BACKFILL_POINTS = 30;
const MAX_POINTS = 400;
const CHUNK = 6;

/** One point: the price (`swap_currentAlphaPrice` at the block) and the TAO the subnet got that block. */
export async function readHistoryPoint(client: Client, netuid: number, block: number): Promise<HistoryPoint> {
  const at = await getBlockHash(client, { number: block });
  const [price, emission] = await Promise.all([
    client.request('swap_currentAlphaPrice', netuid, at),
    readBlockTaoEmission(client, netuid, at),
  ]);
  return { block, price: raoToNumber(BigInt(price)), emission: raoToNumber(emission) };
}

/** The blocks to sample for a backfill ending at `best`, oldest first. */
export function planBackfill(best: number, blocks = BACKFILL_BLOCKS, points = BACKFILL_POINTS): number[] {
  const start = Math.max(0, best - blocks);
  const step = Math.max(1, Math.ceil((best - start) / points));
  const out: number[] = [];
  for (let b = best; b >= start && out.length < points + 1; b -= step) out.unshift(b);
  return out;
}

/** The history extended to `best`: backfilled when empty, else the blocks after its last point. */
export async function extendHistory(
  client: Client,
  netuid: number,
  history: readonly HistoryPoint[],
  best: number,
  isCurrent: () => boolean = () => true,
): Promise<HistoryPoint[]> {
  const last = history[history.length - 1]?.block;
  const blocks =
    last === undefined
      ? planBackfill(best)
      : Array.from({ length: Math.min(20, best - last) }, (_, i) => best - i).reverse();
  if (blocks.length === 0) return [...history];
  const read = (b: number) => readHistoryPoint(client, netuid, b);
  // a block whose state the node no longer keeps is left out of the window
  // a few blocks at a time, newest first, stopping when the page is left: past state is slow to read
  const found: HistoryPoint[] = [];
  for (let end = blocks.length; end > 0 && isCurrent(); end -= CHUNK) {
    const chunk = blocks.slice(Math.max(0, end - CHUNK), end);
    const points = await Promise.all(chunk.map((b) => read(b).catch(() => undefined)));
    found.unshift(...points.filter((p): p is HistoryPoint => p !== undefined));
  }
  if (found.length === 0 && isCurrent()) return read(best).then((p) => [...history, p]);
  return [...history, ...found].slice(-MAX_POINTS);
}
