/** `row_sum_sparse`: the (plain, wrapping) sum of each row. */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function rowSumSparse(matrix: SparseMatrix): I32F32[] {
  return matrix.map((row) => {
    let sum = 0n;
    for (const entry of row) sum += entry[1];
    return I32F32.wrap(sum);
  });
}
