/**
 * Block limits. Sizes follow Substrate (5 MiB blocks, 75% of which for normal extrinsics); weights
 * follow subtensor (4 s of ref_time per block, 75% for normal extrinsics, the rest left to mandatory work
 * such as the epoch run in `on_initialize`). The runtime does not meter call weights yet, so each signed
 * extrinsic is counted as the base extrinsic weight plus a flat call weight. Block authors also stop
 * adding extrinsics when their measured cost would run past the build budget of the slot.
 */
import type { DecodedExtrinsic } from '../extrinsic/decodeExtrinsic.js';

export interface BlockLimits {
  readonly maxBlockBytes: number;
  /** bytes of normal (signed) extrinsics */
  readonly maxNormalBytes: number;
  /** ref_time of normal extrinsics */
  readonly maxNormalWeight: bigint;
  readonly extrinsicBaseWeight: bigint;
  /** ref_time counted for any call until calls carry weights */
  readonly flatCallWeight: bigint;
  /** the share of the slot an author spends building (execution + state root + commit) */
  readonly buildBudgetRatio: number;
}

const WEIGHT_REF_TIME_PER_SECOND = 1_000_000_000_000n;

export const DEFAULT_BLOCK_LIMITS: BlockLimits = {
  maxBlockBytes: 5 * 1024 * 1024,
  maxNormalBytes: (5 * 1024 * 1024 * 3) / 4,
  maxNormalWeight: (4n * WEIGHT_REF_TIME_PER_SECOND * 3n) / 4n,
  extrinsicBaseWeight: 125_000_000n,
  flatCallWeight: 200_000_000n,
  buildBudgetRatio: 0.5,
};

export function getExtrinsicWeight(_xt: DecodedExtrinsic, limits: BlockLimits): bigint {
  return limits.extrinsicBaseWeight + limits.flatCallWeight;
}
