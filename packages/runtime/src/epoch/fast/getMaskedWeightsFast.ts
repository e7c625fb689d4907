/**
 * `get_weights_sparse` and the weights pipeline of `maskWeights` (yuma.md §1.5) in one pass over the
 * stored rows, on the fast layout: rows without a permit emptied, self-weights dropped (owner kept),
 * outdated and (commit-reveal) sniped entries dropped, rows normalised. Every filter of the bigint
 * pipeline keeps the order of the survivors, so applying them together keeps the same entries.
 */
import { isU16, listOf } from '../getEpochStorage.js';
import type { WeightMasks } from '../maskWeights.js';
import { type CsrMatrix, createCsr } from './csrMatrix.js';
import { divBits, leaveFastPath, TWO53 } from './exactBits.js';

const TWO53N = 9007199254740992n;
/** row sums of u16 values at or above 2^31 wrap as I32F32 bits (`w << 32`) */
const WRAPPING_SUM = 2147483648;

/** Block numbers as exact numbers (leaves the fast path for any block at or above 2^53). */
export function toBlockNumbers(blocks: readonly bigint[]): Float64Array {
  const out = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block >= TWO53N) leaveFastPath();
    // float-ok: a block number below 2^53, exact
    out[i] = Number(block);
  }
  return out;
}

/**
 * (i, j) survives the outdated and commit-reveal masks iff registration_j < bound_i, with
 * bound_i = min(last_update_i, commit_i + 1) (`last_update_i <= reg_j` and `commit_i < reg_j` drop it).
 * Registrations are below 2^53, so a larger bound reads as 2^53.
 */
function rowBound(i: number, masks: WeightMasks): number {
  let bound = masks.lastUpdate[i] ?? 0n;
  const commit = masks.commitBlocks === null ? null : (masks.commitBlocks[i] ?? 0n);
  if (commit !== null && commit + 1n < bound) bound = commit + 1n;
  // float-ok: below 2^53 here, exact
  return bound >= TWO53N ? TWO53 : Number(bound);
}

/** Normalises row entries `from .. to - 1` (u16 values) to I32F32 bits: safe_div(w << 32, Σw << 32). */
function normaliseRow(val: Float64Array, from: number, to: number, sum: number): void {
  if (sum >= WRAPPING_SUM) leaveFastPath();
  if (sum === 0) return; // all entries are 0, as bits too
  for (let k = from; k < to; k++) val[k] = divBits(val[k]!, sum);
}

export function getMaskedWeightsFast(rows: unknown, n: number, masks: WeightMasks): CsrMatrix {
  const list = listOf<unknown>(rows);
  const registered = toBlockNumbers(masks.blockAtRegistration);
  const forbids = masks.validatorForbids;
  const owner = masks.ownerUid ?? -1;
  let capacity = 0;
  for (let i = 0; i < n; i++) if (!(forbids[i] ?? true)) capacity += listOf<unknown>(list[i]).length;
  const matrix = createCsr(n, capacity);
  const { start, col, val } = matrix;
  let k = 0;
  for (let i = 0; i < n; i++) {
    start[i] = k;
    if (forbids[i] ?? true) continue;
    const bound = rowBound(i, masks);
    const row = listOf<unknown>(list[i]);
    let sum = 0;
    for (let e = 0; e < row.length; e++) {
      const entry = row[e];
      if (!Array.isArray(entry)) continue;
      const j: unknown = entry[0];
      const w: unknown = entry[1];
      if (!isU16(j) || !isU16(w) || j >= n) continue;
      if ((j === i && i !== owner) || !(registered[j]! < bound)) continue;
      col[k] = j;
      val[k] = w;
      sum += w;
      k++;
    }
    normaliseRow(val, start[i]!, k, sum);
  }
  start[n] = k;
  return matrix;
}
