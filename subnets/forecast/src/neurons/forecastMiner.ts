/**
 * The forecasting miner: a `Miner` serving the two synapses with one of the subnet's models.
 *
 *   task    -> answerForecastTask(model, task, ownHotkey)  -> reply {commitment}; keep the reveal
 *   reveal  -> the kept reveal for (asking validator, task_id), or nothing
 *
 * A reveal is handed out only to the validator that sent the task (the verified dendrite hotkey), and a
 * task is trained on once per validator (a repeated task id answers the same commitment). With `stateDir`
 * the reveal book is read on start and written on stop (`<stateDir>/reveals.json`), so a restart between
 * commit and reveal does not cost the score.
 */
import { join } from 'node:path';
import {
  type ForwardContext,
  Miner,
  type NeuronLogger,
  type RunMinerOpts,
  resolveHotkey,
  resolveMinerChain,
  silentLogger,
  toMinerOpts,
} from '@taonet/subnet';
import { answerForecastTask } from '../miner/answerForecastTask.js';
import { RevealBook } from '../miner/revealBook.js';
import { arForecaster } from '../models/arForecaster.js';
import type { Forecaster } from '../models/forecaster.js';
import { holtWintersForecaster } from '../models/holtWintersForecaster.js';
import { createMlpForecaster, type MlpOpts } from '../models/mlpForecaster.js';
import { naiveForecaster } from '../models/naiveForecaster.js';
import { seasonalNaiveForecaster } from '../models/seasonalNaiveForecaster.js';
import { initTfWasm } from '../models/tfWasmBackend.js';
import { readJsonFile, writeJsonFile } from '../persist/jsonFile.js';
import { computeCommitment } from '../protocol/commitment.js';
import {
  ForecastRevealSynapse,
  type ForecastRevealSynapseType,
  ForecastTaskSynapse,
  type ForecastTaskSynapseType,
} from './forecastSynapses.js';

export const FORECAST_MODEL_NAMES = ['mlp', 'holtwinters', 'ar', 'seasonal', 'naive'] as const;
export type ForecastModelName = (typeof FORECAST_MODEL_NAMES)[number];

export function isForecastModelName(name: string): name is ForecastModelName {
  return (FORECAST_MODEL_NAMES as readonly string[]).includes(name);
}

/** The forecaster behind a model name. */
export function createForecaster(name: ForecastModelName, mlp: MlpOpts = {}): Forecaster {
  switch (name) {
    case 'mlp':
      return createMlpForecaster(mlp);
    case 'holtwinters':
      return holtWintersForecaster;
    case 'ar':
      return arForecaster;
    case 'seasonal':
      return seasonalNaiveForecaster;
    case 'naive':
      return naiveForecaster;
  }
}

export interface ForecastMinerHandlerOpts {
  model: Forecaster;
  /** The miner's own hotkey (inside every commitment). */
  hotkey: string;
  revealBook: RevealBook;
  /** Training budget per task (ms, default 1500). */
  budgetMs?: number;
  logger?: NeuronLogger;
}

export interface ForecastMinerHandlers {
  task(synapse: ForecastTaskSynapseType, ctx: ForwardContext): Promise<ForecastTaskSynapseType>;
  reveal(synapse: ForecastRevealSynapseType, ctx: ForwardContext): ForecastRevealSynapseType;
}

/** The two forwards, on their own (tests and custom miners attach them, or replace one). */
export function createForecastMinerHandlers(opts: ForecastMinerHandlerOpts): ForecastMinerHandlers {
  const log = opts.logger ?? silentLogger;
  const { revealBook } = opts;
  return {
    async task(synapse, ctx) {
      const validator = ctx.request.dendrite.hotkey ?? '';
      const known = revealBook.get(validator, synapse.task_id);
      if (known !== undefined) return { ...synapse, commitment: computeCommitment(opts.hotkey, known) };
      const input = {
        task_id: synapse.task_id,
        history: synapse.history,
        horizon: synapse.horizon,
        interval_s: synapse.interval_s,
      };
      const answered = await answerForecastTask(opts.model, input, opts.hotkey, {
        seed: synapse.task_id,
        budgetMs: opts.budgetMs ?? 1_500,
      });
      revealBook.put(validator, answered.reveal);
      log('debug', 'forecast_miner.committed', {
        taskId: synapse.task_id,
        validator,
        modelOk: answered.modelOk,
        ms: Math.round(answered.elapsedMs),
      });
      return { ...synapse, commitment: answered.commit.commitment };
    },
    reveal(synapse, ctx) {
      const validator = ctx.request.dendrite.hotkey ?? '';
      const reveal = revealBook.get(validator, synapse.task_id);
      if (reveal === undefined) return synapse;
      log('debug', 'forecast_miner.revealed', { taskId: synapse.task_id, validator });
      return { ...synapse, point: reveal.point, quantiles: reveal.quantiles ?? null, salt: reveal.salt };
    },
  };
}

export interface RunForecastMinerOpts extends RunMinerOpts {
  /** Which model answers the tasks (default 'holtwinters'). */
  model?: ForecastModelName | Forecaster;
  /** Training budget per task (ms, default 1500). */
  budgetMs?: number;
  /** Reveals kept at most (default 4096). */
  maxReveals?: number;
  /** Axon nonces (`<stateDir>/axon`) and the reveal book survive restarts there. */
  stateDir?: string;
}

export interface ForecastMiner {
  readonly miner: Miner;
  readonly model: Forecaster;
  readonly revealBook: RevealBook;
  stop(): Promise<void>;
}

/**
 * Creates and starts a forecasting miner; resolves once its axon listens. With the 'mlp' model the tfjs
 * wasm backend is loaded first: it installs process-wide crash handlers, so register your own
 * `uncaughtException` / `unhandledRejection` listeners before calling this.
 */
export async function runForecastMiner(opts: RunForecastMinerOpts): Promise<ForecastMiner> {
  const hotkey = await resolveHotkey(opts);
  const chain = resolveMinerChain(opts);
  const name = opts.model ?? 'holtwinters';
  const model = typeof name === 'string' ? createForecaster(name) : name;
  if (name === 'mlp') await initTfWasm();
  const revealsPath = opts.stateDir === undefined ? null : join(opts.stateDir, 'reveals.json');
  const revealBook = RevealBook.fromJSON(
    revealsPath === null ? [] : readJsonFile(revealsPath),
    opts.maxReveals ?? 4_096,
  );
  const logger = opts.logger ?? silentLogger;
  const handlers = createForecastMinerHandlers({
    model,
    hotkey: hotkey.address,
    revealBook,
    ...(opts.budgetMs === undefined ? {} : { budgetMs: opts.budgetMs }),
    logger,
  });
  const axonStateDir = opts.stateDir === undefined ? undefined : join(opts.stateDir, 'axon');
  const miner = new Miner(toMinerOpts(opts, hotkey, axonStateDir), { chain, logger })
    .attach(ForecastTaskSynapse, { forward: handlers.task })
    .attach(ForecastRevealSynapse, { forward: handlers.reveal });
  const stop = async (): Promise<void> => {
    await miner.stop();
    if (revealsPath !== null) writeJsonFile(revealsPath, revealBook.toJSON());
  };
  await miner.start();
  if (opts.signal?.aborted) await stop();
  else opts.signal?.addEventListener('abort', () => void stop(), { once: true });
  logger('info', 'forecast_miner.started', { model: model.name, port: miner.axon.port });
  return { miner, model, revealBook, stop };
}
