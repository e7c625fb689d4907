/**
 * `weighted_median_col_sparse`: per column, the weighted median of the scores given by the rows with
 * strictly positive stake, weighted by those stakes renormalised; minority = Σ(use_stake) - majority.
 */
import { I32F32 } from '@taonet/primitives';
import { inplaceNormalize } from './inplaceNormalize.js';
import type { SparseMatrix } from './sparseMatrix.js';
import { weightedMedian } from './weightedMedian.js';

export function weightedMedianColSparse(
  stake: readonly I32F32[],
  score: SparseMatrix,
  columns: number,
  majority: I32F32,
): I32F32[] {
  const useStake = stake.filter((s) => s > 0n);
  inplaceNormalize(useStake);
  const stakeSum = I32F32.sum(useStake);
  const minority = I32F32.saturatingSub(stakeSum, majority);
  const stakeIdx = Array.from({ length: useStake.length }, (_, k) => k);
  const useScore = Array.from({ length: columns }, () =>
    new Array<I32F32>(useStake.length).fill(I32F32.ZERO),
  );
  let k = 0;
  const rows = Math.min(stake.length, score.length);
  for (let i = 0; i < rows; i++) {
    if ((stake[i] as I32F32) <= 0n) continue;
    for (const [c, value] of score[i] ?? []) {
      const column = useScore[c];
      if (column !== undefined && k < column.length) column[k] = value;
    }
    k++;
  }
  return useScore.map((column) =>
    weightedMedian(useStake, column, stakeIdx, minority, I32F32.ZERO, stakeSum),
  );
}
