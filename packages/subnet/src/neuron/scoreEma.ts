/**
 * The validator's moving scores: an exponential moving average per uid, `score = alpha * reward +
 * (1 - alpha) * score`, applied only to the uids that were just scored (the Python template decays every
 * uid at every step, so a miner loses score merely for not being sampled). Rewards that are not finite
 * or are negative count as 0.
 */

/** Applies one step of the EMA in place. */
export function updateScoresEma(
  scores: Float64Array,
  uids: readonly number[],
  rewards: readonly number[],
  alpha: number,
): void {
  for (const [i, uid] of uids.entries()) {
    if (uid < 0 || uid >= scores.length) continue;
    const raw = rewards[i];
    const reward = raw !== undefined && Number.isFinite(raw) && raw > 0 ? raw : 0;
    scores[uid] = alpha * reward + (1 - alpha) * scores[uid]!;
  }
}

/** A scores array of length `n`, keeping the first entries of `scores`. */
export function resizeScores(scores: Float64Array, n: number): Float64Array {
  if (scores.length === n) return scores;
  const out = new Float64Array(n);
  out.set(scores.subarray(0, Math.min(n, scores.length)));
  return out;
}
