/** `mask_diag_sparse_except_index`: a copy without the diagonal entries, except (except, except). */
import type { SparseMatrix } from './sparseMatrix.js';

export function maskDiagSparseExceptIndex(matrix: SparseMatrix, exceptIndex: number): SparseMatrix {
  return matrix.map((row, i) =>
    row.filter(([j]) => j !== i || i === exceptIndex).map(([j, v]): [number, typeof v] => [j, v]),
  );
}
