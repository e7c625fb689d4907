/**
 * Element-wise interpolation A + ratio·(B - A) of subtensor's epoch/math.rs (weights for bonds,
 * yuma.md §1.8), saturating. ratio exactly 0 returns a copy of A, exactly 1 a copy of B.
 */
import type { I32F32 } from '@taonet/primitives';
import { ONE, satAdd, satMul, satSub, ZERO } from './i32f32Ops.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';

const copySparse = (m: SparseMatrix): SparseMatrix =>
  m.map((row) => row.map(([j, v]): [number, I32F32] => [j, v]));

/**
 * `interpolate`: ratio 0 → copy of mat1, 1 → copy of mat2; `[[]]` when mat1 or its first row is empty;
 * otherwise a mat1.len × (mat1's first-row width) result, each row filled over the shortest of the two
 * rows and the width (the rest stays 0), stopping when mat2 runs out of rows.
 */
export function interpolate(mat1: DenseMatrix, mat2: DenseMatrix, ratio: I32F32): DenseMatrix {
  if (ratio === ZERO) return mat1.map((row) => row.slice());
  if (ratio === ONE) return mat2.map((row) => row.slice());
  if (mat1.length === 0 || (mat1[0] as I32F32[]).length === 0) return [[]];
  const cols = (mat1[0] as I32F32[]).length;
  const result: DenseMatrix = mat1.map(() => new Array<I32F32>(cols).fill(ZERO));
  const rows = Math.min(mat1.length, mat2.length);
  for (let i = 0; i < rows; i++) {
    const row1 = mat1[i] as I32F32[];
    const row2 = mat2[i] as I32F32[];
    const out = result[i] as I32F32[];
    const width = Math.min(row1.length, row2.length, cols);
    for (let j = 0; j < width; j++) {
      const v1 = row1[j] as I32F32;
      out[j] = satAdd(v1, satMul(ratio, satSub(row2[j] as I32F32, v1)));
    }
  }
  return result;
}

function densify(row: SparseRow | undefined, columns: number): I32F32[] {
  const dense = new Array<I32F32>(columns).fill(ZERO);
  if (row !== undefined) {
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      if (j < columns) dense[j] = value;
    }
  }
  return dense;
}

/**
 * `interpolate_sparse`: ratio 0 → copy of mat1 (explicit zeros kept), 1 → copy of mat2; row counts that
 * differ → copy of mat2; otherwise each row densified over `0..columns` (a repeated column: last entry
 * wins) and only values > 0 emitted, in column order.
 */
export function interpolateSparse(
  mat1: SparseMatrix,
  mat2: SparseMatrix,
  columns: number,
  ratio: I32F32,
): SparseMatrix {
  if (ratio === ZERO) return copySparse(mat1);
  if (ratio === ONE) return copySparse(mat2);
  if (mat1.length !== mat2.length) return copySparse(mat2);
  const result: SparseMatrix = new Array(mat1.length);
  for (let i = 0; i < mat1.length; i++) {
    // two empty rows interpolate to zeros: nothing is emitted
    if ((mat1[i] as SparseRow).length === 0 && (mat2[i] as SparseRow).length === 0) {
      result[i] = [];
      continue;
    }
    const row1 = densify(mat1[i], columns);
    const row2 = densify(mat2[i], columns);
    const out: SparseRow = [];
    for (let j = 0; j < columns; j++) {
      const v1 = row1[j] as I32F32;
      const value = satAdd(v1, satMul(ratio, satSub(row2[j] as I32F32, v1)));
      if (value > ZERO) out.push([j, value]);
    }
    result[i] = out;
  }
  return result;
}
