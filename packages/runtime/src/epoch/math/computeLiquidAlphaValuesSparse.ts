/**
 * `compute_liquid_alpha_values_sparse`: the dense n×n liquid-alpha matrix (one row per validator, one
 * column per consensus entry) from the sparse weights and bonds. Each row's weight and bond are found by
 * a merge walk that ASSUMES columns sorted ascending (ported literally: on an unsorted stored row some
 * entries read as 0). Rows counts that differ give an empty matrix.
 */
import { I32F32 } from '@taonet/primitives';
import { alphaSigmoid } from './alphaSigmoid.js';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

/** The value at column j of a cursor walking `row` forward (entries below j are skipped for good). */
function walk(row: SparseRow, cursor: { at: number }, j: number): I32F32 {
  while (cursor.at < row.length) {
    const [column, value] = row[cursor.at] as SparseRow[number];
    if (column < j) {
      cursor.at++;
      continue;
    }
    return column === j ? value : I32F32.ZERO;
  }
  return I32F32.ZERO;
}

export function computeLiquidAlphaValuesSparse(
  weights: SparseMatrix,
  bonds: SparseMatrix,
  consensus: readonly I32F32[],
  alphaLow: I32F32,
  alphaHigh: I32F32,
  steepness: I32F32,
): I32F32[][] {
  if (weights.length !== bonds.length) return [];
  return weights.map((weightRow, i) => {
    const bondRow = bonds[i] ?? [];
    const w = { at: 0 };
    const b = { at: 0 };
    return consensus.map((c, j) =>
      alphaSigmoid(c, walk(weightRow, w, j), walk(bondRow, b, j), alphaLow, alphaHigh, steepness),
    );
  });
}
