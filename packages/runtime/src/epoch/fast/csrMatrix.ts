/**
 * The fast path's sparse matrix: compressed rows over flat typed arrays instead of one array per entry.
 * Row i holds the entries `start[i] .. start[i + 1] - 1` of `col` / `val`, in the row's order (storage
 * order, explicit zeros kept, exactly as the `SparseMatrix` of the bigint pipeline); values are I32F32
 * bits as exact numbers (`exactBits.ts`). Also the row / column / vector sums and normalisations of
 * epoch/math on this layout (every sum checked to stay exact, so it neither wraps nor saturates).
 */
import { checked, divBits } from './exactBits.js';

export interface CsrMatrix {
  readonly rows: number;
  /** rows + 1 offsets; start[rows] is the entry count */
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
}

/** An empty matrix of `rows` rows with room for `capacity` entries (filled by the caller, row by row). */
export function createCsr(rows: number, capacity: number): CsrMatrix {
  return {
    rows,
    start: new Int32Array(rows + 1),
    col: new Int32Array(capacity),
    val: new Float64Array(capacity),
  };
}

/** The same rows and columns with other values (the entry-wise maps keep the shape). */
export function withValues(matrix: CsrMatrix, val: Float64Array): CsrMatrix {
  return { rows: matrix.rows, start: matrix.start, col: matrix.col, val };
}

/** `row_sum_sparse`: each row's sum. */
export function rowSumsCsr(matrix: CsrMatrix): Float64Array {
  const { start, val } = matrix;
  const sums = new Float64Array(matrix.rows);
  for (let i = 0; i < matrix.rows; i++) {
    let acc = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) acc = checked(acc + val[k]!);
    sums[i] = acc;
  }
  return sums;
}

/** Each column's sum over columns `0..columns` (entries on later columns are left out). */
export function colSumsCsr(matrix: CsrMatrix, columns: number): Float64Array {
  const { col, val } = matrix;
  const sums = new Float64Array(columns);
  const entries = matrix.start[matrix.rows]!;
  for (let k = 0; k < entries; k++) {
    const j = col[k]!;
    if (j < columns) sums[j] = checked(sums[j]! + val[k]!);
  }
  return sums;
}

/** Each entry on a column `< columns` whose `divisors` value is not 0 divided by it (`safe_div`), in place. */
export function divideColumnsCsr(matrix: CsrMatrix, divisors: Float64Array): void {
  const { col, val } = matrix;
  const columns = divisors.length;
  const entries = matrix.start[matrix.rows]!;
  for (let k = 0; k < entries; k++) {
    const j = col[k]!;
    if (j >= columns) continue;
    const divisor = divisors[j]!;
    if (divisor !== 0) val[k] = divBits(val[k]!, divisor);
  }
}

/** `inplace_col_normalize_sparse`: each entry divided by its column's sum (columns `0..columns`, sum != 0). */
export function colNormalizeCsr(matrix: CsrMatrix, columns: number): void {
  divideColumnsCsr(matrix, colSumsCsr(matrix, columns));
}

/** `inplace_normalize`: x_i / Σx, unchanged when the sum is 0. */
export function normalizeBits(x: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum = checked(sum + x[i]!);
  if (sum === 0) return;
  for (let i = 0; i < x.length; i++) x[i] = divBits(x[i]!, sum);
}
