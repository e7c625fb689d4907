/**
 * Stake-weighted median (consensus, yuma.md §1.6) of subtensor's epoch/math.rs, ported literally: a
 * deterministic mid-pivot quickselect whose pivot choice decides ties.
 */
import type { I32F32 } from '@taonet/primitives';
import { satAdd, satSub, wrappingSum, ZERO } from './i32f32Ops.js';
import { inplaceNormalize } from './normalize.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';

/**
 * `weighted_median(stake, score, partition_idx, minority, lo, hi)`: the pivot is the score at the middle
 * index of the current partition (in its order); partitions split into strictly lower / strictly higher
 * scores (equal ones dropped); descend into the lower part when `minority < lo + lo_stake`, else into the
 * upper part when `hi - hi_stake <= minority`, else return the pivot. Returns 0 when stake and score
 * differ in length, for an empty partition, or past the iteration cap (the partition's length).
 */
export function weightedMedian(
  stake: readonly I32F32[],
  score: readonly I32F32[],
  partitionIdx: readonly number[],
  minority: I32F32,
  partitionLo: I32F32,
  partitionHi: I32F32,
): I32F32 {
  if (stake.length !== score.length) return ZERO;
  let current: readonly number[] = partitionIdx;
  let lo = partitionLo;
  let hi = partitionHi;
  const iterationLimit = partitionIdx.length;
  for (let iteration = 0; iteration <= iterationLimit; iteration++) {
    const n = current.length;
    if (n === 0) return ZERO;
    if (n === 1) return score[current[0] as number] ?? ZERO;
    const pivot = score[current[n >> 1] as number] ?? ZERO;
    let loStake = ZERO;
    let hiStake = ZERO;
    const lower: number[] = [];
    const upper: number[] = [];
    for (let k = 0; k < n; k++) {
      const idx = current[k] as number;
      const value = score[idx] ?? ZERO;
      if (value === pivot) continue;
      if (value < pivot) {
        loStake = satAdd(loStake, stake[idx] ?? ZERO);
        lower.push(idx);
      } else {
        hiStake = satAdd(hiStake, stake[idx] ?? ZERO);
        upper.push(idx);
      }
    }
    const loEdge = satAdd(lo, loStake);
    const hiEdge = satSub(hi, hiStake);
    if (minority < loEdge && lower.length > 0) {
      current = lower;
      hi = loEdge;
    } else if (hiEdge <= minority && upper.length > 0) {
      current = upper;
      lo = hiEdge;
    } else {
      return pivot;
    }
  }
  return ZERO;
}

function medianOf(useStake: I32F32[], useScore: readonly I32F32[], majority: I32F32): I32F32 {
  inplaceNormalize(useStake);
  const stakeSum = wrappingSum(useStake);
  const minority = satSub(stakeSum, majority);
  const idxs = Array.from({ length: useStake.length }, (_, k) => k);
  return weightedMedian(useStake, useScore, idxs, minority, ZERO, stakeSum);
}

/**
 * `weighted_median_col`: per column (the first row's width), the weighted median over the rows with
 * stake > 0, their stake renormalised; minority = Σ(normalised stake) - majority. A positive-stake row
 * that is missing or of another width contributes (stake 0, score 0).
 */
export function weightedMedianCol(stake: readonly I32F32[], score: DenseMatrix, majority: I32F32): I32F32[] {
  const columns = score[0]?.length ?? 0;
  const median = new Array<I32F32>(columns).fill(ZERO);
  for (let c = 0; c < columns; c++) {
    const useStake: I32F32[] = [];
    const useScore: I32F32[] = [];
    for (let r = 0; r < stake.length; r++) {
      const st = stake[r] as I32F32;
      if (st <= ZERO) continue;
      const row = score[r];
      const wellFormed = row !== undefined && row.length === columns;
      useStake.push(wellFormed ? st : ZERO);
      useScore.push(wellFormed ? ((row as I32F32[])[c] as I32F32) : ZERO);
    }
    if (useStake.length > 0) median[c] = medianOf(useStake, useScore, majority);
  }
  return median;
}

/**
 * `weighted_median_col_sparse`: the epoch's consensus. use_stake = the entries of `stake` that are > 0
 * (uid order), normalised; each column `0..columns` takes, for the k-th positive-stake row, its entry in
 * that column (0 when absent; the LAST entry when a row repeats a column); rows are walked together with
 * `stake` (the shorter ends it).
 */
export function weightedMedianColSparse(
  stake: readonly I32F32[],
  score: SparseMatrix,
  columns: number,
  majority: I32F32,
): I32F32[] {
  const useStake = stake.filter((s) => s > ZERO);
  inplaceNormalize(useStake);
  const stakeSum = wrappingSum(useStake);
  const minority = satSub(stakeSum, majority);
  const stakeIdx = Array.from({ length: useStake.length }, (_, k) => k);
  const useScore: I32F32[][] = new Array(columns);
  for (let c = 0; c < columns; c++) useScore[c] = new Array<I32F32>(useStake.length).fill(ZERO);
  const rows = Math.min(stake.length, score.length);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    if ((stake[r] as I32F32) <= ZERO) continue;
    const row = score[r] as SparseRow;
    for (let e = 0; e < row.length; e++) {
      const [c, value] = row[e] as [number, I32F32];
      if (c < columns) (useScore[c] as I32F32[])[k] = value;
    }
    k++;
  }
  const median = new Array<I32F32>(columns);
  for (let c = 0; c < columns; c++) {
    median[c] = weightedMedian(useStake, useScore[c] as I32F32[], stakeIdx, minority, ZERO, stakeSum);
  }
  return median;
}
