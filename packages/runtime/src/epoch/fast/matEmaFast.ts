/**
 * `mat_ema_sparse` on the fast layout (original Yuma, and Yuma 3 without liquid alpha): per row,
 * α·new + (1-α)·old accumulated densely over `0..n` (n = new's row count; later columns dropped, repeated
 * columns accumulate, a missing old row adds nothing), then the values > 0 emitted in column order.
 */
import { type CsrMatrix, createCsr } from './csrMatrix.js';
import { checked, mulBits, TWO32 } from './exactBits.js';

/** acc_j += factor · v_j for the entries `from .. to - 1` on columns < n; marks them touched. */
function accumulate(
  matrix: CsrMatrix,
  from: number,
  to: number,
  factor: number,
  acc: Float64Array,
  touched: Uint8Array,
): void {
  const { col, val } = matrix;
  for (let k = from; k < to; k++) {
    const j = col[k]!;
    if (j >= acc.length) continue;
    const term = mulBits(factor, val[k]!);
    acc[j] = touched[j] === 0 ? term : checked(acc[j]! + term);
    touched[j] = 1;
  }
}

export function matEmaFast(newer: CsrMatrix, older: CsrMatrix, alpha: number): CsrMatrix {
  const n = newer.rows;
  const oneMinusAlpha = checked(TWO32 - alpha);
  const oldRows = Math.min(n, older.rows);
  let capacity = 0;
  for (let i = 0; i < n; i++) {
    const width = newer.start[i + 1]! - newer.start[i]!;
    capacity += Math.min(n, width + (i < oldRows ? older.start[i + 1]! - older.start[i]! : 0));
  }
  const result = createCsr(n, capacity);
  const acc = new Float64Array(n);
  const touched = new Uint8Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    result.start[i] = k;
    const oldFrom = i < oldRows ? older.start[i]! : 0;
    const oldTo = i < oldRows ? older.start[i + 1]! : 0;
    if (newer.start[i] === newer.start[i + 1] && oldFrom === oldTo) continue;
    accumulate(newer, newer.start[i]!, newer.start[i + 1]!, alpha, acc, touched);
    accumulate(older, oldFrom, oldTo, oneMinusAlpha, acc, touched);
    for (let j = 0; j < n; j++) {
      if (touched[j] === 0) continue;
      const value = acc[j]!;
      if (value > 0) {
        result.col[k] = j;
        result.val[k++] = value;
      }
      acc[j] = 0;
      touched[j] = 0;
    }
  }
  result.start[n] = k;
  return result;
}
