/**
 * Error measures of a forecast against the truth. Inputs are assumed valid (finite, right lengths): see
 * scoreForecast.ts, which checks them first.
 *
 * - MASE  = MAE / mean |y_t - y_(t-1)| over the history (the in-sample naive error).
 * - sMAPE = mean 2|y - f| / (|y| + |f|), in [0, 2] (0/0 counts as 0).
 * - MAPE (guarded) = mean |y - f| / max(|y|, g), g = 10% of the history's mean absolute value, so values
 *   near zero cannot blow it up.
 * - CRPS, approximated by the quantile (pinball) loss: 2 * mean over levels of rho_q(y - f_q); a point
 *   forecast is a distribution with all its mass at f, whose CRPS is |y - f|.
 */
import type { QuantileForecast } from '../protocol/forecastPayloads.js';

export interface ForecastMetrics {
  mae: number;
  mase: number;
  smape: number;
  /** Guarded MAPE (see above). */
  mape: number;
  /** Mean CRPS over the horizon, in the series' units. */
  crps: number;
  /** CRPS divided by the MASE scale. */
  scaledCrps: number;
}

/** Mean absolute one-step change of the history, floored so that a flat history does not divide by 0. */
export function naiveScale(history: readonly number[]): number {
  let sum = 0;
  let sumAbs = 0;
  for (let t = 0; t < history.length; t++) {
    sumAbs += Math.abs(history[t]!);
    if (t > 0) sum += Math.abs(history[t]! - history[t - 1]!);
  }
  const scale = history.length > 1 ? sum / (history.length - 1) : 0;
  const floor = 1e-6 * Math.max(1, sumAbs / Math.max(1, history.length));
  return Math.max(scale, floor);
}

export function meanAbs(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += Math.abs(v);
  return values.length === 0 ? 0 : sum / values.length;
}

export function pinballLoss(q: number, truth: number, forecast: number): number {
  const u = truth - forecast;
  return u >= 0 ? q * u : (q - 1) * u;
}

/** CRPS at each step from quantile forecasts (levels may come in any order). */
export function quantileCrps(truth: readonly number[], quantiles: readonly QuantileForecast[]): number[] {
  return truth.map((y, t) => {
    let sum = 0;
    for (const level of quantiles) sum += pinballLoss(level.q, y, level.values[t]!);
    return (2 * sum) / quantiles.length;
  });
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}

export function computeForecastMetrics(
  history: readonly number[],
  truth: readonly number[],
  point: readonly number[],
  quantiles?: readonly QuantileForecast[],
): ForecastMetrics {
  const scale = naiveScale(history);
  const guard = Math.max(0.1 * meanAbs(history), Number.MIN_VALUE);
  const abs = truth.map((y, t) => Math.abs(y - point[t]!));
  const mae = mean(abs);
  const smape = mean(
    truth.map((y, t) => {
      const denominator = Math.abs(y) + Math.abs(point[t]!);
      return denominator === 0 ? 0 : (2 * abs[t]!) / denominator;
    }),
  );
  const mape = mean(truth.map((y, t) => abs[t]! / Math.max(Math.abs(y), guard)));
  const crps = quantiles !== undefined && quantiles.length > 0 ? mean(quantileCrps(truth, quantiles)) : mae;
  return { mae, mase: mae / scale, smape, mape, crps, scaledCrps: crps / scale };
}
