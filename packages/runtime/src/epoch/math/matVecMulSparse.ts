/** `mat_vec_mul_sparse`: m_ij · vector_j (saturating), entries without a vector value or with product 0 dropped. */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

export function matVecMulSparse(matrix: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  return matrix.map((row) => {
    const out: SparseRow = [];
    for (const [j, value] of row) {
      const factor = vector[j];
      if (factor === undefined) continue;
      const product = I32F32.saturatingMul(value, factor);
      if (product !== I32F32.ZERO) out.push([j, product]);
    }
    return out;
  });
}
