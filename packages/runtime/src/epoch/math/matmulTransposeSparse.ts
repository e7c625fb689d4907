/** `matmul_transpose_sparse`: result_i = Σ_j vector_j · m_ij (saturating; a missing vector entry reads 0). */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function matmulTransposeSparse(matrix: SparseMatrix, vector: readonly I32F32[]): I32F32[] {
  return matrix.map((row) => {
    let acc = I32F32.ZERO;
    for (const [j, value] of row) {
      acc = I32F32.saturatingAdd(acc, I32F32.saturatingMul(vector[j] ?? I32F32.ZERO, value));
    }
    return acc;
  });
}
