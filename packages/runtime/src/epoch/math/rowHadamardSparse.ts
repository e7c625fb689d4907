/** `row_hadamard_sparse`: m_ij · vector_i (saturating); rows beyond the vector are dropped. */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function rowHadamardSparse(matrix: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  const rows = Math.min(matrix.length, vector.length);
  const out: SparseMatrix = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const scale = vector[i] as I32F32;
    out[i] = (matrix[i] ?? []).map(([j, value]): [number, I32F32] => [j, I32F32.saturatingMul(value, scale)]);
  }
  return out;
}
