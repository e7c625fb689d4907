/**
 * `mat_ema_alpha_sparse`: per cell min(1, (1-α_ij)·old_ij + max(0, α_ij·new_ij)) with a per-cell alpha.
 * Only the columns of the NEW row are emitted, in its order (a bond without a weight entry is dropped,
 * not decayed — unlike the dense `mat_ema_alpha`); cells must be > 0. Mismatched shapes return `new`.
 */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

export function matEmaAlphaSparse(
  newer: SparseMatrix,
  older: SparseMatrix,
  alpha: readonly (readonly I32F32[])[],
): SparseMatrix {
  if (newer.length !== older.length || newer.length !== alpha.length) {
    return newer.map((row) => row.map(([j, v]): [number, I32F32] => [j, v]));
  }
  return newer.map((row, i) => {
    const alphaRow = alpha[i] ?? [];
    const decayed = new Array<I32F32>(alphaRow.length).fill(I32F32.ZERO);
    for (const [j, old] of older[i] ?? []) {
      const a = alphaRow[j];
      if (a !== undefined) decayed[j] = I32F32.saturatingMul(I32F32.saturatingSub(I32F32.ONE, a), old);
    }
    const out: SparseRow = [];
    for (const [j, value] of row) {
      const a = alphaRow[j];
      const base = decayed[j];
      if (a === undefined || base === undefined) continue;
      const increment = I32F32.max(I32F32.saturatingMul(a, value), I32F32.ZERO);
      const cell = I32F32.min(I32F32.saturatingAdd(base, increment), I32F32.ONE);
      if (cell > 0n) out.push([j, cell]);
    }
    return out;
  });
}
