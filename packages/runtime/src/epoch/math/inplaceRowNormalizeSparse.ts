/** `inplace_row_normalize_sparse`: each row divided by its sum when the sum is > 0 (zero entries stay). */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function inplaceRowNormalizeSparse(matrix: SparseMatrix): void {
  for (const row of matrix) {
    let sum = 0n;
    for (const entry of row) sum += entry[1];
    const rowSum = I32F32.wrap(sum);
    if (rowSum > 0n) for (const entry of row) entry[1] = I32F32.safeDiv(entry[1], rowSum);
  }
}
