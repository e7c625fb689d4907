/**
 * §1.6-§1.7 on the fast layout: the stake-weighted median per column (`weighted_median_col_sparse`, the
 * literal mid-pivot quickselect of `weightedMedian.ts` on index buffers), the clipped weights, validator
 * trust and the normalised incentive (`matmul_sparse` of the clipped weights by the active stake).
 */
import type { I32F32 } from '@taonet/primitives';
import { getKappa } from '../computeConsensus.js';
import { satSub, wrappingSum } from '../math/i32f32Ops.js';
import { inplaceNormalize } from '../math/index.js';
import { type CsrMatrix, createCsr, normalizeBits, rowSumsCsr } from './csrMatrix.js';
import { checked, leaveFastPath, mulBits, toBits } from './exactBits.js';

const HALF_TWO53N = 1n << 52n;

export interface ConsensusFast {
  readonly consensus: Float64Array;
  readonly clippedWeights: CsrMatrix;
  readonly validatorTrust: Float64Array;
  readonly incentive: Float64Array;
}

/** Index buffers reused across the columns: the current partition and the two it splits into. */
interface MedianScratch {
  current: Int32Array;
  lower: Int32Array;
  upper: Int32Array;
}

/**
 * `weighted_median(stake, score, 0..v, minority, 0, stake_sum)` for one column: `score` holds the column's
 * v scores from `offset`. Stakes are >= 0 with an exact total, so every partial sum is exact.
 */
function weightedMedianFast(
  stake: Float64Array,
  score: Float64Array,
  offset: number,
  minority: number,
  stakeSum: number,
  scratch: MedianScratch,
): number {
  const v = stake.length;
  let { current, lower, upper } = scratch;
  for (let k = 0; k < v; k++) current[k] = k;
  let size = v;
  let lo = 0;
  let hi = stakeSum;
  for (let iteration = 0; iteration <= v; iteration++) {
    if (size === 0) return 0;
    if (size === 1) return score[offset + current[0]!]!;
    const pivot = score[offset + current[size >> 1]!]!;
    let loStake = 0;
    let hiStake = 0;
    let nLower = 0;
    let nUpper = 0;
    for (let k = 0; k < size; k++) {
      const idx = current[k]!;
      const value = score[offset + idx]!;
      if (value < pivot) {
        loStake += stake[idx]!;
        lower[nLower++] = idx;
      } else if (value > pivot) {
        hiStake += stake[idx]!;
        upper[nUpper++] = idx;
      }
    }
    const loEdge = lo + loStake;
    const hiEdge = hi - hiStake;
    if (minority < loEdge && nLower > 0) {
      const swap = current;
      current = lower;
      lower = swap;
      size = nLower;
      hi = loEdge;
    } else if (hiEdge <= minority && nUpper > 0) {
      const swap = current;
      current = upper;
      upper = swap;
      size = nUpper;
      lo = hiEdge;
    } else {
      return pivot;
    }
  }
  return 0;
}

/** `weighted_median_col_sparse(stake, weights, n, kappa)`. */
export function weightedMedianColFast(
  activeStake: readonly I32F32[],
  weights: CsrMatrix,
  columns: number,
  majority: I32F32,
): Float64Array {
  const positive = activeStake.filter((s) => s > 0n);
  inplaceNormalize(positive);
  let total = 0n;
  for (const s of positive) total += s;
  // every partial sum of the (non-negative) stakes, and the edges built from them, stay below 2^53
  if (total >= HALF_TWO53N) leaveFastPath();
  const stakeSum = wrappingSum(positive);
  const minority = toBits(satSub(stakeSum, majority));
  const stake = Float64Array.from(positive, (s) => toBits(s));
  const v = stake.length;
  // column-major scores: column c of the k-th positive-stake row at c * v + k (0 when absent)
  const score = new Float64Array(columns * v);
  const rows = Math.min(activeStake.length, weights.rows);
  const { start, col, val } = weights;
  for (let r = 0, k = 0; r < rows; r++) {
    if ((activeStake[r] as I32F32) <= 0n) continue;
    for (let e = start[r]!; e < start[r + 1]!; e++) {
      const c = col[e]!;
      if (c < columns) score[c * v + k] = val[e]!;
    }
    k++;
  }
  const scratch = { current: new Int32Array(v), lower: new Int32Array(v), upper: new Int32Array(v) };
  const median = new Float64Array(columns);
  const sum = toBits(stakeSum);
  for (let c = 0; c < columns; c++)
    median[c] = weightedMedianFast(stake, score, c * v, minority, sum, scratch);
  return median;
}

/** `col_clip_sparse`: above the threshold → the threshold, or dropped when the threshold is <= 0. */
export function colClipFast(weights: CsrMatrix, threshold: Float64Array): CsrMatrix {
  const { start, col, val } = weights;
  const clipped = createCsr(weights.rows, start[weights.rows]!);
  let k = 0;
  for (let i = 0; i < weights.rows; i++) {
    clipped.start[i] = k;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = col[e]!;
      const value = val[e]!;
      const t = j < threshold.length ? threshold[j]! : 0;
      if (t < value && t <= 0) continue;
      clipped.col[k] = j;
      clipped.val[k++] = t < value ? t : value;
    }
  }
  clipped.start[weights.rows] = k;
  return clipped;
}

/** `matmul_sparse(clipped, active_stake, n)` normalised: ranks → incentive. */
function incentiveFast(clipped: CsrMatrix, activeStake: Float64Array, columns: number): Float64Array {
  const ranks = new Float64Array(columns);
  const { start, col, val } = clipped;
  for (let i = 0; i < clipped.rows; i++) {
    const scale = i < activeStake.length ? activeStake[i]! : 0;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = col[e]!;
      if (j < columns) ranks[j] = checked(ranks[j]! + mulBits(scale, val[e]!));
    }
  }
  normalizeBits(ranks);
  return ranks;
}

export function computeConsensusFast(
  activeStake: readonly I32F32[],
  activeStakeBits: Float64Array,
  weights: CsrMatrix,
  n: number,
  kappaU16: number,
): ConsensusFast {
  const consensus = weightedMedianColFast(activeStake, weights, n, getKappa(kappaU16));
  const clippedWeights = colClipFast(weights, consensus);
  return {
    consensus,
    clippedWeights,
    validatorTrust: rowSumsCsr(clippedWeights),
    incentive: incentiveFast(clippedWeights, activeStakeBits, n),
  };
}
