export { colClipSparse, inplaceColClip } from './clip.js';
export {
  fixed32ToFixed64,
  fixed64ToFixed32,
  fixed64ToU64,
  fixedProportionToU16,
  fixedToFixedU16Proportion,
  fixedToU16,
  fixedToU64,
  i64f64RatioToI32f32,
  u16ProportionToFixed,
  u16ToFixed,
  vecFixed32ToFixed64,
  vecFixed32ToU64,
  vecFixed64ToFixed32,
  vecFixed64ToU64,
  vecFixedProportionsToU16,
  vecU16ProportionsToFixed,
} from './conversions.js';
export { matmul, matmulTranspose, matVecMul, rowHadamard, rowSum } from './denseOps.js';
export { bondsAlphaFromMovingAverage, matEma, matEmaAlpha, matEmaAlphaSparse, matEmaSparse } from './ema.js';
export { expSafe, safeExp, sigmoidSafe } from './expSafe.js';
export { interpolate, interpolateSparse } from './interpolate.js';
export {
  alphaSigmoid,
  type BondsEmaParams,
  computeBondsDense,
  computeBondsSparse,
  computeLiquidAlphaValues,
  computeLiquidAlphaValuesSparse,
} from './liquidAlpha.js';
export {
  inplaceMaskCols,
  inplaceMaskDiag,
  inplaceMaskDiagExceptIndex,
  inplaceMaskMatrix,
  inplaceMaskRows,
  inplaceMaskVector,
  maskDiagSparse,
  maskDiagSparseExceptIndex,
  maskRowsSparse,
  scalarVecMaskSparseMatrix,
  vecMaskSparseMatrix,
} from './masks.js';
export {
  inplaceColNormalize,
  inplaceColNormalizeSparse,
  inplaceNormalize,
  inplaceNormalize64,
  inplaceNormalizeUsingSum,
  inplaceRowNormalize,
  inplaceRowNormalize64,
  inplaceRowNormalizeSparse,
  normalize,
} from './normalize.js';
export type { DenseMatrix, SparseEntry, SparseMatrix, SparseRow } from './sparseMatrix.js';
export {
  matmulSparse,
  matmulTransposeSparse,
  matVecMulSparse,
  rowHadamardSparse,
  rowSumSparse,
} from './sparseOps.js';
export { splitEmissions } from './splitEmissions.js';
export { isTopk, isTopkNonzero } from './topk.js';
export {
  checkVecMaxLimited,
  inplaceColMaxUpscale,
  inplaceColMaxUpscaleSparse,
  vecMaxUpscaleToU16,
  vecU16MaxUpscaleToU16,
} from './upscale.js';
export { clampValue, isZero, sum, vecdiv, vecMul } from './vectorOps.js';
export { weightedMedian, weightedMedianCol, weightedMedianColSparse } from './weightedMedian.js';
