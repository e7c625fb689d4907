/** `mask_rows_sparse`: a copy with masked rows emptied (a missing mask entry counts as masked). */
import type { SparseMatrix } from './sparseMatrix.js';

export function maskRowsSparse(mask: readonly boolean[], matrix: SparseMatrix): SparseMatrix {
  return matrix.map((row, i) => ((mask[i] ?? true) ? [] : row.map(([j, v]): [number, typeof v] => [j, v])));
}
