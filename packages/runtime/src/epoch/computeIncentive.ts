/**
 * §1.7 Incentive: ranks R_j = Σ_i active_stake_i · clipped_W_ij, normalised to sum 1.
 * (Rank, trust and pruning score are no longer outputs of the epoch.)
 */
import type { I32F32 } from '@taonet/primitives';
import { inplaceNormalize, matmulSparse, type SparseMatrix } from './math/index.js';

export function computeIncentive(
  clippedWeights: SparseMatrix,
  activeStake: readonly I32F32[],
  n: number,
): I32F32[] {
  const ranks = matmulSparse(clippedWeights, activeStake, n);
  inplaceNormalize(ranks);
  return ranks;
}
