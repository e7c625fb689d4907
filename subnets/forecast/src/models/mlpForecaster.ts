/**
 * A neural miner: a small MLP trained with TensorFlow.js on the wasm backend, on lagged windows of the
 * task's own history, predicting all horizon steps at once. (No 1-D convolution: tfjs-backend-wasm 4.22.0
 * has no Conv2DBackpropFilter kernel, so a conv layer cannot be trained on it.)
 *
 * Windows are made scale-free: each input window and its target are expressed relative to the window's
 * last value and divided by the history's typical one-step change. Initial weights and the sample order
 * come from the seed, so a forecast is deterministic unless the time budget cuts training short.
 * Quantiles: Gaussian around the point, spread = the in-sample error per step inflated by 25%.
 */
import type { LayersModel, Sequential } from '@tensorflow/tfjs';
import type { ForecastPrediction } from '../protocol/forecastPayloads.js';
import { createRng, shuffled } from '../random/createRng.js';
import { naiveScale } from '../scoring/forecastMetrics.js';
import { type Forecaster, type ForecastInput, type ForecastOpts, gaussianQuantiles } from './forecaster.js';
import { naiveForecast } from './naiveForecaster.js';
import { detectSeasonPeriod } from './seasonality.js';
import { initTfWasm, type TfModule } from './tfWasmBackend.js';

export interface MlpOpts {
  /** Input window length; default: the detected period + 8 (32 without a season), within the history. */
  lookback?: number;
  /** Hidden units; default 32. */
  hidden?: number;
  /** Default 60. */
  maxEpochs?: number;
  /** Default 64. */
  batchSize?: number;
  /** Adam's learning rate; default 0.005. */
  learningRate?: number;
  /** Training budget when the call gives none; default 1500 ms. */
  budgetMs?: number;
}

interface Windows {
  inputs: number[][];
  targets: number[][];
  lookback: number;
  scale: number;
}

export function chooseLookback(n: number, horizon: number, period: number, requested?: number): number {
  const wanted = requested ?? (period > 1 ? period + 8 : 32);
  return Math.max(2, Math.min(wanted, n - horizon - 16));
}

export function buildWindows(history: readonly number[], horizon: number, lookback: number): Windows {
  const scale = naiveScale(history);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let end = lookback; end + horizon <= history.length; end++) {
    const anchor = history[end - 1]!;
    inputs.push(history.slice(end - lookback, end).map((v) => (v - anchor) / scale));
    targets.push(history.slice(end, end + horizon).map((v) => (v - anchor) / scale));
  }
  return { inputs, targets, lookback, scale };
}

function buildModel(
  tf: TfModule,
  opts: MlpOpts,
  lookback: number,
  horizon: number,
  seed: number,
): Sequential {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed + k });
  const model = tf.sequential();
  const units = opts.hidden ?? 32;
  model.add(
    tf.layers.dense({ units, activation: 'relu', inputShape: [lookback], kernelInitializer: init(1) }),
  );
  model.add(tf.layers.dense({ units: horizon, kernelInitializer: init(2) }));
  model.compile({ optimizer: tf.train.adam(opts.learningRate ?? 0.005), loss: 'meanAbsoluteError' });
  return model;
}

async function train(
  tf: TfModule,
  model: LayersModel,
  w: Windows,
  order: readonly number[],
  opts: { maxEpochs: number; batchSize: number; budgetMs: number },
): Promise<number> {
  const xs = tf.tensor2d(order.map((i) => w.inputs[i]!));
  const ys = tf.tensor2d(order.map((i) => w.targets[i]!));
  const started = performance.now();
  let epochs = 0;
  try {
    await model.fit(xs, ys, {
      epochs: opts.maxEpochs,
      batchSize: opts.batchSize,
      shuffle: false,
      verbose: 0,
      callbacks: {
        onEpochEnd: async () => {
          epochs += 1;
          if (performance.now() - started > opts.budgetMs) model.stopTraining = true;
        },
      },
    });
  } finally {
    xs.dispose();
    ys.dispose();
  }
  return epochs;
}

/** Per-step spread of the in-sample errors (series units), inflated by 25%. */
function residualSpread(tf: TfModule, model: LayersModel, w: Windows, horizon: number): number[] {
  const predicted = tf.tidy(() => (model.predict(tf.tensor2d(w.inputs)) as Tf2d).arraySync());
  return Array.from({ length: horizon }, (_, h) => {
    let sum = 0;
    predicted.forEach((row, i) => {
      sum += (row[h]! - w.targets[i]![h]!) ** 2;
    });
    return 1.25 * w.scale * Math.sqrt(sum / Math.max(1, predicted.length));
  });
}

type Tf2d = { arraySync(): number[][] };

export interface MlpResult {
  prediction: ForecastPrediction;
  /** Epochs actually trained (0: history too short, naive fallback). */
  epochs: number;
  trainMs: number;
  predictMs: number;
}

export async function mlpForecast(
  input: ForecastInput,
  opts: MlpOpts & ForecastOpts = {},
): Promise<MlpResult> {
  const { history, horizon } = input;
  const period = detectSeasonPeriod(
    history,
    input.interval_s === undefined ? {} : { intervalS: input.interval_s },
  );
  const lookback = chooseLookback(history.length, horizon, period, opts.lookback);
  const w = buildWindows(history, horizon, lookback);
  if (w.inputs.length < 8) {
    return { prediction: { point: naiveForecast(history, horizon) }, epochs: 0, trainMs: 0, predictMs: 0 };
  }
  const tf = await initTfWasm();
  const rng = createRng(opts.seed ?? 'forecast');
  const model = buildModel(tf, opts, lookback, horizon, rng.int(1, 2 ** 30));
  try {
    const order = shuffled(
      w.inputs.map((_, i) => i),
      rng.fork('order'),
    );
    const budgetMs = opts.budgetMs ?? 1500;
    const started = performance.now();
    const epochs = await train(tf, model, w, order, {
      maxEpochs: opts.maxEpochs ?? 60,
      batchSize: opts.batchSize ?? 64,
      budgetMs,
    });
    const trained = performance.now();
    const anchor = history.at(-1)!;
    const last = history.slice(-lookback).map((v) => (v - anchor) / w.scale);
    const out = tf.tidy(() => (model.predict(tf.tensor2d([last])) as Tf2d).arraySync()[0]!);
    const point = out.map((v) => anchor + v * w.scale);
    const predictMs = performance.now() - trained;
    const prediction = gaussianQuantiles(point, residualSpread(tf, model, w, horizon));
    return { prediction, epochs, trainMs: trained - started, predictMs };
  } finally {
    model.dispose();
  }
}

export function createMlpForecaster(opts: MlpOpts = {}): Forecaster {
  return {
    name: 'tfjs-mlp',
    forecast: async (input, callOpts = {}) => (await mlpForecast(input, { ...opts, ...callOpts })).prediction,
  };
}
