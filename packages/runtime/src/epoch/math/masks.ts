/**
 * Masks of subtensor's epoch/math.rs (mask = true masks out). Where a mask is shorter than what it masks,
 * the missing entries count as MASKED (`unwrap_or(true)`); a missing vector value in the sparse cell masks
 * reads 0. Sparse results are fresh rows (entries copied, storage order and explicit zeros kept).
 */
import type { I32F32 } from '@taonet/primitives';
import { ZERO } from './i32f32Ops.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';

/** `inplace_mask_vector`: zero the masked entries; an EMPTY mask masks nothing (Rust logs and returns). */
export function inplaceMaskVector(mask: readonly boolean[], vector: I32F32[]): void {
  if (mask.length === 0) return;
  for (let i = 0; i < vector.length; i++) if (mask[i] ?? true) vector[i] = ZERO;
}

/** `inplace_mask_matrix`: zero the masked cells; nothing when the mask's first row is missing or empty. */
export function inplaceMaskMatrix(mask: readonly (readonly boolean[])[], matrix: DenseMatrix): void {
  if (mask.length === 0 || (mask[0] as readonly boolean[]).length === 0) return;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r] as I32F32[];
    const maskRow = mask[r];
    for (let c = 0; c < row.length; c++) if (maskRow?.[c] ?? true) row[c] = ZERO;
  }
}

/** `inplace_mask_rows`: masked rows become zero rows as wide as the FIRST row. */
export function inplaceMaskRows(mask: readonly boolean[], matrix: DenseMatrix): void {
  if (matrix.length === 0) return;
  const cols = (matrix[0] as I32F32[]).length;
  for (let r = 0; r < matrix.length; r++) {
    if (mask[r] ?? true) matrix[r] = new Array<I32F32>(cols).fill(ZERO);
  }
}

/** `inplace_mask_cols`: zero every cell whose column is masked. */
export function inplaceMaskCols(mask: readonly boolean[], matrix: DenseMatrix): void {
  for (const row of matrix) for (let c = 0; c < row.length; c++) if (mask[c] ?? true) row[c] = ZERO;
}

/** `inplace_mask_diag`: zero (i, i); nothing unless the matrix is square (by its first row). */
export function inplaceMaskDiag(matrix: DenseMatrix): void {
  if (matrix.length === 0) return;
  const width = (matrix[0] as I32F32[]).length;
  if (width === 0 || width !== matrix.length) return;
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i] as I32F32[];
    if (i < row.length) row[i] = ZERO;
  }
}

/** `inplace_mask_diag_except_index`: `inplace_mask_diag`, then (except, except) restored. */
export function inplaceMaskDiagExceptIndex(matrix: DenseMatrix, exceptIndex: number): void {
  if (matrix.length === 0) return;
  const width = (matrix[0] as I32F32[]).length;
  if (width === 0 || width !== matrix.length) return;
  const kept = matrix[exceptIndex]?.[exceptIndex];
  inplaceMaskDiag(matrix);
  const row = matrix[exceptIndex];
  if (row !== undefined && kept !== undefined && exceptIndex < row.length) row[exceptIndex] = kept;
}

function copyRow(row: SparseRow): SparseRow {
  const out: SparseRow = new Array(row.length);
  for (let k = 0; k < row.length; k++) {
    const [j, value] = row[k] as [number, I32F32];
    out[k] = [j, value];
  }
  return out;
}

/** `mask_rows_sparse`: a copy whose masked rows are empty. */
export function maskRowsSparse(mask: readonly boolean[], sparseMatrix: SparseMatrix): SparseMatrix {
  const out: SparseMatrix = new Array(sparseMatrix.length);
  for (let i = 0; i < sparseMatrix.length; i++)
    out[i] = (mask[i] ?? true) ? [] : copyRow(sparseMatrix[i] as SparseRow);
  return out;
}

/** `mask_diag_sparse`: a copy without the entries (i, i). */
export function maskDiagSparse(sparseMatrix: SparseMatrix): SparseMatrix {
  return maskDiagSparseExceptIndex(sparseMatrix, -1);
}

/** `mask_diag_sparse_except_index`: a copy without the entries (i, i), except (except, except). */
export function maskDiagSparseExceptIndex(sparseMatrix: SparseMatrix, exceptIndex: number): SparseMatrix {
  const result: SparseMatrix = new Array(sparseMatrix.length);
  for (let i = 0; i < sparseMatrix.length; i++) {
    const row = sparseMatrix[i] as SparseRow;
    const out: SparseRow = [];
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      if (j !== i || i === exceptIndex) out.push([j, value]);
    }
    result[i] = out;
  }
  return result;
}

/**
 * `vec_mask_sparse_matrix`: drop (i, j) when `maskFn(first[i], second[j])` (a missing vector value reads
 * 0). The epoch uses it for outdated weights (last_update <= registration) and the commit-reveal mask.
 */
export function vecMaskSparseMatrix(
  sparseMatrix: SparseMatrix,
  firstVector: readonly bigint[],
  secondVector: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  const result: SparseMatrix = new Array(sparseMatrix.length);
  for (let i = 0; i < sparseMatrix.length; i++) {
    result[i] = filterRow(sparseMatrix[i] as SparseRow, firstVector[i] ?? 0n, secondVector, maskFn);
  }
  return result;
}

function filterRow(
  row: SparseRow,
  first: bigint,
  secondVector: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseRow {
  const out: SparseRow = [];
  for (let k = 0; k < row.length; k++) {
    const [j, value] = row[k] as [number, I32F32];
    if (!maskFn(first, secondVector[j] ?? 0n)) out.push([j, value]);
  }
  return out;
}

/** `scalar_vec_mask_sparse_matrix`: drop (i, j) when `maskFn(scalar, vector[j])` (missing reads 0). */
export function scalarVecMaskSparseMatrix(
  sparseMatrix: SparseMatrix,
  scalar: bigint,
  vector: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return sparseMatrix.map((row) => filterRow(row, scalar, vector, maskFn));
}
