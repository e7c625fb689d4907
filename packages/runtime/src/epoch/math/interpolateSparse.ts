/**
 * `interpolate_sparse`: A + ratio·(B - A) per cell. ratio 0 returns a copy of A (zeros kept), ratio 1 a
 * copy of B; otherwise each row is densified over `0..columns` and only cells > 0 are emitted, in column
 * order. Row counts that differ return a copy of B.
 */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

const copy = (m: SparseMatrix): SparseMatrix => m.map((row) => row.map(([j, v]): [number, I32F32] => [j, v]));

function densify(row: SparseRow | undefined, columns: number): I32F32[] {
  const dense = new Array<I32F32>(columns).fill(I32F32.ZERO);
  for (const [j, value] of row ?? []) if (j < columns) dense[j] = value;
  return dense;
}

export function interpolateSparse(
  mat1: SparseMatrix,
  mat2: SparseMatrix,
  columns: number,
  ratio: I32F32,
): SparseMatrix {
  if (ratio === I32F32.ZERO) return copy(mat1);
  if (ratio === I32F32.ONE) return copy(mat2);
  if (mat1.length !== mat2.length) return copy(mat2);
  return mat1.map((row, i) => {
    const row1 = densify(row, columns);
    const row2 = densify(mat2[i], columns);
    const out: SparseRow = [];
    for (let j = 0; j < columns; j++) {
      const v1 = row1[j] as I32F32;
      const value = I32F32.saturatingAdd(
        v1,
        I32F32.saturatingMul(ratio, I32F32.saturatingSub(row2[j] as I32F32, v1)),
      );
      if (value > 0n) out.push([j, value]);
    }
    return out;
  });
}
