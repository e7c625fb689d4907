/**
 * Bonds exponential moving averages of subtensor's epoch/math.rs (yuma.md §1.9), saturating:
 * - `mat_ema(_sparse)`: α·new + (1-α)·old with one α (original Yuma, and Yuma 3 without liquid alpha);
 * - `mat_ema_alpha(_sparse)`: min(1, (1-α_ij)·old_ij + max(0, α_ij·new_ij)) with a per-cell α (Yuma 3
 *   liquid alpha). The SPARSE variant only emits the columns of the new row (a bond without a weight
 *   entry is dropped, not decayed), unlike the dense one.
 */
import { I32F32, I64F64 } from '@taonet/primitives';
import { ONE, satAdd, satMul, satSub, ZERO } from './i32f32Ops.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';

const MILLION = I64F64.fromInt(1_000_000);

/**
 * The fixed bonds EMA alpha `1 - I32F32(I64F64(bma) / I64F64(1_000_000))` (`compute_disabled_liquid_alpha`,
 * `compute_ema_bonds_normal_sparse`): 900_000 gives exactly from_num(0.1); bma > 1e6 gives a negative alpha.
 * Conversions and the subtraction saturate.
 */
export function bondsAlphaFromMovingAverage(bondsMovingAverage: bigint): I32F32 {
  const average = I64F64.safeDiv(I64F64.saturatingFromInt(bondsMovingAverage), MILLION);
  return satSub(ONE, I32F32.saturatingFromFixed(I64F64, average));
}

/**
 * `mat_ema`: α·new_ij + (1-α)·old_ij over the zipped rows and cells (the shorter ends each);
 * `[[]]` when `new` or its first row is empty.
 */
export function matEma(newer: DenseMatrix, older: DenseMatrix, alpha: I32F32): DenseMatrix {
  if (newer.length === 0 || (newer[0] as I32F32[]).length === 0) return [[]];
  const oneMinusAlpha = satSub(ONE, alpha);
  const rows = Math.min(newer.length, older.length);
  const out: DenseMatrix = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const newRow = newer[i] as I32F32[];
    const oldRow = older[i] as I32F32[];
    const width = Math.min(newRow.length, oldRow.length);
    const row = new Array<I32F32>(width);
    for (let j = 0; j < width; j++) {
      row[j] = satAdd(satMul(alpha, newRow[j] as I32F32), satMul(oneMinusAlpha, oldRow[j] as I32F32));
    }
    out[i] = row;
  }
  return out;
}

/**
 * `mat_ema_sparse`: per row, α·new + (1-α)·old accumulated densely over `0..n` with n = new.len() (assumed
 * square: columns >= n are dropped, repeated columns accumulate; a missing old row adds nothing), then
 * the values > 0 emitted in column order.
 */
export function matEmaSparse(newer: SparseMatrix, older: SparseMatrix, alpha: I32F32): SparseMatrix {
  const n = newer.length;
  const oneMinusAlpha = satSub(ONE, alpha);
  const result: SparseMatrix = new Array(n);
  const acc = new Array<I32F32>(n).fill(ZERO);
  const touched = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const newRow = newer[i] as SparseRow;
    const oldRow = older[i] ?? [];
    // an empty accumulator emits nothing
    if (newRow.length === 0 && oldRow.length === 0) {
      result[i] = [];
      continue;
    }
    accumulate(acc, touched, newRow, alpha);
    accumulate(acc, touched, oldRow, oneMinusAlpha);
    const out: SparseRow = [];
    for (let j = 0; j < n; j++) {
      if (touched[j] === 0) continue;
      const value = acc[j] as I32F32;
      if (value > ZERO) out.push([j, value]);
      acc[j] = ZERO;
      touched[j] = 0;
    }
    result[i] = out;
  }
  return result;
}

/** acc_j += factor · v_j (saturating) for the row's entries on columns < acc.length; marks them touched. */
function accumulate(acc: I32F32[], touched: Uint8Array, row: SparseRow, factor: I32F32): void {
  for (let k = 0; k < row.length; k++) {
    const [j, value] = row[k] as [number, I32F32];
    if (j >= acc.length) continue;
    const term = satMul(factor, value);
    // 0 + term == term: skip the addition on a fresh cell
    acc[j] = touched[j] === 0 ? term : satAdd(acc[j] as I32F32, term);
    touched[j] = 1;
  }
}

/**
 * `mat_ema_alpha_sparse`: per row i with alpha row A_i: decayed_j = (1 - A_ij)·old_ij for each old entry
 * (assigned, so a repeated column keeps the last); then for each NEW entry (j, w) in row order, in its
 * order: v = min(1, decayed_j + max(0, A_ij·w)), emitted when v > 0. Columns >= len(A_i) are ignored.
 * Row counts that differ return a copy of `new`.
 */
export function matEmaAlphaSparse(
  newer: SparseMatrix,
  older: SparseMatrix,
  alpha: readonly (readonly I32F32[])[],
): SparseMatrix {
  if (newer.length !== older.length || newer.length !== alpha.length) {
    return newer.map((row) => row.map(([j, v]): [number, I32F32] => [j, v]));
  }
  const result: SparseMatrix = new Array(newer.length);
  for (let i = 0; i < newer.length; i++) {
    const alphaRow = alpha[i] as readonly I32F32[];
    const width = alphaRow.length;
    const decayed = new Array<I32F32>(width).fill(ZERO);
    const oldRow = older[i] as SparseRow;
    for (let k = 0; k < oldRow.length; k++) {
      const [j, value] = oldRow[k] as [number, I32F32];
      if (j < width) decayed[j] = satMul(satSub(ONE, alphaRow[j] as I32F32), value);
    }
    const newRow = newer[i] as SparseRow;
    const out: SparseRow = [];
    for (let k = 0; k < newRow.length; k++) {
      const [j, value] = newRow[k] as [number, I32F32];
      if (j >= width) continue;
      const increment = satMul(alphaRow[j] as I32F32, value);
      const sum = satAdd(decayed[j] as I32F32, increment > ZERO ? increment : ZERO);
      const cell = sum < ONE ? sum : ONE;
      if (cell > ZERO) out.push([j, cell]);
    }
    result[i] = out;
  }
  return result;
}

/**
 * `mat_ema_alpha` (dense): min(1, (1-α)·old + max(0, α·new)) per cell. `[[]]` when `new` or its first row
 * is empty; a copy of `old` when the row counts differ; a copy of `new` when any row's lengths differ.
 */
export function matEmaAlpha(
  newer: DenseMatrix,
  older: DenseMatrix,
  alpha: readonly (readonly I32F32[])[],
): DenseMatrix {
  if (newer.length === 0 || (newer[0] as I32F32[]).length === 0) return [[]];
  if (newer.length !== older.length || newer.length !== alpha.length) return older.map((row) => row.slice());
  for (let i = 0; i < newer.length; i++) {
    const width = (newer[i] as I32F32[]).length;
    if ((older[i] as I32F32[]).length !== width || (alpha[i] as readonly I32F32[]).length !== width) {
      return newer.map((row) => row.slice());
    }
  }
  return newer.map((newRow, i) => {
    const oldRow = older[i] as I32F32[];
    const alphaRow = alpha[i] as readonly I32F32[];
    return newRow.map((w, j) => {
      const a = alphaRow[j] as I32F32;
      const increment = satMul(a, w);
      const sum = satAdd(satMul(satSub(ONE, a), oldRow[j] as I32F32), increment > ZERO ? increment : ZERO);
      return sum < ONE ? sum : ONE;
    });
  });
}
