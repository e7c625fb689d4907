/**
 * Adapters for the dense twins of the sparse helpers (the test-only dense epoch) and the remaining masks,
 * named and argued like the sparse ones (`m`, `v`, `mask`, ...), for vector files beyond the shipped ones.
 */
import {
  computeLiquidAlphaValues,
  inplaceColClip,
  inplaceMaskCols,
  inplaceMaskDiag,
  inplaceMaskDiagExceptIndex,
  inplaceMaskMatrix,
  inplaceMaskRows,
  isZero,
  matEma,
  matmul,
  matmulTranspose,
  matVecMul,
  rowHadamard,
  rowSum,
  safeExp,
  scalarVecMaskSparseMatrix,
  u16ToFixed,
} from '@taonet/runtime';
import type { MathAdapter } from './mathAdapter.js';
import type { MathArgs } from './mathArgs.js';
import { output } from './mathOutput.js';

function inplaceDense(apply: (a: MathArgs, m: ReturnType<MathArgs['dense']>) => void): MathAdapter {
  return (a) => {
    const m = a.dense('m');
    apply(a, m);
    return output.dense(m);
  };
}

export const DENSE_ADAPTERS: ReadonlyMap<string, MathAdapter> = new Map<string, MathAdapter>([
  ['matmul', (a) => output.vector(matmul(a.dense('m'), a.vec('v')))],
  ['matmul_transpose', (a) => output.vector(matmulTranspose(a.dense('m'), a.vec('v')))],
  ['row_hadamard', (a) => output.dense(rowHadamard(a.dense('m'), a.vec('v')))],
  ['mat_vec_mul', (a) => output.dense(matVecMul(a.dense('m'), a.vec('v')))],
  ['row_sum', (a) => output.vector(rowSum(a.dense('m')))],
  ['mat_ema', (a) => output.dense(matEma(a.dense('new'), a.dense('old'), a.fixed('alpha')))],
  ['inplace_col_clip', inplaceDense((a, m) => inplaceColClip(m, a.vec('thr')))],
  ['inplace_mask_matrix', inplaceDense((a, m) => inplaceMaskMatrix(a.bitMatrix('mask'), m))],
  ['inplace_mask_rows', inplaceDense((a, m) => inplaceMaskRows(a.bools('mask'), m))],
  ['inplace_mask_cols', inplaceDense((a, m) => inplaceMaskCols(a.bools('mask'), m))],
  ['inplace_mask_diag', inplaceDense((_, m) => inplaceMaskDiag(m))],
  [
    'inplace_mask_diag_except_index',
    inplaceDense((a, m) => inplaceMaskDiagExceptIndex(m, a.int('except_index'))),
  ],
  [
    'scalar_vec_mask_sparse_matrix',
    (a) =>
      output.sparse(
        scalarVecMaskSparseMatrix(a.sparse('m'), a.u64('scalar'), a.u64s('vector'), a.maskFn('mask_fn')),
      ),
  ],
  [
    'compute_liquid_alpha_values',
    (a) =>
      output.dense(
        computeLiquidAlphaValues(
          a.dense('weights'),
          a.dense('bonds'),
          a.vec('consensus'),
          a.fixed('alpha_low'),
          a.fixed('alpha_high'),
          a.fixed('steepness'),
        ),
      ),
  ],
  ['is_zero', (a) => output.bool(isZero(a.vec('x')))],
  ['safe_exp', (a) => output.vector(a.vec('x').map(safeExp))],
  ['u16_to_fixed', (a) => output.vector(a.u16s('x').map(u16ToFixed))],
]);
