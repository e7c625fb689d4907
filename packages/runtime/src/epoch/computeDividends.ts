/**
 * §1.9 Dividends from the EMA bonds, normalised to sum 1:
 * - original Yuma: D_i = Σ_j EMA_ij · I_j (EMA already column-normalised);
 * - Yuma 3: D_i = active_stake_i · Σ_j B̂_ij · I_j with B̂ the column-normalised EMA.
 */
import type { I32F32 } from '@taonet/primitives';
import {
  inplaceColNormalizeSparse,
  inplaceNormalize,
  matmulTransposeSparse,
  matVecMulSparse,
  rowSumSparse,
  type SparseMatrix,
  vecMul,
} from './math/index.js';

export function computeDividends(
  yuma3: boolean,
  emaBonds: SparseMatrix,
  incentive: readonly I32F32[],
  activeStake: readonly I32F32[],
  n: number,
): I32F32[] {
  let dividends: I32F32[];
  if (yuma3) {
    const normalised = emaBonds.map((row) => row.map(([j, value]): [number, I32F32] => [j, value]));
    inplaceColNormalizeSparse(normalised, n);
    const totalBondsPerValidator = rowSumSparse(matVecMulSparse(normalised, incentive));
    dividends = vecMul(totalBondsPerValidator, activeStake);
  } else {
    dividends = matmulTransposeSparse(emaBonds, incentive);
  }
  inplaceNormalize(dividends);
  return dividends;
}
