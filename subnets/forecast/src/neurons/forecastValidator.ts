/**
 * The forecasting validator: the framework's `Validator` (sampling, dendrite queries, EMA of rewards,
 * resync, weights and commit-reveal of weights, state file) with `ForecastRounds` as its task.
 *
 * The framework's step is one question and one answer per miner; the forecasting protocol needs two
 * (commit now, reveal once the truth is known). It fits through the task hooks alone, without changing
 * the framework: `createSynapse` sends the commit phase of a new task, and `score` also runs the reveal
 * phase of the older tasks whose window has closed (over the same dendrite), then hands the settled scores
 * to the framework as the step's rewards (see forecastRounds.ts). The open tasks and the settled scores not
 * yet folded in are saved next to the framework's state (`<stateDir>/forecast-state.json`) after every
 * step; the task truths are in there, so keep the directory private.
 */
import { join } from 'node:path';
import type { Keypair } from '@taonet/crypto';
import {
  type ChainPort,
  createDendrite,
  type Dendrite,
  type NeuronLogger,
  resolveHotkey,
  silentLogger,
  Validator,
  type ValidatorOpts,
  type ValidatorTask,
} from '@taonet/subnet';
import { readJsonFile, writeJsonFile } from '../persist/jsonFile.js';
import type { ForecastCommit } from '../protocol/forecastPayloads.js';
import type { SettledTask } from '../tasks/pendingTaskBook.js';
import { ForecastRounds, type ForecastRoundsOpts } from './forecastRounds.js';
import { FORECAST_SPEC_VERSION, type ForecastTaskSynapse } from './forecastSynapses.js';

type TaskFields = typeof ForecastTaskSynapse.fields;
export type ForecastFrameworkValidator = Validator<TaskFields, ForecastCommit | null, string>;

export type ForecastValidatorOpts = Omit<
  ValidatorOpts<TaskFields, ForecastCommit | null, string>,
  'task' | 'versionKey'
> & {
  /** Default: FORECAST_SPEC_VERSION. */
  versionKey?: bigint | number;
  /** Task timing and shape. */
  rounds?: ForecastRoundsOpts;
};

export interface ForecastValidatorModules {
  chain: ChainPort;
  /** Created from the hotkey unless given (then the caller closes it). */
  dendrite?: Dendrite;
  logger?: NeuronLogger;
  /** Miner sampling randomness in [0, 1). */
  random?: () => number;
  /** Secret task seeds (default: 32 random bytes each). */
  createSeed?: () => string;
  onSettled?: (settled: SettledTask) => void;
}

export class ForecastValidator {
  readonly validator: ForecastFrameworkValidator;
  readonly rounds: ForecastRounds;
  private readonly dendrite: Dendrite;
  private readonly ownsDendrite: boolean;
  private readonly statePath: string | null;
  private readonly log: NeuronLogger;

  constructor(opts: ForecastValidatorOpts, modules: ForecastValidatorModules) {
    const { rounds: roundsOpts, ...rest } = opts;
    this.log = modules.logger ?? silentLogger;
    this.ownsDendrite = modules.dendrite === undefined;
    this.dendrite = modules.dendrite ?? createDendrite({ keypair: opts.hotkey });
    this.statePath = opts.stateDir === undefined ? null : join(opts.stateDir, 'forecast-state.json');
    const { chain } = modules;
    this.rounds = new ForecastRounds(roundsOpts ?? {}, {
      dendrite: this.dendrite,
      getBlock: () => chain.getBlockNumber(),
      currentScore: (uid) => this.validator.scores[uid] ?? 0,
      logger: this.log,
      ...(modules.createSeed === undefined ? {} : { createSeed: modules.createSeed }),
      ...(modules.onSettled === undefined ? {} : { onSettled: modules.onSettled }),
    });
    const task: ValidatorTask<TaskFields, ForecastCommit | null, string> = {
      createSynapse: (ctx) => this.rounds.createSynapse(ctx),
      score: async (responses, ctx) => {
        const rewards = await this.rounds.score(responses, ctx);
        this.saveRounds();
        return rewards;
      },
    };
    this.validator = new Validator(
      // One step at a time: the neutral reward reads the moving scores the step will update.
      {
        versionKey: FORECAST_SPEC_VERSION,
        ...rest,
        concurrentForwards: Math.min(rest.concurrentForwards ?? 1, 1),
        task,
      },
      {
        chain,
        dendrite: this.dendrite,
        logger: this.log,
        ...(modules.random === undefined ? {} : { random: modules.random }),
      },
    );
  }

  /** Restores the open tasks, then starts the framework's validator (block following, step loop). */
  async start(signal?: AbortSignal): Promise<void> {
    if (this.statePath !== null) {
      const saved = readJsonFile(this.statePath);
      if (saved !== undefined) this.rounds.restore(saved);
    }
    await this.validator.start(signal);
    signal?.addEventListener('abort', () => void this.stop(), { once: true });
  }

  /** One step by hand (with `concurrentForwards: 0`): a new task, its commits, due reveals, rewards. */
  runStep(): ReturnType<ForecastFrameworkValidator['runStep']> {
    return this.validator.runStep();
  }

  async stop(): Promise<void> {
    await this.validator.stop();
    this.saveRounds();
    if (this.ownsDendrite) this.dendrite.close();
  }

  private saveRounds(): void {
    if (this.statePath === null) return;
    try {
      writeJsonFile(this.statePath, this.rounds.toJSON());
    } catch (error) {
      this.log('error', 'forecast_validator.save_failed', { path: this.statePath, error });
    }
  }
}

export interface RunForecastValidatorOpts extends Omit<ForecastValidatorOpts, 'hotkey'> {
  hotkey?: Keypair;
  /** A secret URI (`//Alice`, a mnemonic) when no keypair is given. */
  hotkeyUri?: string;
  /** The chain: `createLocalChainPort()` for tests and `--no-chain`, the SDK's port against a node. */
  chain: ChainPort;
  logger?: NeuronLogger;
  createSeed?: () => string;
  onSettled?: (settled: SettledTask) => void;
  signal?: AbortSignal;
}

/** Creates and starts a forecasting validator. */
export async function runForecastValidator(opts: RunForecastValidatorOpts): Promise<ForecastValidator> {
  const { chain, logger, signal, hotkeyUri, hotkey: given, createSeed, onSettled, ...rest } = opts;
  const hotkey = await resolveHotkey({ hotkey: given, hotkeyUri });
  const modules: ForecastValidatorModules = { chain };
  if (logger !== undefined) modules.logger = logger;
  if (createSeed !== undefined) modules.createSeed = createSeed;
  if (onSettled !== undefined) modules.onSettled = onSettled;
  const validator = new ForecastValidator({ ...rest, hotkey }, modules);
  await validator.start(signal);
  return validator;
}
