/**
 * `inplace_col_normalize_sparse`: each entry divided by its column's saturating sum (columns `0..columns`;
 * entries on columns outside, or on zero-sum columns, are left as they are).
 */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function inplaceColNormalizeSparse(matrix: SparseMatrix, columns: number): void {
  const colSum = new Array<I32F32>(columns).fill(I32F32.ZERO);
  for (const row of matrix) {
    for (const [j, value] of row) {
      const sum = colSum[j];
      if (sum !== undefined) colSum[j] = I32F32.saturatingAdd(sum, value);
    }
  }
  for (const row of matrix) {
    for (const entry of row) {
      const denom = colSum[entry[0]] ?? I32F32.ZERO;
      if (denom !== I32F32.ZERO) entry[1] = I32F32.safeDiv(entry[1], denom);
    }
  }
}
