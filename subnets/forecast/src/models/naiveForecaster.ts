/** The baseline miner: every future step equals the last value seen. Point forecast only. */
import type { Forecaster } from './forecaster.js';

export function naiveForecast(history: readonly number[], horizon: number): number[] {
  const last = history.at(-1) ?? 0;
  return new Array<number>(horizon).fill(last);
}

export const naiveForecaster: Forecaster = {
  name: 'naive',
  forecast: async ({ history, horizon }) => ({ point: naiveForecast(history, horizon) }),
};
