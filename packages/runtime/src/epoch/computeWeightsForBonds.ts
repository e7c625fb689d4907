/**
 * §1.8 Bonds penalty: the weights bonds accrue on, interpolated from the masked weights (penalty 0) to
 * the clipped weights (penalty 1 = 65535, the default): a validator earns no bonds on the part of a
 * weight above consensus.
 */
import { I32F32 } from '@taonet/primitives';
import { interpolateSparse, type SparseMatrix } from './math/index.js';

/** `bonds_penalty_proportion_as_i32f32`: BondsPenalty / 65535 (65535 -> exactly 1). */
export function getBondsPenalty(bondsPenaltyU16: number): I32F32 {
  return I32F32.safeDiv(I32F32.fromInt(bondsPenaltyU16), I32F32.fromInt(65535));
}

/**
 * The penalty-0 and penalty-1 cases return the masked or clipped matrix itself rather than
 * `interpolate_sparse`'s copy of it (same values; nothing downstream mutates either matrix).
 */
export function computeWeightsForBonds(
  weights: SparseMatrix,
  clippedWeights: SparseMatrix,
  n: number,
  bondsPenaltyU16: number,
): SparseMatrix {
  const penalty = getBondsPenalty(bondsPenaltyU16);
  if (penalty === I32F32.ZERO) return weights;
  if (penalty === I32F32.ONE) return clippedWeights;
  return interpolateSparse(weights, clippedWeights, n, penalty);
}
