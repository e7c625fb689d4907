/** Column clipping of subtensor's epoch/math.rs (weights clipped to the consensus, yuma.md §1.6). */
import type { I32F32 } from '@taonet/primitives';
import { ZERO } from './i32f32Ops.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';

/** `inplace_col_clip`: x_ij = min(threshold_j, x_ij), each row zipped with the thresholds. */
export function inplaceColClip(x: DenseMatrix, colThreshold: readonly I32F32[]): void {
  for (const row of x) {
    const width = Math.min(row.length, colThreshold.length);
    for (let j = 0; j < width; j++) {
      const threshold = colThreshold[j] as I32F32;
      if (threshold < (row[j] as I32F32)) row[j] = threshold;
    }
  }
}

/**
 * `col_clip_sparse`: an entry above its column threshold becomes the threshold, or is DROPPED when the
 * threshold is <= 0 (a missing threshold reads 0); other entries (explicit zeros included) are kept.
 */
export function colClipSparse(sparseMatrix: SparseMatrix, colThreshold: readonly I32F32[]): SparseMatrix {
  const result: SparseMatrix = new Array(sparseMatrix.length);
  for (let i = 0; i < sparseMatrix.length; i++) {
    const row = sparseMatrix[i] as SparseRow;
    const out: SparseRow = [];
    for (let k = 0; k < row.length; k++) {
      const [j, value] = row[k] as [number, I32F32];
      const threshold = colThreshold[j] ?? ZERO;
      if (threshold < value) {
        if (threshold > ZERO) out.push([j, threshold]);
      } else {
        out.push([j, value]);
      }
    }
    result[i] = out;
  }
  return result;
}
