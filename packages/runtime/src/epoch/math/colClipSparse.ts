/**
 * `col_clip_sparse`: each entry above its column threshold is clipped to the threshold, or DROPPED when
 * the threshold is <= 0 (a missing threshold reads 0).
 */
import { I32F32 } from '@taonet/primitives';
import type { SparseMatrix, SparseRow } from './sparseMatrix.js';

export function colClipSparse(matrix: SparseMatrix, colThreshold: readonly I32F32[]): SparseMatrix {
  return matrix.map((row) => {
    const out: SparseRow = [];
    for (const [j, value] of row) {
      const threshold = colThreshold[j] ?? I32F32.ZERO;
      if (threshold < value) {
        if (threshold > 0n) out.push([j, threshold]);
      } else {
        out.push([j, value]);
      }
    }
    return out;
  });
}
