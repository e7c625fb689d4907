/**
 * §1.8 weights for bonds on the fast layout (`computeWeightsForBonds.ts`): penalty 0 → the masked
 * weights, 1 → the clipped weights, otherwise `interpolate_sparse` (each row densified over `0..n`, the
 * last entry of a repeated column winning, values > 0 emitted in column order).
 */
import { getBondsPenalty } from '../computeWeightsForBonds.js';
import { type CsrMatrix, createCsr } from './csrMatrix.js';
import { checked, mulBits, TWO32, toBits } from './exactBits.js';

function densify(matrix: CsrMatrix, i: number, out: Float64Array): void {
  out.fill(0);
  for (let k = matrix.start[i]!; k < matrix.start[i + 1]!; k++) {
    const j = matrix.col[k]!;
    if (j < out.length) out[j] = matrix.val[k]!;
  }
}

function interpolateFast(weights: CsrMatrix, clipped: CsrMatrix, columns: number, ratio: number): CsrMatrix {
  const rows = weights.rows;
  let capacity = 0;
  for (let i = 0; i < rows; i++) {
    const empty = weights.start[i] === weights.start[i + 1] && clipped.start[i] === clipped.start[i + 1];
    if (!empty) capacity += columns;
  }
  const result = createCsr(rows, capacity);
  const row1 = new Float64Array(columns);
  const row2 = new Float64Array(columns);
  let k = 0;
  for (let i = 0; i < rows; i++) {
    result.start[i] = k;
    if (weights.start[i] === weights.start[i + 1] && clipped.start[i] === clipped.start[i + 1]) continue;
    densify(weights, i, row1);
    densify(clipped, i, row2);
    for (let j = 0; j < columns; j++) {
      const v1 = row1[j]!;
      const value = checked(v1 + mulBits(ratio, checked(row2[j]! - v1)));
      if (value > 0) {
        result.col[k] = j;
        result.val[k++] = value;
      }
    }
  }
  result.start[rows] = k;
  return result;
}

export function computeWeightsForBondsFast(
  weights: CsrMatrix,
  clippedWeights: CsrMatrix,
  n: number,
  bondsPenaltyU16: number,
): CsrMatrix {
  const penalty = toBits(getBondsPenalty(bondsPenaltyU16));
  if (penalty === 0) return weights;
  if (penalty === TWO32) return clippedWeights;
  return interpolateFast(weights, clippedWeights, n, penalty);
}
