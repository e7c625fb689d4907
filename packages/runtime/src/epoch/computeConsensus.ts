/**
 * §1.6 Consensus: per column, the stake-weighted median of the weights with majority kappa (the largest
 * weight that at least kappa of the active stake gives); every weight is then clipped to its column's
 * consensus (an entry on a column with consensus 0 is dropped); validator trust = the sum of a
 * validator's clipped weights.
 */
import { I32F32 } from '@taonet/primitives';
import { colClipSparse, rowSumSparse, type SparseMatrix, weightedMedianColSparse } from './math/index.js';

export interface ConsensusTerms {
  readonly consensus: I32F32[];
  readonly clippedWeights: SparseMatrix;
  readonly validatorTrust: I32F32[];
}

/** `kappa_proportion_as_i32f32`: Kappa / 65535 (default 32767 -> 0.49999237...). */
export function getKappa(kappaU16: number): I32F32 {
  return I32F32.safeDiv(I32F32.fromInt(kappaU16), I32F32.fromInt(65535));
}

export function computeConsensus(
  activeStake: readonly I32F32[],
  weights: SparseMatrix,
  n: number,
  kappaU16: number,
): ConsensusTerms {
  const consensus = weightedMedianColSparse(activeStake, weights, n, getKappa(kappaU16));
  const clippedWeights = colClipSparse(weights, consensus);
  return { consensus, clippedWeights, validatorTrust: rowSumSparse(clippedWeights) };
}
