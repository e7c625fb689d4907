/** The overview page's figures, read at one block. */
import {
  type Client,
  getAllDynamicInfo,
  getBlockHash,
  getFinalizedHead,
  getTotalIssuance,
} from '@taonet/sdk';
import { type BlockSummary, getBlockSummary, getRecentBlocks } from './blockSummary.js';
import {
  computeDailyEmission,
  computeHalving,
  getBlockEmission,
  type HalvingProjection,
  MAX_SUPPLY,
} from './economics.js';

export interface OverviewData {
  readonly best: number;
  readonly finalized: number;
  /** mean block time over the last blocks (ms), from their timestamps */
  readonly blockTimeMs: number | undefined;
  /** subtensor's TotalIssuance: TAO issued by emission minus recycled (drives the halving) */
  readonly issuance: bigint;
  /** every account's balance (Balances' TotalIssuance): the subnet pools' TAO sits in their subnet accounts */
  readonly circulating: bigint;
  readonly maxSupply: bigint;
  readonly totalStake: bigint;
  readonly stakingRatio: number;
  readonly blockEmission: bigint;
  readonly dailyEmission: bigint;
  readonly halving: HalvingProjection;
  /** TAO in the subnet pools (Σ SubnetTAO) */
  readonly poolTao: bigint;
  readonly subnetCount: number;
  readonly recentBlocks: readonly BlockSummary[];
}

const SPAN = 10;

export function computeBlockTime(newest: BlockSummary, oldest: BlockSummary): number | undefined {
  if (newest.timestamp === undefined || oldest.timestamp === undefined) return undefined;
  const blocks = newest.number - oldest.number;
  return blocks > 0 && newest.timestamp > oldest.timestamp
    ? (newest.timestamp - oldest.timestamp) / blocks
    : undefined;
}

export async function loadOverview(client: Client, best: number): Promise<OverviewData> {
  const at = await getBlockHash(client, { number: best });
  const [totals, dynamic, finalized, recentBlocks, head] = await Promise.all([
    getTotalIssuance(client, { at }),
    getAllDynamicInfo(client, { at }),
    getFinalizedHead(client),
    getRecentBlocks(client, best, 6),
    getBlockSummary(client, at),
  ]);
  const old = best >= SPAN ? await getRecentBlocks(client, best - SPAN, 1) : [];
  const blockTimeMs = old[0] === undefined ? undefined : computeBlockTime(head, old[0]);
  const circulating = totals.issuance;
  const blockEmission = getBlockEmission(totals.subtensorIssuance);
  const now = head.timestamp ?? Date.now();
  return {
    best,
    finalized: finalized.number,
    blockTimeMs,
    issuance: totals.subtensorIssuance,
    circulating,
    maxSupply: MAX_SUPPLY,
    totalStake: totals.totalStake,
    stakingRatio: circulating === 0n ? 0 : Number((totals.totalStake * 1_000_000n) / circulating) / 1_000_000,
    blockEmission,
    dailyEmission: computeDailyEmission(blockEmission, blockTimeMs ?? 12_000),
    halving: computeHalving({
      issuance: totals.subtensorIssuance,
      bestBlock: best,
      blockTimeMs: blockTimeMs ?? 12_000,
      now,
    }),
    poolTao: dynamic.reduce((sum, d) => sum + d.taoIn, 0n),
    subnetCount: dynamic.filter((d) => d.netuid !== 0).length,
    recentBlocks,
  };
}
