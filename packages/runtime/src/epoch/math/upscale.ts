/**
 * Max-upscaling of subtensor's epoch/math.rs: weights to u16 for storage (`set_weights`, yuma.md §2.5),
 * the weight-limit check, and the column max-upscale of original-Yuma bonds (yuma.md §1.9.a).
 */
import { I32F32 } from '@taonet/primitives';
import { roundBits, safeDiv, satMul, toU16, U16_MAX_FIXED, ZERO } from './i32f32Ops.js';
import { inplaceNormalize } from './normalize.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';

const THRESHOLD = (32768n << 32n) as I32F32;

/**
 * `vec_max_upscale_to_u16`: scale so the max becomes 65535, as u16 (floor, saturating) after rounding
 * half away from zero. max > 32768: round(e · safe_div(65535, max)) (the ratio truncated first); else
 * round(safe_div(e · 65535, max)) (saturating product); max == 0: floor(e · 65535) without rounding;
 * empty: empty.
 */
export function vecMaxUpscaleToU16(vec: readonly I32F32[]): number[] {
  if (vec.length === 0) return [];
  let max = vec[0] as I32F32;
  for (let i = 1; i < vec.length; i++) if ((vec[i] as I32F32) > max) max = vec[i] as I32F32;
  if (max === ZERO) return vec.map((e) => toU16(satMul(e, U16_MAX_FIXED)));
  if (max > THRESHOLD) {
    const ratio = safeDiv(U16_MAX_FIXED, max);
    return vec.map((e) => toU16(roundBits(satMul(e, ratio))));
  }
  return vec.map((e) => toU16(roundBits(safeDiv(satMul(e, U16_MAX_FIXED), max))));
}

/** `vec_u16_max_upscale_to_u16`: what `set_weights` stores — the u16 values max-upscaled to 65535. */
export function vecU16MaxUpscaleToU16(vec: readonly number[]): number[] {
  return vecMaxUpscaleToU16(vec.map((e) => I32F32.saturatingFromInt(e)));
}

/**
 * `check_vec_max_limited`: true when the vector, normalised (I32F32, truncated), has no entry above
 * safe_div(max_limit, 65535); true for an empty vector.
 */
export function checkVecMaxLimited(vec: readonly number[], maxLimit: number): boolean {
  const maxLimitFixed = safeDiv(I32F32.saturatingFromInt(maxLimit), U16_MAX_FIXED);
  const fixed = vec.map((e) => I32F32.saturatingFromInt(e));
  inplaceNormalize(fixed);
  return fixed.every((v) => v <= maxLimitFixed);
}

/**
 * `inplace_col_max_upscale`: each entry divided (`safe_div`) by its column's max (starting from 0, so a
 * column of non-positive values stays). Columns span the longest row; rows keep their lengths.
 */
export function inplaceColMaxUpscale(x: DenseMatrix): void {
  let maxCols = 0;
  for (const row of x) if (row.length > maxCols) maxCols = row.length;
  if (maxCols === 0) return;
  const colMaxes = new Array<I32F32>(maxCols).fill(ZERO);
  for (const row of x) {
    for (let j = 0; j < row.length; j++)
      if ((colMaxes[j] as I32F32) < (row[j] as I32F32)) colMaxes[j] = row[j] as I32F32;
  }
  for (const row of x) {
    for (let j = 0; j < row.length; j++) {
      const max = colMaxes[j] as I32F32;
      if (max !== ZERO) row[j] = safeDiv(row[j] as I32F32, max);
    }
  }
}

/**
 * `inplace_col_max_upscale_sparse`: each entry divided by its column's max over columns `0..columns`
 * (max starts at 0; entries on columns >= `columns` or on max-0 columns are left; zeros stay).
 */
export function inplaceColMaxUpscaleSparse(sparseMatrix: SparseMatrix, columns: number): void {
  const colMax = new Array<I32F32>(columns).fill(ZERO);
  for (const row of sparseMatrix) {
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      if (j < columns && (colMax[j] as I32F32) < value) colMax[j] = value;
    }
  }
  for (const row of sparseMatrix as SparseRow[]) {
    for (let k = 0; k < row.length; k++) {
      const entry = row[k] as [number, I32F32];
      const max = entry[0] < columns ? (colMax[entry[0]] as I32F32) : ZERO;
      if (max !== ZERO) entry[1] = safeDiv(entry[1], max);
    }
  }
}
