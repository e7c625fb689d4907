/**
 * Seasonal naive with drift: each future step repeats the value one season earlier, plus the average
 * change per step over the whole history (first season's mean to last season's mean). Quantiles from a rolling-origin backtest.
 */
import { backtestSpread } from './backtestSpread.js';
import { type Forecaster, gaussianQuantiles } from './forecaster.js';
import { detectSeasonPeriod } from './seasonality.js';

export function seasonalNaiveDriftForecast(
  history: readonly number[],
  horizon: number,
  period: number,
): number[] {
  const n = history.length;
  const m = Math.max(1, Math.min(period, n - 1));
  // Drift: from the mean of the first season to the mean of the last one.
  let first = 0;
  let last = 0;
  for (let i = 0; i < m; i++) {
    first += history[i]!;
    last += history[n - m + i]!;
  }
  const drift = n > m ? (last - first) / m / (n - m) : 0;
  const out: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const back = m * Math.ceil(h / m);
    const base = history[n - 1 + h - back]!;
    out.push(base + drift * back);
  }
  return out;
}

export const seasonalNaiveForecaster: Forecaster = {
  name: 'seasonal-naive-drift',
  forecast: async ({ history, horizon, interval_s }) => {
    const period = detectSeasonPeriod(history, interval_s === undefined ? {} : { intervalS: interval_s });
    const model = (h: readonly number[], steps: number) => seasonalNaiveDriftForecast(h, steps, period);
    return gaussianQuantiles(model(history, horizon), backtestSpread(model, history, horizon));
  },
};
