/**
 * Sparse matrix-vector products of subtensor's epoch/math.rs (saturating multiply and add). Rows keep
 * storage order; a vector entry missing for a column reads 0 unless stated otherwise.
 */
import type { I32F32 } from '@taonet/primitives';
import { satAdd, satMul, wrappingRowSum, ZERO } from './i32f32Ops.js';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

/** `row_hadamard_sparse`: m_ij · vector_i; rows beyond the vector's length are dropped. */
export function rowHadamardSparse(sparseMatrix: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  const rows = Math.min(sparseMatrix.length, vector.length);
  const out: SparseMatrix = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const scale = vector[i] as I32F32;
    const row = sparseMatrix[i] as SparseRow;
    const newRow: SparseRow = new Array(row.length);
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      newRow[k] = [j, satMul(value, scale)];
    }
    out[i] = newRow;
  }
  return out;
}

/**
 * `matmul_sparse`: result_j = Σ_i vector_i · m_ij over columns `0..columns` (ranks / incentive); rows
 * beyond the vector use 0, entries on columns >= `columns` are ignored.
 */
export function matmulSparse(
  sparseMatrix: SparseMatrix,
  vector: readonly I32F32[],
  columns: number,
): I32F32[] {
  const result = new Array<I32F32>(columns).fill(ZERO);
  for (let i = 0; i < sparseMatrix.length; i++) {
    const scale = vector[i] ?? ZERO;
    const row = sparseMatrix[i] as SparseRow;
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      if (j < columns) result[j] = satAdd(result[j] as I32F32, satMul(scale, value));
    }
  }
  return result;
}

/** `matmul_transpose_sparse`: result_i = Σ_j vector_j · m_ij (original-Yuma dividends). */
export function matmulTransposeSparse(sparseMatrix: SparseMatrix, vector: readonly I32F32[]): I32F32[] {
  const result = new Array<I32F32>(sparseMatrix.length);
  for (let i = 0; i < sparseMatrix.length; i++) {
    const row = sparseMatrix[i] as SparseRow;
    let acc = ZERO;
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      acc = satAdd(acc, satMul(vector[j] ?? ZERO, value));
    }
    result[i] = acc;
  }
  return result;
}

/**
 * `mat_vec_mul_sparse`: m_ij · vector_j; entries whose column has no vector value are skipped and zero
 * products are DROPPED (Yuma 3 dividends).
 */
export function matVecMulSparse(matrix: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  const result: SparseMatrix = new Array(matrix.length);
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i] as SparseRow;
    const out: SparseRow = [];
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      if (j >= vector.length) continue;
      const product = satMul(value, vector[j] as I32F32);
      if (product !== ZERO) out.push([j, product]);
    }
    result[i] = out;
  }
  return result;
}

/** `row_sum_sparse`: the plain (wrapping) sum of each row. */
export function rowSumSparse(sparseMatrix: SparseMatrix): I32F32[] {
  const out = new Array<I32F32>(sparseMatrix.length);
  for (let i = 0; i < sparseMatrix.length; i++) out[i] = wrappingRowSum(sparseMatrix[i] as SparseRow);
  return out;
}
