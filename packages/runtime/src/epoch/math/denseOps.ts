/**
 * Dense matrix-vector products of subtensor's epoch/math.rs (the test-only dense epoch's twins of
 * sparseOps). Rows and vectors are zipped to the shorter length, as the Rust iterators do; a matrix
 * whose first row is missing or empty gives the degenerate results Rust returns.
 */
import type { I32F32 } from '@taonet/primitives';
import { satAdd, satMul, wrappingSum, ZERO } from './i32f32Ops.js';
import type { DenseMatrix } from './sparseMatrix.js';
import { vecMul } from './vectorOps.js';

/** `row_sum`: each row's plain sum; `[]` when the first row is empty. */
export function rowSum(x: readonly (readonly I32F32[])[]): I32F32[] {
  if (x.length > 0 && (x[0] as readonly I32F32[]).length === 0) return [];
  return x.map((row) => wrappingSum(row));
}

/** `row_hadamard`: m_ij · vector_i, stopping at the shorter of rows / vector; `[[]]` when degenerate. */
export function rowHadamard(matrix: DenseMatrix, vector: readonly I32F32[]): DenseMatrix {
  if (matrix.length === 0 || (matrix[0] as I32F32[]).length === 0) return [[]];
  const rows = Math.min(matrix.length, vector.length);
  const out: DenseMatrix = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const scale = vector[i] as I32F32;
    out[i] = (matrix[i] as I32F32[]).map((value) => satMul(scale, value));
  }
  return out;
}

/**
 * `matmul`: result_j = Σ_i vector_i · m_ij over the first row's width; rows beyond the vector use 0,
 * cells beyond the width are ignored; `[]` when the first row is missing or empty.
 */
export function matmul(matrix: DenseMatrix, vector: readonly I32F32[]): I32F32[] {
  if (matrix.length === 0) return [];
  const cols = (matrix[0] as I32F32[]).length;
  if (cols === 0) return [];
  const acc = new Array<I32F32>(cols).fill(ZERO);
  for (let i = 0; i < matrix.length; i++) {
    const scale = vector[i] ?? ZERO;
    const row = matrix[i] as I32F32[];
    const width = Math.min(row.length, cols);
    for (let j = 0; j < width; j++) acc[j] = satAdd(acc[j] as I32F32, satMul(scale, row[j] as I32F32));
  }
  return acc;
}

/** `matmul_transpose`: result_i = Σ_j m_ij · vector_j (zipped); `[]` when the first row is missing or empty. */
export function matmulTranspose(matrix: DenseMatrix, vector: readonly I32F32[]): I32F32[] {
  if (matrix.length === 0 || (matrix[0] as I32F32[]).length === 0) return [];
  return matrix.map((row) => {
    let acc = ZERO;
    const width = Math.min(row.length, vector.length);
    for (let j = 0; j < width; j++) acc = satAdd(acc, satMul(row[j] as I32F32, vector[j] as I32F32));
    return acc;
  });
}

/** `mat_vec_mul`: each row `vec_mul`'d by the vector (checked, overflow gives 0); `[[]]` when degenerate. */
export function matVecMul(matrix: DenseMatrix, vector: readonly I32F32[]): DenseMatrix {
  if (matrix.length === 0 || (matrix[0] as I32F32[]).length === 0) return [[]];
  return matrix.map((row) => vecMul(row, vector));
}
