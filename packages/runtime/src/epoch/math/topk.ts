/**
 * Top-k masks of subtensor's epoch/math.rs (validator permits, yuma.md §1.3): the indices are
 * stable-sorted ascending by value and the first n - k cleared, so among equal values the LOWER uid
 * loses; when n < k nothing is cleared.
 */
import type { I32F32 } from '@taonet/primitives';
import { ZERO } from './i32f32Ops.js';

function clearBottom(vector: readonly I32F32[], k: number, result: boolean[]): boolean[] {
  const n = vector.length;
  if (n < k) return result;
  const idxs = Array.from({ length: n }, (_, i) => i);
  // stable ascending sort by value (ties keep index order)
  idxs.sort((a, b) => {
    const va = vector[a] as I32F32;
    const vb = vector[b] as I32F32;
    return va < vb ? -1 : va > vb ? 1 : a - b;
  });
  for (let t = 0; t < n - k; t++) result[idxs[t] as number] = false;
  return result;
}

/** `is_topk`: true for the k largest entries (all true when n < k). */
export function isTopk(vector: readonly I32F32[], k: number): boolean[] {
  return clearBottom(vector, k, new Array<boolean>(vector.length).fill(true));
}

/** `is_topk_nonzero`: `is_topk`, but zero entries are false from the start (zero-stake uids never get a permit). */
export function isTopkNonzero(vector: readonly I32F32[], k: number): boolean[] {
  return clearBottom(
    vector,
    k,
    vector.map((x) => x !== ZERO),
  );
}
