/**
 * An autoregression fitted by (ridge) least squares on the seasonally differenced history
 * w_t = y_t - y_(t-m) (first differences without a season):
 *
 *   w_t = c + a_1 w_(t-1) + ... + a_p w_(t-p) + b w_(t-m) + e_t
 *
 * forecast recursively and integrated back; a SARIMA(p,0,0)(1,1,0)-like model without the MA parts.
 * Quantiles from a rolling-origin backtest.
 */
import { backtestSpread } from './backtestSpread.js';
import { type Forecaster, gaussianQuantiles } from './forecaster.js';
import { detectSeasonPeriod, differences } from './seasonality.js';
import { ridgeLeastSquares } from './solveLinear.js';

export interface ArOpts {
  /** Non-seasonal lags; default 3. */
  order?: number;
  /** Ridge strength relative to the mean feature energy; default 1e-3. */
  ridge?: number;
}

function lagsOf(order: number, m: number, available: number): number[] {
  const lags = Array.from({ length: order }, (_, i) => i + 1);
  if (m > order && m < available / 2) lags.push(m);
  return lags;
}

function fitAr(w: readonly number[], lags: readonly number[], ridge: number): number[] | null {
  const maxLag = Math.max(...lags);
  const x: number[][] = [];
  const y: number[] = [];
  for (let t = maxLag; t < w.length; t++) {
    x.push([1, ...lags.map((lag) => w[t - lag]!)]);
    y.push(w[t]!);
  }
  if (y.length < lags.length + 4) return null;
  let energy = 0;
  for (const row of x) for (let i = 1; i < row.length; i++) energy += row[i]! ** 2;
  const lambda = (ridge * energy) / Math.max(1, lags.length);
  return ridgeLeastSquares(x, y, lambda);
}

export function arForecast(
  history: readonly number[],
  horizon: number,
  period: number,
  opts: ArOpts = {},
): number[] {
  const m = period > 1 && history.length > 3 * period ? period : 1;
  const w = differences(history, m);
  const lags = lagsOf(opts.order ?? 3, m, w.length);
  const beta = fitAr(w, lags, opts.ridge ?? 1e-3);
  const extended = [...history];
  const wExt = [...w];
  for (let h = 0; h < horizon; h++) {
    let next = 0;
    if (beta !== null) {
      next = beta[0]!;
      lags.forEach((lag, i) => {
        next += beta[i + 1]! * (wExt[wExt.length - lag] ?? 0);
      });
    }
    wExt.push(next);
    extended.push(next + extended[extended.length - m]!);
  }
  return extended.slice(history.length);
}

export function createArForecaster(opts: ArOpts = {}): Forecaster {
  return {
    name: 'ar-least-squares',
    forecast: async ({ history, horizon, interval_s }) => {
      const period = detectSeasonPeriod(history, interval_s === undefined ? {} : { intervalS: interval_s });
      const model = (h: readonly number[], steps: number) => arForecast(h, steps, period, opts);
      return gaussianQuantiles(model(history, horizon), backtestSpread(model, history, horizon));
    },
  };
}

export const arForecaster: Forecaster = createArForecaster();
