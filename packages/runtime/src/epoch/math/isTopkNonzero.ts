/**
 * `is_topk_nonzero`: true for the k largest non-zero entries. Entries start as `x != 0`; when n >= k the
 * indices are stable-sorted ascending by value and the first n-k are cleared, so among equal values the
 * lower uid loses; when n < k every non-zero entry stays true.
 */
import type { I32F32 } from '@taonet/primitives';

export function isTopkNonzero(vector: readonly I32F32[], k: number): boolean[] {
  const n = vector.length;
  const result = vector.map((x) => x !== 0n);
  if (n < k) return result;
  const idxs = Array.from({ length: n }, (_, i) => i);
  idxs.sort((a, b) => {
    const va = vector[a] as I32F32;
    const vb = vector[b] as I32F32;
    return va < vb ? -1 : va > vb ? 1 : a - b;
  });
  for (let t = 0; t < n - k; t++) result[idxs[t] as number] = false;
  return result;
}
