/**
 * Adapters for the matrix math functions (sparse rows in storage order, dense rows): normalisation,
 * masks, products, clipping, weighted medians, interpolation, bond EMAs and liquid alpha. `inplace_*`
 * functions are called on the decoded argument, which is then the output.
 */
import {
  colClipSparse,
  inplaceColMaxUpscale,
  inplaceColMaxUpscaleSparse,
  inplaceColNormalize,
  inplaceColNormalizeSparse,
  inplaceRowNormalize,
  inplaceRowNormalizeSparse,
  interpolate,
  interpolateSparse,
  maskDiagSparse,
  maskDiagSparseExceptIndex,
  maskRowsSparse,
  matEmaAlpha,
  matEmaAlphaSparse,
  matEmaSparse,
  matmulSparse,
  matmulTransposeSparse,
  matVecMulSparse,
  rowHadamardSparse,
  rowSumSparse,
  vecMaskSparseMatrix,
  weightedMedian,
  weightedMedianCol,
  weightedMedianColSparse,
} from '@taonet/runtime';
import type { MathAdapter } from './mathAdapter.js';
import type { MathArgs } from './mathArgs.js';
import { output } from './mathOutput.js';

function inplaceSparse(apply: (a: MathArgs, m: ReturnType<MathArgs['sparse']>) => void): MathAdapter {
  return (a) => {
    const m = a.sparse('m');
    apply(a, m);
    return output.sparse(m);
  };
}

function inplaceDense(apply: (m: ReturnType<MathArgs['dense']>) => void): MathAdapter {
  return (a) => {
    const m = a.dense('m');
    apply(m);
    return output.dense(m);
  };
}

const weightedMedianAdapter: MathAdapter = (a) => {
  const stake = a.vec('stake');
  const score = a.vec('score');
  const partition = a.indices('partition_idx', stake.length);
  const median = weightedMedian(
    stake,
    score,
    partition,
    a.fixed('minority'),
    a.fixed('partition_lo'),
    a.fixed('partition_hi'),
  );
  return output.scalar(median);
};

export const MATRIX_ADAPTERS: ReadonlyMap<string, MathAdapter> = new Map<string, MathAdapter>([
  ['inplace_row_normalize', inplaceDense(inplaceRowNormalize)],
  ['inplace_col_normalize', inplaceDense(inplaceColNormalize)],
  ['inplace_col_max_upscale', inplaceDense(inplaceColMaxUpscale)],
  ['inplace_row_normalize_sparse', inplaceSparse((_, m) => inplaceRowNormalizeSparse(m))],
  ['inplace_col_normalize_sparse', inplaceSparse((a, m) => inplaceColNormalizeSparse(m, a.int('columns')))],
  [
    'inplace_col_max_upscale_sparse',
    inplaceSparse((a, m) => inplaceColMaxUpscaleSparse(m, a.int('columns'))),
  ],
  ['mask_rows_sparse', (a) => output.sparse(maskRowsSparse(a.bools('mask'), a.sparse('m')))],
  ['mask_diag_sparse', (a) => output.sparse(maskDiagSparse(a.sparse('m')))],
  [
    'mask_diag_sparse_except_index',
    (a) => output.sparse(maskDiagSparseExceptIndex(a.sparse('m'), a.int('except_index'))),
  ],
  [
    'vec_mask_sparse_matrix',
    (a) =>
      output.sparse(
        vecMaskSparseMatrix(a.sparse('m'), a.u64s('first'), a.u64s('second'), a.maskFn('mask_fn')),
      ),
  ],
  ['row_hadamard_sparse', (a) => output.sparse(rowHadamardSparse(a.sparse('m'), a.vec('v')))],
  ['mat_vec_mul_sparse', (a) => output.sparse(matVecMulSparse(a.sparse('m'), a.vec('v')))],
  ['row_sum_sparse', (a) => output.vector(rowSumSparse(a.sparse('m')))],
  ['matmul_sparse', (a) => output.vector(matmulSparse(a.sparse('m'), a.vec('v'), a.int('columns')))],
  ['matmul_transpose_sparse', (a) => output.vector(matmulTransposeSparse(a.sparse('m'), a.vec('v')))],
  ['col_clip_sparse', (a) => output.sparse(colClipSparse(a.sparse('m'), a.vec('thr')))],
  ['weighted_median', weightedMedianAdapter],
  [
    'weighted_median_col',
    (a) => output.vector(weightedMedianCol(a.vec('stake'), a.dense('score'), a.fixed('majority'))),
  ],
  [
    'weighted_median_col_sparse',
    (a) =>
      output.vector(
        weightedMedianColSparse(a.vec('stake'), a.sparse('score'), a.int('columns'), a.fixed('majority')),
      ),
  ],
  ['interpolate', (a) => output.dense(interpolate(a.dense('m1'), a.dense('m2'), a.fixed('ratio')))],
  [
    'interpolate_sparse',
    (a) =>
      output.sparse(interpolateSparse(a.sparse('m1'), a.sparse('m2'), a.int('columns'), a.fixed('ratio'))),
  ],
  ['mat_ema_sparse', (a) => output.sparse(matEmaSparse(a.sparse('new'), a.sparse('old'), a.fixed('alpha')))],
  ['mat_ema_alpha', (a) => output.dense(matEmaAlpha(a.dense('new'), a.dense('old'), a.dense('alpha')))],
  [
    'mat_ema_alpha_sparse',
    (a) => output.sparse(matEmaAlphaSparse(a.sparse('new'), a.sparse('old'), a.dense('alpha'))),
  ],
]);
