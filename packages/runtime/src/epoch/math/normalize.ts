/**
 * Normalisation helpers of subtensor's epoch/math.rs. Sums are plain (wrapping) `iter().sum()` for
 * vectors and rows, SATURATING for column sums; every division is `safe_div` (truncated, 0 on /0 and on
 * overflow). A vector whose sum is 0 is left unchanged; a row is normalised only when its sum is > 0;
 * a column only when its sum is != 0. Explicit zero entries of sparse rows stay (as zeros).
 */
import { type I32F32, I64F64 } from '@taonet/primitives';
import { safeDiv, satAdd, wrappingRowSum, wrappingSum, wrappingSum64, ZERO } from './i32f32Ops.js';
import type { SparseMatrix } from './sparseMatrix.js';

/** `normalize`: a copy divided by its sum (a copy of the input when the sum is 0). */
export function normalize(x: readonly I32F32[]): I32F32[] {
  const out = x.slice();
  inplaceNormalize(out);
  return out;
}

/** `inplace_normalize`: x_i = safe_div(x_i, Σx); unchanged when Σx == 0. */
export function inplaceNormalize(x: I32F32[]): void {
  inplaceNormalizeUsingSum(x, wrappingSum(x));
}

/** `inplace_normalize_using_sum`: x_i = safe_div(x_i, sum); unchanged when sum == 0. */
export function inplaceNormalizeUsingSum(x: I32F32[], xSum: I32F32): void {
  if (xSum === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = safeDiv(x[i] as I32F32, xSum);
}

/** `inplace_normalize_64`: the I64F64 `inplace_normalize` (stake shares). */
export function inplaceNormalize64(x: I64F64[]): void {
  const xSum = wrappingSum64(x);
  if (xSum === I64F64.ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = I64F64.safeDiv(x[i] as I64F64, xSum);
}

/** `inplace_row_normalize_64`: each I64F64 row divided by its sum when the sum is > 0. */
export function inplaceRowNormalize64(x: I64F64[][]): void {
  for (const row of x) {
    const rowSum = wrappingSum64(row);
    if (rowSum > 0n) for (let j = 0; j < row.length; j++) row[j] = I64F64.safeDiv(row[j] as I64F64, rowSum);
  }
}

/** `inplace_row_normalize`: each dense row divided by its sum when the sum is > 0. */
export function inplaceRowNormalize(x: I32F32[][]): void {
  for (const row of x) {
    const rowSum = wrappingSum(row);
    if (rowSum > 0n) for (let j = 0; j < row.length; j++) row[j] = safeDiv(row[j] as I32F32, rowSum);
  }
}

/** `inplace_row_normalize_sparse`: each sparse row divided by its sum when the sum is > 0. */
export function inplaceRowNormalizeSparse(sparseMatrix: SparseMatrix): void {
  for (const row of sparseMatrix) {
    const rowSum = wrappingRowSum(row);
    if (rowSum > 0n) for (const entry of row) entry[1] = safeDiv(entry[1], rowSum);
  }
}

/**
 * `inplace_col_normalize`: each entry divided by its column's saturating sum (when != 0). Rows may have
 * different lengths: the sums cover the longest row, missing entries count as 0.
 */
export function inplaceColNormalize(x: I32F32[][]): void {
  const colSums: I32F32[] = [];
  for (const row of x) {
    while (colSums.length < row.length) colSums.push(ZERO);
    for (let j = 0; j < row.length; j++) colSums[j] = satAdd(colSums[j] as I32F32, row[j] as I32F32);
  }
  if (colSums.length === 0) return;
  for (const row of x) {
    for (let j = 0; j < row.length; j++) {
      const colSum = colSums[j] as I32F32;
      if (colSum !== ZERO) row[j] = safeDiv(row[j] as I32F32, colSum);
    }
  }
}

/**
 * `inplace_col_normalize_sparse`: each entry divided by its column's saturating sum over columns
 * `0..columns` (entries on columns >= `columns`, or on zero-sum columns, are left as they are).
 */
export function inplaceColNormalizeSparse(sparseMatrix: SparseMatrix, columns: number): void {
  const colSum = new Array<I32F32>(columns).fill(ZERO);
  for (const row of sparseMatrix) {
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      if (j < columns) colSum[j] = satAdd(colSum[j] as I32F32, value);
    }
  }
  for (const row of sparseMatrix) {
    for (let k = 0; k < row.length; k++) {
      const entry = row[k] as [number, I32F32];
      const denom = entry[0] < columns ? (colSum[entry[0]] as I32F32) : ZERO;
      if (denom !== ZERO) entry[1] = safeDiv(entry[1], denom);
    }
  }
}
