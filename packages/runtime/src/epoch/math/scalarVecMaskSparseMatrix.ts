/** `scalar_vec_mask_sparse_matrix`: drop (i, j) when `maskFn(scalar, vector[j])`; a missing entry reads 0. */
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

export function scalarVecMaskSparseMatrix(
  matrix: SparseMatrix,
  scalar: bigint,
  vector: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return matrix.map((row) => {
    const out: SparseRow = [];
    for (const [j, v] of row) if (!maskFn(scalar, vector[j] ?? 0n)) out.push([j, v]);
    return out;
  });
}
