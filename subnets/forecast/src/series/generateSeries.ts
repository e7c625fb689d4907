/** Values of a synthetic series from its recipe (see seriesSpec.ts); the noise comes from `rng`. */
import type { Rng } from '../random/createRng.js';
import type { RegimeChange, Seasonality, SeriesSpec } from './seriesSpec.js';

export function seasonalValue(s: Seasonality, t: number): number {
  const angle = (2 * Math.PI * t) / s.period + s.phase;
  return s.amplitude * (Math.sin(angle) + s.harmonic * Math.sin(2 * angle + s.phase));
}

/** Level and slope offsets accumulated by regime changes up to step t. */
function regimeOffset(regimes: readonly RegimeChange[], t: number): number {
  let offset = 0;
  for (const r of regimes) {
    if (t < r.at) continue;
    if (r.kind === 'level') offset += r.shift;
    else if (r.kind === 'slope') offset += r.delta * (t - r.at);
  }
  return offset;
}

/** The noise multiplier at step t (variance bursts). */
export function noiseFactor(regimes: readonly RegimeChange[], t: number): number {
  let factor = 1;
  for (const r of regimes) {
    if (r.kind === 'variance' && t >= r.at && t < r.at + r.duration) factor *= r.factor;
  }
  return factor;
}

/** The deterministic part (no noise) at step t. */
export function signalValue(spec: SeriesSpec, t: number): number {
  let value = spec.level + spec.slope * t + regimeOffset(spec.regimes, t);
  for (const s of spec.seasonalities) value += seasonalValue(s, t);
  return value;
}

export function generateSeries(spec: SeriesSpec, rng: Rng): number[] {
  const values = new Array<number>(spec.length);
  let noise = 0;
  for (let t = 0; t < spec.length; t++) {
    noise = spec.noise.phi * noise + spec.noise.sd * rng.normal();
    values[t] = signalValue(spec, t) + noise * noiseFactor(spec.regimes, t);
  }
  return values;
}
