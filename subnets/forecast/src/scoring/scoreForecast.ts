/**
 * One number in [0, 1] for one revealed forecast, once the truth is known:
 *
 *   score = 0.35 / (1 + MASE) + 0.35 / (1 + CRPS / scale) + 0.15 / (1 + MAPE_guarded) + 0.15 * (1 - sMAPE / 2)
 *
 * (see forecastMetrics.ts; scale = the history's mean absolute one-step change). A perfect forecast scores
 * 1; a forecast as bad as the in-sample naive error scores about 0.5 on the scaled terms. Anything
 * malformed (not an object, wrong length, non-finite value, bad or duplicate quantile level) scores 0, and
 * nothing here throws.
 */
import { MAX_QUANTILES, type QuantileForecast } from '../protocol/forecastPayloads.js';
import { computeForecastMetrics, type ForecastMetrics } from './forecastMetrics.js';

export const SCORE_WEIGHTS = { mase: 0.35, crps: 0.35, mape: 0.15, smape: 0.15 } as const;

export type ForecastScore =
  | { ok: true; score: number; metrics: ForecastMetrics }
  | { ok: false; score: 0; reason: string };

function isFiniteArray(value: unknown, length: number): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === length &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

/** The quantiles of an untrusted prediction, or a reason to reject them. */
function checkQuantiles(value: unknown, horizon: number): QuantileForecast[] | string {
  if (!Array.isArray(value)) return 'quantiles is not an array';
  if (value.length > MAX_QUANTILES) return 'too many quantile levels';
  const seen = new Set<number>();
  const out: QuantileForecast[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return 'quantile entry is not an object';
    const { q, values } = item as { q?: unknown; values?: unknown };
    if (typeof q !== 'number' || !(q > 0 && q < 1)) return 'quantile level outside (0, 1)';
    if (seen.has(q)) return 'duplicate quantile level';
    if (!isFiniteArray(values, horizon)) return 'quantile values of wrong length or not finite';
    seen.add(q);
    out.push({ q, values });
  }
  return out;
}

function combine(m: ForecastMetrics): number {
  const w = SCORE_WEIGHTS;
  const score =
    w.mase / (1 + m.mase) +
    w.crps / (1 + m.scaledCrps) +
    w.mape / (1 + m.mape) +
    w.smape * (1 - Math.min(2, m.smape) / 2);
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

/** Scores `prediction` (untrusted: a revealed `{point, quantiles?}`) against `truth`. */
export function scoreForecast(
  history: readonly number[],
  truth: readonly number[],
  prediction: unknown,
): ForecastScore {
  try {
    if (typeof prediction !== 'object' || prediction === null)
      return { ok: false, score: 0, reason: 'not an object' };
    const { point, quantiles } = prediction as { point?: unknown; quantiles?: unknown };
    if (!isFiniteArray(point, truth.length)) {
      return { ok: false, score: 0, reason: 'point of wrong length or not finite' };
    }
    let levels: QuantileForecast[] | undefined;
    if (quantiles !== undefined && quantiles !== null) {
      const checked = checkQuantiles(quantiles, truth.length);
      if (typeof checked === 'string') return { ok: false, score: 0, reason: checked };
      levels = checked;
    }
    const metrics = computeForecastMetrics(history, truth, point, levels);
    return { ok: true, score: combine(metrics), metrics };
  } catch (error) {
    return { ok: false, score: 0, reason: `scoring failed: ${String(error)}` };
  }
}
