/**
 * The validator's task factory: from a secret seed, a series (synthetic, or a window of a real one) cut
 * into a history that is sent to miners and a future (the truth) that the validator keeps until scoring.
 * The task id is a hash of the seed, so it tells miners nothing about the series.
 */
import { createHash, randomBytes } from 'node:crypto';
import { TaonetError } from '@taonet/primitives';
import type { ForecastTask } from '../protocol/forecastPayloads.js';
import { createRng, type Rng } from '../random/createRng.js';
import { generateSeries } from '../series/generateSeries.js';
import { getRealSeriesInfo, loadRealSeries, REAL_SERIES, type RealSeriesName } from '../series/realSeries.js';
import { createSeriesSpec, type SeriesSpec } from '../series/seriesSpec.js';

export type TaskSource = 'synthetic' | RealSeriesName;

export interface ForecastTaskOpts {
  /** Secret to the validator (see createTaskSeed); the same seed gives the same task. */
  seed: string;
  /** Default: 'synthetic' with probability 1 - realShare, else a real series picked by the seed. */
  source?: TaskSource;
  /** Share of real-series tasks when no source is given; default 0.25. */
  realShare?: number;
  /** Default 336. */
  historyLength?: number;
  /** Default 24. */
  horizon?: number;
}

export interface ForecastTaskBundle {
  task: ForecastTask;
  /** The future values, kept by the validator. */
  truth: number[];
  source: TaskSource;
  /** The recipe, for synthetic tasks. */
  spec?: SeriesSpec;
  /** Where the window starts in the real series (before rescaling). */
  offset?: number;
}

/** 32 random bytes as hex: a validator's secret task seed. */
export function createTaskSeed(): string {
  return randomBytes(32).toString('hex');
}

export function computeTaskId(seed: string): string {
  return createHash('sha256').update(`taonet-forecast-task:${seed}`, 'utf8').digest('hex').slice(0, 32);
}

function pickSource(rng: Rng, realShare: number): TaskSource {
  return rng.next() < realShare ? rng.pick(REAL_SERIES).name : 'synthetic';
}

/**
 * A window of a real series, rescaled and shifted by seeded factors and lightly noised (1% of its typical
 * step), so that a task is not an exact copy of the public data.
 */
function realWindow(name: RealSeriesName, rng: Rng, length: number): { values: number[]; offset: number } {
  const series = loadRealSeries(name);
  if (series.length < length) {
    throw new TaonetError(
      'SERIES_TOO_SHORT',
      `${name} has ${series.length} values, the task needs ${length}`,
    );
  }
  const offset = rng.int(0, series.length - length + 1);
  const window = series.slice(offset, offset + length);
  let step = 0;
  for (let t = 1; t < window.length; t++) step += Math.abs(window[t]! - window[t - 1]!);
  step /= Math.max(1, window.length - 1);
  const factor = rng.uniform(0.5, 2);
  const shift = rng.uniform(-1, 1) * factor * step * 50;
  const values = window.map((v) => v * factor + shift + rng.normal() * 0.01 * step * factor);
  return { values, offset };
}

export function createForecastTask(opts: ForecastTaskOpts): ForecastTaskBundle {
  const historyLength = opts.historyLength ?? 336;
  const horizon = opts.horizon ?? 24;
  if (!(Number.isInteger(historyLength) && historyLength >= 8 && Number.isInteger(horizon) && horizon >= 1)) {
    throw new TaonetError('BAD_OPTION', 'historyLength must be an integer >= 8 and horizon an integer >= 1', {
      details: { historyLength, horizon },
    });
  }
  const rng = createRng(opts.seed);
  const source = opts.source ?? pickSource(rng.fork('source'), opts.realShare ?? 0.25);
  const length = historyLength + horizon;
  const task_id = computeTaskId(opts.seed);
  if (source === 'synthetic') {
    const spec = createSeriesSpec(rng.fork('spec'), { length });
    const values = generateSeries(spec, rng.fork('noise'));
    const task = { task_id, history: values.slice(0, historyLength), horizon, interval_s: spec.intervalS };
    return { task, truth: values.slice(historyLength), source, spec };
  }
  const { values, offset } = realWindow(source, rng.fork('window'), length);
  const task = {
    task_id,
    history: values.slice(0, historyLength),
    horizon,
    interval_s: getRealSeriesInfo(source).intervalS,
  };
  return { task, truth: values.slice(historyLength), source, offset };
}
