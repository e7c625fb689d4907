/**
 * A subnet's price and emission over time. The chain keeps only current state, but the node serves older
 * blocks' state, so the window is backfilled by reading past blocks (sampled), then extended block by block.
 * Emission per block = block emission x the subnet's share of the moving prices at that block.
 */
import {
  type Client,
  FirstEmissionBlockNumber,
  getBlockHash,
  getNetuids,
  readStorageBatch,
  SubnetMovingPrice,
  SubtensorTotalIssuance,
} from '@taonet/sdk';
import { getBlockEmission } from './economics.js';
import { raoToNumber } from './format.js';
import { computeEmissionShares } from './loadSubnets.js';

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

/**
 * One point: the price (`swap_currentAlphaPrice` at the block) and, in one storage read, the issuance and
 * each subnet's moving price and first emission block (the subnets known now; one registered later reads as
 * absent). The share counts started subnets other than root, as `computeEmissionShares`.
 */
export async function readHistoryPoint(
  client: Client,
  netuid: number,
  netuids: readonly number[],
  block: number,
): Promise<HistoryPoint> {
  const at = await getBlockHash(client, { number: block });
  const others = netuids.filter((n) => n !== 0);
  const [price, values] = await Promise.all([
    client.request('swap_currentAlphaPrice', netuid, at),
    readStorageBatch(client, {
      queries: [
        { item: SubtensorTotalIssuance, keys: [] },
        ...others.flatMap((n) => [
          { item: SubnetMovingPrice, keys: [n] },
          { item: FirstEmissionBlockNumber, keys: [n] },
        ]),
      ],
      at,
    }),
  ]);
  const shares = computeEmissionShares(
    others.map((n, i) => ({
      netuid: n,
      movingPriceBits: (values[1 + 2 * i] as bigint | undefined) ?? 0n,
      started: values[2 + 2 * i] !== undefined,
    })),
  );
  return {
    block,
    price: raoToNumber(BigInt(price)),
    emission:
      raoToNumber(getBlockEmission((values[0] as bigint | undefined) ?? 0n)) * (shares.get(netuid) ?? 0),
  };
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
  const netuids = await getNetuids(client);
  const read = (b: number) => readHistoryPoint(client, netuid, netuids, b);
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
