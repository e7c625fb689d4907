/**
 * The miner's side of a task, end to end: check the (untrusted) task, run the model within its budget,
 * make sure the prediction is well-formed (falling back to the last value if the model failed or returned
 * garbage), and wrap it into a commit to send now and a reveal to keep.
 */
import { TaonetError } from '@taonet/primitives';
import type { Forecaster, ForecastOpts } from '../models/forecaster.js';
import { naiveForecast } from '../models/naiveForecaster.js';
import { createForecastAnswer, type ForecastAnswer } from '../protocol/commitment.js';
import {
  type ForecastPrediction,
  type ForecastTask,
  forecastTaskSchema,
  MAX_QUANTILES,
  type QuantileForecast,
} from '../protocol/forecastPayloads.js';

export interface AnsweredTask extends ForecastAnswer {
  /** False when the model threw or returned something malformed and the naive forecast was sent. */
  modelOk: boolean;
  elapsedMs: number;
}

function isFiniteOfLength(values: unknown, length: number): values is number[] {
  return Array.isArray(values) && values.length === length && values.every((v) => Number.isFinite(v));
}

/** The prediction if it would score, else null. */
export function sanitizePrediction(prediction: unknown, horizon: number): ForecastPrediction | null {
  const p = prediction as Partial<ForecastPrediction> | null;
  if (p === null || typeof p !== 'object' || !isFiniteOfLength(p.point, horizon)) return null;
  const out: ForecastPrediction = { point: p.point };
  if (Array.isArray(p.quantiles)) {
    const levels = (p.quantiles as unknown[]).filter((item): item is QuantileForecast => {
      const q = item as Partial<QuantileForecast> | null;
      return (
        q !== null &&
        typeof q === 'object' &&
        typeof q.q === 'number' &&
        q.q > 0 &&
        q.q < 1 &&
        isFiniteOfLength(q.values, horizon)
      );
    });
    const unique = new Set(levels.map((q) => q.q));
    if (levels.length > 0 && levels.length <= MAX_QUANTILES && unique.size === levels.length) {
      out.quantiles = levels.map((q) => ({ q: q.q, values: q.values }));
    }
  }
  return out;
}

export async function answerForecastTask(
  model: Forecaster,
  task: unknown,
  hotkey: string,
  opts: ForecastOpts = {},
): Promise<AnsweredTask> {
  const parsed = forecastTaskSchema.safeParse(task);
  if (!parsed.success) {
    throw new TaonetError('BAD_TASK', 'malformed forecast task', {
      details: { issues: parsed.error.issues.length },
    });
  }
  const checked: ForecastTask = parsed.data;
  const started = performance.now();
  let prediction: ForecastPrediction | null = null;
  try {
    prediction = sanitizePrediction(await model.forecast(checked, opts), checked.horizon);
  } catch {
    prediction = null;
  }
  const modelOk = prediction !== null;
  const answer = createForecastAnswer(
    hotkey,
    checked,
    prediction ?? { point: naiveForecast(checked.history, checked.horizon) },
  );
  return { ...answer, modelOk, elapsedMs: performance.now() - started };
}
