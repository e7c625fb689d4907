/** `matmul_sparse`: result_j = Σ_i vector_i · m_ij over columns `0..columns` (saturating). */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix } from './sparseMatrix.js';

export function matmulSparse(matrix: SparseMatrix, vector: readonly I32F32[], columns: number): I32F32[] {
  const result = new Array<I32F32>(columns).fill(I32F32.ZERO);
  matrix.forEach((row, i) => {
    const scale = vector[i] ?? I32F32.ZERO;
    for (const [j, value] of row) {
      const acc = result[j];
      if (acc !== undefined) result[j] = I32F32.saturatingAdd(acc, I32F32.saturatingMul(scale, value));
    }
  });
  return result;
}
