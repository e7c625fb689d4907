/** `mask_diag_sparse`: a copy without the diagonal entries (i, i). */
import type { SparseMatrix } from './sparseMatrix.js';

export function maskDiagSparse(matrix: SparseMatrix): SparseMatrix {
  return matrix.map((row, i) => row.filter(([j]) => j !== i).map(([j, v]): [number, typeof v] => [j, v]));
}
