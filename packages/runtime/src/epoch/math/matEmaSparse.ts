/**
 * `mat_ema_sparse`: per row, α·new + (1-α)·old densified over `0..rows` (the matrix is assumed square:
 * columns beyond the row count are dropped), keeping cells > 0 in column order.
 */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

export function matEmaSparse(newer: SparseMatrix, older: SparseMatrix, alpha: I32F32): SparseMatrix {
  const n = newer.length;
  const oneMinusAlpha = I32F32.saturatingSub(I32F32.ONE, alpha);
  return newer.map((row, i) => {
    const acc = new Array<I32F32>(n).fill(I32F32.ZERO);
    for (const [j, value] of row) {
      const cell = acc[j];
      if (cell !== undefined) acc[j] = I32F32.saturatingAdd(cell, I32F32.saturatingMul(alpha, value));
    }
    for (const [j, value] of older[i] ?? []) {
      const cell = acc[j];
      if (cell !== undefined) acc[j] = I32F32.saturatingAdd(cell, I32F32.saturatingMul(oneMinusAlpha, value));
    }
    const out: SparseRow = [];
    for (let j = 0; j < n; j++) if ((acc[j] as I32F32) > 0n) out.push([j, acc[j] as I32F32]);
    return out;
  });
}
