/** `inplace_col_max_upscale_sparse`: each entry divided by its column's max (columns `0..columns`, max != 0). */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function inplaceColMaxUpscaleSparse(matrix: SparseMatrix, columns: number): void {
  const colMax = new Array<I32F32>(columns).fill(I32F32.ZERO);
  for (const row of matrix) {
    for (const [j, value] of row) {
      const max = colMax[j];
      if (max !== undefined && max < value) colMax[j] = value;
    }
  }
  for (const row of matrix) {
    for (const entry of row) {
      const max = colMax[entry[0]] ?? I32F32.ZERO;
      if (max !== I32F32.ZERO) entry[1] = I32F32.safeDiv(entry[1], max);
    }
  }
}
