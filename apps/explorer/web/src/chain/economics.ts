/**
 * The TAO supply schedule as subtensor computes it (display only): block emission from subtensor's
 * `TotalIssuance` (1 TAO per block, halved each time the issuance crosses 21M x (1 - 2^-k)), the next
 * halving threshold, and when it is projected to be reached at the current emission and block time.
 */
export const RAO_PER_TAO = 1_000_000_000n;
export const MAX_SUPPLY = 21_000_000n * RAO_PER_TAO;
/** Mainnet's 12 s blocks: 7,200 a day. */
export const MAINNET_BLOCK_TIME_MS = 12_000;

/** The issuance at which halving `k` happens: 21M x (1 - 2^-k) (10.5M, 15.75M, ...). */
export function getHalvingThreshold(k: number): bigint {
  return MAX_SUPPLY - MAX_SUPPLY / 2n ** BigInt(k);
}

/** The number of halvings that have happened at `issuance`. */
export function getHalvingCount(issuance: bigint): number {
  let k = 0;
  while (k < 64 && issuance >= getHalvingThreshold(k + 1)) k++;
  return k;
}

/** Rao emitted per block at `issuance`: floor(1e9 / 2^k), 0 at the cap. */
export function getBlockEmission(issuance: bigint): bigint {
  if (issuance >= MAX_SUPPLY) return 0n;
  return RAO_PER_TAO / 2n ** BigInt(getHalvingCount(issuance));
}

export interface HalvingProjection {
  /** halvings so far */
  readonly halvings: number;
  /** the issuance of the next halving (rao) */
  readonly threshold: bigint;
  /** TAO still to be issued before it */
  readonly remaining: bigint;
  readonly blocksLeft: number;
  readonly block: number;
  /** projected wall-clock time (ms since the epoch) */
  readonly time: number;
}

export interface HalvingInputs {
  readonly issuance: bigint;
  readonly bestBlock: number;
  readonly blockTimeMs: number;
  /** now, in ms since the epoch */
  readonly now: number;
}

export function computeHalving({ issuance, bestBlock, blockTimeMs, now }: HalvingInputs): HalvingProjection {
  const halvings = getHalvingCount(issuance);
  const threshold = getHalvingThreshold(halvings + 1);
  const remaining = threshold - issuance;
  const emission = getBlockEmission(issuance);
  const blocksLeft = emission === 0n ? 0 : Number((remaining + emission - 1n) / emission);
  return {
    halvings,
    threshold,
    remaining,
    blocksLeft,
    block: bestBlock + blocksLeft,
    time: now + blocksLeft * blockTimeMs,
  };
}

/** TAO emitted per day at a block emission and block time. */
export function computeDailyEmission(blockEmission: bigint, blockTimeMs: number): bigint {
  const blocksPerDay = BigInt(Math.round(86_400_000 / Math.max(1, blockTimeMs)));
  return blockEmission * blocksPerDay;
}
