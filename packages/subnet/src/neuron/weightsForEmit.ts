/**
 * From scores to the u16 weights a validator submits (the SDK's `process_weights_for_netuid` followed by
 * `convert_weights_and_uids_for_emit`, without their surprises): non-finite and negative scores count as 0,
 * zero scores are left out (a miner scored 0 gets no weight), the rest is L1-normalised, capped at the
 * subnet's max weight, max-upscaled to u16 (the largest weight becomes 65535, Python's banker's rounding)
 * and padded with weight 1 on zero-scored uids only when the chain needs more entries
 * (`min(n, MinAllowedWeights)`). No positive score gives no weights at all (the Python template would
 * spread them uniformly, paying miners that never answered).
 */
import { U16_MAX } from '@taonet/primitives';

export interface WeightsForEmit {
  uids: number[];
  /** u16, same length as `uids`, uids ascending. */
  values: number[];
}

export interface WeightsForEmitOpts {
  /** The chain refuses fewer than `min(n, minAllowedWeights)` entries. */
  minAllowedWeights: number;
  /** `MaxWeightsLimit` (u16; 65535 = no cap). */
  maxWeightsLimit: number;
  /** Uids never given weight (the validator itself, say); they are not used for padding either. */
  exclude?: ReadonlySet<number>;
}

/** Round half to even, like Python's `round()`. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Normalises to sum 1 with no entry above `limit` (the excess spread over the others); uniform if infeasible. */
export function normalizeMaxWeight(weights: readonly number[], limit: number): number[] {
  const count = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  if (count === 0) return [];
  if (total <= 0 || count * limit <= 1) return weights.map(() => 1 / count);
  const capped = new Set<number>();
  for (;;) {
    const free = 1 - capped.size * limit;
    let freeSum = 0;
    for (let i = 0; i < count; i++) if (!capped.has(i)) freeSum += weights[i]!;
    let changed = false;
    for (let i = 0; i < count; i++) {
      if (!capped.has(i) && (weights[i]! / freeSum) * free > limit) {
        capped.add(i);
        changed = true;
      }
    }
    if (!changed) return weights.map((w, i) => (capped.has(i) ? limit : (w / freeSum) * free));
  }
}

function cleanScore(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

/** The weights to submit for `scores` (indexed by uid); empty when no uid has a positive score. */
export function computeWeightsForEmit(scores: ArrayLike<number>, opts: WeightsForEmitOpts): WeightsForEmit {
  const exclude = opts.exclude ?? new Set<number>();
  const uids: number[] = [];
  for (let uid = 0; uid < scores.length; uid++) {
    if (!exclude.has(uid) && cleanScore(scores[uid]) > 0) uids.push(uid);
  }
  if (uids.length === 0) return { uids: [], values: [] };
  const total = uids.reduce((sum, uid) => sum + cleanScore(scores[uid]), 0);
  let weights = uids.map((uid) => cleanScore(scores[uid]) / total);
  if (opts.maxWeightsLimit < U16_MAX) weights = normalizeMaxWeight(weights, opts.maxWeightsLimit / U16_MAX);
  const max = Math.max(...weights);
  const out: WeightsForEmit = { uids: [], values: [] };
  for (const [i, uid] of uids.entries()) {
    const value = roundHalfEven((weights[i]! / max) * U16_MAX);
    if (value > 0) {
      out.uids.push(uid);
      out.values.push(value);
    }
  }
  padToMinimum(out, scores.length, opts.minAllowedWeights, exclude);
  return out;
}

function padToMinimum(
  out: WeightsForEmit,
  n: number,
  minAllowed: number,
  exclude: ReadonlySet<number>,
): void {
  const needed = Math.min(n, minAllowed);
  if (out.uids.length >= needed) return;
  const present = new Set(out.uids);
  for (let uid = 0; uid < n && out.uids.length < needed; uid++) {
    if (present.has(uid) || exclude.has(uid)) continue;
    out.uids.push(uid);
    out.values.push(1);
  }
  const order = out.uids.map((uid, i) => [uid, out.values[i]!] as const).sort((a, b) => a[0] - b[0]);
  out.uids = order.map(([uid]) => uid);
  out.values = order.map(([, value]) => value);
}
