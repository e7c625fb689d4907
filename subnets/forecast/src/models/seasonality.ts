/**
 * Finding the seasonal period of a history: the autocorrelation of its first differences, peaks above a
 * threshold, preferring the candidate periods that go with the sampling interval.
 */

/** Autocorrelation of `values` at `lag` (the series' own mean and variance). */
export function autocorrelation(values: readonly number[], lag: number): number {
  const n = values.length;
  if (lag <= 0 || lag >= n) return 0;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2;
  if (variance === 0) return 0;
  let sum = 0;
  for (let t = lag; t < n; t++) sum += (values[t]! - mean) * (values[t - lag]! - mean);
  return sum / variance;
}

export function differences(values: readonly number[], lag = 1): number[] {
  const out: number[] = [];
  for (let t = lag; t < values.length; t++) out.push(values[t]! - values[t - lag]!);
  return out;
}

/** Periods worth checking first for a sampling interval (seconds). */
export function candidatePeriods(intervalS: number | undefined): number[] {
  if (intervalS === undefined) return [];
  if (intervalS <= 1800) return [Math.round(86_400 / intervalS), Math.round(3600 / intervalS)];
  if (intervalS <= 7200) return [Math.round(86_400 / intervalS), Math.round(604_800 / intervalS)];
  if (intervalS <= 172_800) return [7, 30, 365];
  if (intervalS <= 3_000_000) return [12];
  return [];
}

/**
 * How much of the series' variation a period-p seasonal profile explains, adjusted for the p phase means it
 * fits: 1 - (Var(remainder) / (N - p)) / (Var(detrended) / (N - 1)), where detrended = series minus its
 * centred moving average over one period (which keeps trend and level shifts out) and remainder =
 * detrended minus its mean per phase. Near 0 without such a season, near 1 for a clean one.
 */
export function seasonalStrength(values: readonly number[], p: number): number {
  const half = Math.floor(p / 2);
  const n = values.length;
  if (p < 2 || n < 2 * p + 2) return 0;
  const prefix = [0];
  for (const v of values) prefix.push(prefix.at(-1)! + v);
  const detrended: number[] = [];
  const phases: number[] = [];
  for (let t = half; t + half < n; t++) {
    // Even p: a 2 x p moving average (half weight on both ends); odd p: a plain p-term average.
    let average: number;
    if (p % 2 === 0) {
      const inner = prefix[t + half]! - prefix[t - half + 1]!;
      average = (inner + 0.5 * (values[t - half]! + values[t + half]!)) / p;
    } else average = (prefix[t + half + 1]! - prefix[t - half]!) / p;
    detrended.push(values[t]! - average);
    phases.push(t % p);
  }
  const sums = new Array<number>(p).fill(0);
  const counts = new Array<number>(p).fill(0);
  detrended.forEach((d, i) => {
    sums[phases[i]!]! += d;
    counts[phases[i]!]! += 1;
  });
  let total = 0;
  let remainder = 0;
  const mean = detrended.reduce((a, b) => a + b, 0) / detrended.length;
  detrended.forEach((d, i) => {
    total += (d - mean) ** 2;
    remainder += (d - sums[phases[i]!]! / counts[phases[i]!]!) ** 2;
  });
  const m = detrended.length;
  if (total === 0 || m <= p + 1) return 0;
  return 1 - remainder / (m - p) / (total / (m - 1));
}

export interface SeasonOpts {
  intervalS?: number;
  /** Longest period searched; default a quarter of the history (a season must repeat 4 times; 3 times for
   * the periods the interval suggests). */
  maxPeriod?: number;
  /** Minimum seasonal strength of a period suggested by the interval; default 0.3. */
  threshold?: number;
  /** Minimum seasonal strength of any other period; default 0.5 (random walks reach 0.3-0.5). */
  searchThreshold?: number;
}

/**
 * The dominant seasonal period in steps, or 1 when none stands out. A candidate from the interval wins
 * when its seasonal strength passes the threshold. Otherwise the strongest period of 2..maxPeriod above
 * the search threshold, a longer one replacing a shorter one only when clearly (0.05) stronger.
 */
export function detectSeasonPeriod(history: readonly number[], opts: SeasonOpts = {}): number {
  const limit = Math.floor(history.length / 2) - 1;
  const maxPeriod = Math.min(opts.maxPeriod ?? Math.floor(history.length / 4), limit);
  const maxHinted = Math.min(opts.maxPeriod ?? Math.floor(history.length / 3), limit);
  const threshold = opts.threshold ?? 0.3;
  const searchThreshold = opts.searchThreshold ?? 0.5;
  const hinted = candidatePeriods(opts.intervalS).filter((p) => p >= 2 && p <= maxHinted);
  let best = 1;
  let bestStrength = threshold;
  for (const p of hinted) {
    const strength = seasonalStrength(history, p);
    if (strength > bestStrength) [best, bestStrength] = [p, strength];
  }
  if (best > 1) return best;
  for (let p = 2; p <= maxPeriod; p++) {
    const strength = seasonalStrength(history, p);
    if (strength > searchThreshold && strength > bestStrength + (best > 1 ? 0.05 : 0)) {
      [best, bestStrength] = [p, strength];
    }
  }
  return best;
}
