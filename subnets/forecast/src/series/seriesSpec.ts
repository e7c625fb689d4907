/**
 * The recipe of a synthetic series: a level and a trend, several seasonalities, AR(1) noise, and regime
 * changes (level shifts, slope changes, variance bursts) at stated indices. `createSeriesSpec` draws one
 * from a seed; `generateSeries` turns a recipe into values.
 */
import type { Rng } from '../random/createRng.js';

export interface Seasonality {
  /** In steps (may be fractional, e.g. 30.44 days). */
  period: number;
  amplitude: number;
  /** Radians. */
  phase: number;
  /** Relative amplitude of the second harmonic (0 = a pure sine). */
  harmonic: number;
}

export type RegimeChange =
  /** From `at` on, the level moves by `shift`. */
  | { kind: 'level'; at: number; shift: number }
  /** From `at` on, the slope changes by `delta` per step. */
  | { kind: 'slope'; at: number; delta: number }
  /** From `at` for `duration` steps, the noise is `factor` times larger. */
  | { kind: 'variance'; at: number; duration: number; factor: number };

export interface SeriesSpec {
  length: number;
  /** Value at step 0 before seasonality and noise. */
  level: number;
  /** Per step. */
  slope: number;
  seasonalities: Seasonality[];
  /** AR(1) noise: e_t = phi * e_(t-1) + sd * z_t. */
  noise: { sd: number; phi: number };
  regimes: RegimeChange[];
  /** Seconds between steps (what a task announces as `interval_s`). */
  intervalS: number;
}

export interface SeriesSpecOpts {
  length: number;
  /** Regime changes are placed in [minRegimeAt * length, length); default 0.3. */
  minRegimeAt?: number;
  /** At most this many regime changes; default 3. */
  maxRegimes?: number;
}

/** Sampling cadences and the seasonal periods that go with them. */
export const CADENCES: readonly { intervalS: number; periods: readonly number[] }[] = [
  { intervalS: 3600, periods: [24, 168] },
  { intervalS: 86_400, periods: [7, 30.44] },
  { intervalS: 900, periods: [96, 24] },
];

function drawRegime(rng: Rng, scale: number, from: number, length: number): RegimeChange {
  const at = rng.int(from, length);
  const kind = rng.pick(['level', 'slope', 'variance'] as const);
  if (kind === 'level') return { kind, at, shift: rng.sign() * scale * rng.uniform(1, 3) };
  if (kind === 'slope') return { kind, at, delta: rng.sign() * scale * rng.uniform(0.005, 0.02) };
  return { kind, at, duration: rng.int(10, 50), factor: rng.uniform(2, 5) };
}

export function createSeriesSpec(rng: Rng, opts: SeriesSpecOpts): SeriesSpec {
  const scale = 10 ** rng.uniform(0, 3);
  const cadence = rng.pick(CADENCES);
  const count = rng.int(1, cadence.periods.length + 1);
  const seasonalities = cadence.periods.slice(0, count).map((period, i) => ({
    period,
    amplitude: scale * rng.uniform(0.3, 1.5) * (i === 0 ? 1 : 0.6),
    phase: rng.uniform(0, 2 * Math.PI),
    harmonic: rng.uniform(0, 0.5),
  }));
  const from = Math.floor(opts.length * (opts.minRegimeAt ?? 0.3));
  const regimes = Array.from({ length: rng.int(0, (opts.maxRegimes ?? 3) + 1) }, () =>
    drawRegime(rng, scale, from, opts.length),
  ).sort((a, b) => a.at - b.at);
  return {
    length: opts.length,
    // Levels from slightly negative to well above the amplitude: some series cross zero (MAPE's trap).
    level: scale * rng.uniform(-1, 8),
    slope: scale * rng.uniform(-0.01, 0.01),
    seasonalities,
    noise: { sd: scale * rng.uniform(0.05, 0.3), phi: rng.uniform(0, 0.7) },
    regimes,
    intervalS: cadence.intervalS,
  };
}
