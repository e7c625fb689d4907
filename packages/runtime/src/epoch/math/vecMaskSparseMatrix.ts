/**
 * `vec_mask_sparse_matrix`: drop (i, j) when `maskFn(first[i], second[j])`; a missing vector entry reads 0.
 * Row order and entries are otherwise kept.
 */
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

export function vecMaskSparseMatrix(
  matrix: SparseMatrix,
  first: readonly bigint[],
  second: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return matrix.map((row, i) => {
    const fv = first[i] ?? 0n;
    const out: SparseRow = [];
    for (const [j, v] of row) if (!maskFn(fv, second[j] ?? 0n)) out.push([j, v]);
    return out;
  });
}
