/**
 * Additive Holt-Winters with a damped trend (level, trend, one seasonal component of the detected
 * period); the smoothing parameters are chosen on a small grid by one-step-ahead squared error.
 * Without a season it is Holt's damped linear method. Quantiles from a rolling-origin backtest.
 */
import { backtestSpread } from './backtestSpread.js';
import { type Forecaster, gaussianQuantiles } from './forecaster.js';
import { detectSeasonPeriod } from './seasonality.js';

export interface HoltWintersParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

export interface HoltWintersState {
  level: number;
  trend: number;
  /** season[i] applies to steps t with t % period === i; empty without a season. */
  season: number[];
  /** Index of the next step (the history's length). */
  next: number;
  sse: number;
}

function initialState(y: readonly number[], m: number): { state: HoltWintersState; start: number } {
  if (m > 1 && y.length >= 2 * m) {
    let first = 0;
    let second = 0;
    for (let i = 0; i < m; i++) {
      first += y[i]!;
      second += y[m + i]!;
    }
    first /= m;
    second /= m;
    const season = Array.from({ length: m }, (_, i) => y[i]! - first);
    const state = { level: first, trend: (second - first) / m, season, next: m, sse: 0 };
    return { state, start: m };
  }
  const state = { level: y[0]!, trend: y.length > 1 ? y[1]! - y[0]! : 0, season: [], next: 1, sse: 0 };
  return { state, start: 1 };
}

export function fitHoltWinters(y: readonly number[], m: number, p: HoltWintersParams): HoltWintersState {
  const { state, start } = initialState(y, m);
  const seasonal = state.season.length > 0;
  let { level, trend, sse } = state;
  for (let t = start; t < y.length; t++) {
    const s = seasonal ? state.season[t % m]! : 0;
    const error = y[t]! - (level + p.phi * trend + s);
    sse += error * error;
    const newLevel = p.alpha * (y[t]! - s) + (1 - p.alpha) * (level + p.phi * trend);
    trend = p.beta * (newLevel - level) + (1 - p.beta) * p.phi * trend;
    level = newLevel;
    if (seasonal) state.season[t % m] = p.gamma * (y[t]! - level) + (1 - p.gamma) * s;
  }
  return { level, trend, season: state.season, next: y.length, sse };
}

export function holtWintersPredict(state: HoltWintersState, p: HoltWintersParams, horizon: number): number[] {
  const out: number[] = [];
  let damp = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    power *= p.phi;
    damp += power;
    const m = state.season.length;
    const s = m > 0 ? state.season[(state.next + h - 1) % m]! : 0;
    out.push(state.level + damp * state.trend + s);
  }
  return out;
}

const GRID: HoltWintersParams[] = [];
for (const alpha of [0.05, 0.15, 0.3, 0.5, 0.8]) {
  for (const beta of [0.01, 0.05, 0.2]) {
    for (const gamma of [0.05, 0.2, 0.5]) {
      for (const phi of [0.9, 0.98]) GRID.push({ alpha, beta, gamma, phi });
    }
  }
}

/** Fits every grid point, keeps the one with the least one-step error, and forecasts. */
export function holtWintersForecast(history: readonly number[], horizon: number, period: number): number[] {
  let best: { state: HoltWintersState; params: HoltWintersParams } | null = null;
  for (const params of GRID) {
    const state = fitHoltWinters(history, period, params);
    if (best === null || state.sse < best.state.sse) best = { state, params };
  }
  return holtWintersPredict(best!.state, best!.params, horizon);
}

export const holtWintersForecaster: Forecaster = {
  name: 'holt-winters',
  forecast: async ({ history, horizon, interval_s }) => {
    const period = detectSeasonPeriod(history, interval_s === undefined ? {} : { intervalS: interval_s });
    const model = (h: readonly number[], steps: number) =>
      holtWintersForecast(h, steps, h.length >= 2 * period ? period : 1);
    return gaussianQuantiles(model(history, horizon), backtestSpread(model, history, horizon));
  },
};
