/**
 * What a miner's model is: something that, given a task's history and horizon, trains on the history and
 * returns a prediction. Models are stateless between tasks (they train on each task's own history).
 */
import type { ForecastPrediction } from '../protocol/forecastPayloads.js';

export interface ForecastInput {
  history: readonly number[];
  horizon: number;
  /** Seconds per step, a hint for the seasonal periods to look for. */
  interval_s?: number;
}

export interface ForecastOpts {
  /** Seeds initial weights and shuffling (models that use randomness); default 'forecast'. */
  seed?: string;
  /** Training time budget in milliseconds; models stop early to meet it. */
  budgetMs?: number;
}

export interface Forecaster {
  readonly name: string;
  forecast(input: ForecastInput, opts?: ForecastOpts): Promise<ForecastPrediction>;
}

/** Default predictive quantile levels. */
export const QUANTILE_LEVELS: readonly number[] = [0.1, 0.25, 0.5, 0.75, 0.9];

/** The standard normal quantile function (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497,
    2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const tail = (q: number): number =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** Gaussian quantiles around a point forecast, with a spread per step. */
export function gaussianQuantiles(
  point: readonly number[],
  sigma: readonly number[],
  levels: readonly number[] = QUANTILE_LEVELS,
): ForecastPrediction {
  return {
    point: [...point],
    quantiles: levels.map((q) => {
      const z = normalQuantile(q);
      return { q, values: point.map((p, h) => p + z * (sigma[h] ?? 0)) };
    }),
  };
}
