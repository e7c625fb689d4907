/**
 * A validator: queries miners, scores their answers, keeps a moving average of the scores and turns it
 * into weights on chain.
 *
 *   const validator = new Validator({ netuid: 1, hotkey, versionKey: 1n, stateDir, task: {
 *     createSynapse: ({ step }) => Dummy.create({ dummy_input: step }),
 *     score: (responses, { step }) => responses.map((r) => (r.value === step * 2 ? 1 : 0)),
 *   } }, { chain });
 *   await validator.start();
 *
 * Each step samples up to `sampleSize` serving miners without replacement, sends every one its own signed
 * copy of the task's synapse (concurrently, `timeout` seconds), scores the answers with the task and folds
 * the rewards into the scores: `score = alpha * reward + (1 - alpha) * score` for the uids queried. Steps
 * run back to back with `stepIntervalMs` between them (an abortable timer: nothing blocks the event loop).
 * At each new block the metagraph is re-read every `resyncEveryBlocks` blocks (a uid whose hotkey or
 * registration block changed starts again from 0; a miner no longer serving drops to 0), then weights are
 * set, or committed and revealed, as weightsSetter.ts describes. The state (step, scores and whose they
 * are, pending commits) is written atomically to `<stateDir>/validator-state.json` after weights and
 * every 10 steps, and read back on start. `stop()` (or aborting the `start` signal) ends the loop, waits
 * for the running step and saves.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Keypair } from '@taonet/crypto';
import { type NetUid, netUid, TaonetError } from '@taonet/primitives';
import { createDendrite, type Dendrite } from '../dendrite/dendrite.js';
import { getSynapseDefinition, type Synapse, type SynapseFields } from '../synapse/defineSynapse.js';
import type { ChainPort, MetagraphSnapshot, NeuronHyperparameters } from './chainPort.js';
import { getAxonTarget, getUidOfHotkey, isServingAxon } from './metagraphIndex.js';
import { type NeuronLogger, silentLogger } from './neuronLogger.js';
import { resizeScores, updateScoresEma } from './scoreEma.js';
import { selectMinerUids } from './selectMinerUids.js';
import { loadValidatorState, saveValidatorState, type ValidatorState } from './validatorState.js';
import { WeightsSetter } from './weightsSetter.js';

export interface StepContext {
  step: number;
  /** The latest block seen. */
  block: number;
  /** The uids queried, in the order of the responses. */
  uids: readonly number[];
  metagraph: MetagraphSnapshot;
  signal: AbortSignal;
}

export interface MinerResponse<F extends SynapseFields, D, C> {
  uid: number;
  hotkey: string;
  /** The synapse as it came back (`dendrite.statusCode`, `dendrite.processTime`, the outputs). */
  synapse: Synapse<F, D, C>;
  /** Whether the call succeeded (status 200). */
  ok: boolean;
  /** The definition's `deserialize` of the answer when ok, else null. */
  value: D | null;
}

/** What the subnet decides: the question of a step and how answers are rewarded. */
export interface ValidatorTask<F extends SynapseFields, D, C> {
  createSynapse(ctx: StepContext): Synapse<F, D, C> | Promise<Synapse<F, D, C>>;
  /** One reward (>= 0, higher is better) per response, in order. */
  score(
    responses: readonly MinerResponse<F, D, C>[],
    ctx: StepContext,
  ): readonly number[] | Promise<readonly number[]>;
}

export interface ValidatorOpts<F extends SynapseFields, D, C> {
  netuid: number;
  /** Signs the queries and the weights. */
  hotkey: Keypair;
  task: ValidatorTask<F, D, C>;
  /** The subnet code's version, sent with the weights (the template's `spec_version`). */
  versionKey: bigint | number;
  mechid?: number;
  /** Where the state is kept (none: nothing is saved). */
  stateDir?: string;
  /** Miners per step (default 50). */
  sampleSize?: number;
  /** EMA factor of new rewards (default 0.1). */
  movingAverageAlpha?: number;
  /** Seconds per query (default 12). */
  timeout?: number;
  /** Pause between steps (default 5000 ms). */
  stepIntervalMs?: number;
  /** Step loops running side by side (default 1; 0 runs none: call `runStep()` yourself). */
  concurrentForwards?: number;
  /** Metagraph re-read period in blocks (default 50). */
  resyncEveryBlocks?: number;
  /** Blocks between weight submissions (default: the tempo). */
  weightsIntervalBlocks?: number;
  /** Permit holders with more stake than this (alpha rao) are not queried (default 4096e9). */
  vpermitTaoLimit?: bigint;
  /** Submit weights (default true). */
  setWeights?: boolean;
}

export interface ValidatorModules {
  chain: ChainPort;
  /** Created from the hotkey unless given (then it is closed on stop). */
  dendrite?: Dendrite;
  logger?: NeuronLogger;
  /** Sampling randomness, uniform in [0, 1). */
  random?: () => number;
  /** Commit salts. */
  createSalt?: () => number[];
}

export interface StepReport {
  step: number;
  uids: number[];
  rewards: number[];
}

interface ScoreOwners {
  hotkeys: readonly string[];
  blockAtRegistration: readonly number[];
}

export class Validator<F extends SynapseFields, D, C> {
  readonly netuid: NetUid;
  readonly hotkey: Keypair;
  readonly weights: WeightsSetter;
  private readonly opts: ValidatorOpts<F, D, C>;
  private readonly chain: ChainPort;
  private readonly dendrite: Dendrite;
  private readonly ownsDendrite: boolean;
  private readonly log: NeuronLogger;
  private readonly random: () => number;
  private scoreValues: Float64Array = new Float64Array(0);
  private owners: ScoreOwners = { hotkeys: [], blockAtRegistration: [] };
  private snapshot: MetagraphSnapshot | null = null;
  private hparams: NeuronHyperparameters | null = null;
  private stepCount = 0;
  private head = 0;
  private processedBlock = 0;
  private lastSyncBlock = 0;
  private blockTask: Promise<void> = Promise.resolve();
  private loops: Promise<void>[] = [];
  private controller = new AbortController();
  private unsubscribe: (() => void) | null = null;
  private running = false;

  constructor(opts: ValidatorOpts<F, D, C>, modules: ValidatorModules) {
    this.opts = opts;
    this.netuid = netUid(opts.netuid);
    this.hotkey = opts.hotkey;
    this.chain = modules.chain;
    this.log = modules.logger ?? silentLogger;
    this.random = modules.random ?? Math.random;
    this.ownsDendrite = modules.dendrite === undefined;
    this.dendrite = modules.dendrite ?? createDendrite({ keypair: opts.hotkey });
    const setterModules = { chain: this.chain, logger: this.log };
    this.weights = new WeightsSetter(
      {
        netuid: this.netuid,
        mechid: opts.mechid ?? 0,
        hotkey: opts.hotkey,
        versionKey: BigInt(opts.versionKey),
        ...(opts.weightsIntervalBlocks === undefined
          ? {}
          : { weightsIntervalBlocks: opts.weightsIntervalBlocks }),
      },
      modules.createSalt === undefined ? setterModules : { ...setterModules, createSalt: modules.createSalt },
    );
  }

  get metagraph(): MetagraphSnapshot | null {
    return this.snapshot;
  }

  get uid(): number | null {
    return this.snapshot === null ? null : getUidOfHotkey(this.snapshot, this.hotkey.address);
  }

  get step(): number {
    return this.stepCount;
  }

  /** The moving scores, by uid (a copy). */
  get scores(): number[] {
    return Array.from(this.scoreValues);
  }

  /** Restores the state, syncs (throws NOT_REGISTERED when the hotkey is not on the subnet), then follows
   * new blocks and runs the step loops. */
  async start(signal?: AbortSignal): Promise<void> {
    if (this.running) return;
    await this.restore();
    await this.resync();
    if (this.uid === null) {
      throw new TaonetError(
        'NOT_REGISTERED',
        `hotkey ${this.hotkey.address} is not registered on subnet ${this.netuid}: register it first`,
        { details: { hotkey: this.hotkey.address, netuid: this.netuid } },
      );
    }
    this.running = true;
    this.controller = new AbortController();
    this.unsubscribe = this.chain.subscribeBlocks((block) => this.onBlock(block));
    this.log('info', 'validator.started', { netuid: this.netuid, uid: this.uid, step: this.stepCount });
    const loops = this.opts.concurrentForwards ?? 1;
    this.loops = Array.from({ length: loops }, () => this.stepLoop(this.controller.signal));
    if (signal?.aborted) await this.stop();
    else signal?.addEventListener('abort', () => void this.stop(), { once: true });
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.controller.abort();
    this.unsubscribe?.();
    this.unsubscribe = null;
    await Promise.allSettled(this.loops);
    await this.blockTask;
    await this.save();
    if (this.ownsDendrite) this.dendrite.close();
    this.log('info', 'validator.stopped', { netuid: this.netuid, step: this.stepCount });
  }

  /** Re-reads the metagraph and hyperparameters and realigns the scores with the uids. */
  async resync(): Promise<void> {
    const [snapshot, hparams] = await Promise.all([
      this.chain.getMetagraph(this.netuid),
      this.chain.getHyperparameters(this.netuid),
    ]);
    this.applyMetagraph(snapshot);
    this.hparams = hparams;
    this.lastSyncBlock = snapshot.block;
    this.head = Math.max(this.head, snapshot.block);
  }

  private applyMetagraph(snapshot: MetagraphSnapshot): void {
    const scores = resizeScores(this.scoreValues, snapshot.n);
    const { hotkeys, blockAtRegistration } = this.owners;
    for (let uid = 0; uid < snapshot.n; uid++) {
      const before = hotkeys[uid];
      const replaced =
        before !== undefined &&
        (before !== snapshot.hotkeys[uid] || blockAtRegistration[uid] !== snapshot.blockAtRegistration[uid]);
      if (replaced && scores[uid] !== 0) {
        this.log('info', 'validator.uid_replaced', { uid, before, after: snapshot.hotkeys[uid] });
      }
      if (replaced || !isServingAxon(snapshot.axons[uid])) scores[uid] = 0;
    }
    this.scoreValues = scores;
    this.owners = { hotkeys: snapshot.hotkeys, blockAtRegistration: snapshot.blockAtRegistration };
    this.snapshot = snapshot;
  }

  /** Handles a new block (what the block subscription calls); blocks arriving meanwhile are coalesced. */
  onBlock(block: number): Promise<void> {
    this.head = Math.max(this.head, block);
    this.blockTask = this.blockTask
      .then(() => this.processHead())
      .catch((error: unknown) => this.log('warn', 'validator.block_failed', { block, error }));
    return this.blockTask;
  }

  private async processHead(): Promise<void> {
    const block = this.head;
    if (block <= this.processedBlock) return;
    this.processedBlock = block;
    if (block - this.lastSyncBlock >= (this.opts.resyncEveryBlocks ?? 50)) await this.resync();
    const uid = this.uid;
    if (uid === null) {
      this.log('warn', 'validator.not_registered', { hotkey: this.hotkey.address, block });
      return;
    }
    if (this.opts.setWeights === false || this.snapshot === null || this.hparams === null) return;
    const inputs = { block, uid, metagraph: this.snapshot, hparams: this.hparams, scores: this.scoreValues };
    if (await this.weights.process(inputs)) await this.save();
  }

  /** One step: sample, query, score, fold into the moving scores. */
  async runStep(signal: AbortSignal = this.controller.signal): Promise<StepReport> {
    const metagraph = this.snapshot;
    if (metagraph === null) throw new TaonetError('NOT_SYNCED', 'call start() or resync() before runStep()');
    const own = this.uid;
    const step = this.stepCount++;
    const uids = selectMinerUids(metagraph, {
      sampleSize: this.opts.sampleSize ?? 50,
      exclude: new Set(own === null ? [] : [own]),
      vpermitTaoLimit: this.opts.vpermitTaoLimit ?? 4_096_000_000_000n,
      random: this.random,
    });
    const ctx: StepContext = { step, block: this.head, uids, metagraph, signal };
    if (uids.length === 0) {
      this.log('debug', 'validator.no_miners', { step });
      return { step, uids, rewards: [] };
    }
    const synapse = await this.opts.task.createSynapse(ctx);
    const definition = getSynapseDefinition(synapse);
    const targets = uids.map((uid) => getAxonTarget(metagraph, uid)!);
    const answers = await this.dendrite.forward(targets, synapse, {
      timeout: this.opts.timeout ?? 12,
      signal,
    });
    const responses = answers.map((answer, i): MinerResponse<F, D, C> => {
      const ok = answer.dendrite.statusCode === 200;
      return {
        uid: uids[i]!,
        hotkey: targets[i]!.hotkey,
        synapse: answer,
        ok,
        value: ok ? definition.deserialize(answer) : null,
      };
    });
    const rewards = [...(await this.opts.task.score(responses, ctx))];
    if (rewards.length !== uids.length) {
      throw new TaonetError(
        'INVALID_REWARDS',
        `score() returned ${rewards.length} rewards for ${uids.length} answers`,
      );
    }
    if (signal.aborted) return { step, uids, rewards };
    this.foldRewards(metagraph, uids, rewards);
    this.log('debug', 'validator.step', { step, uids, rewards });
    if (step % 10 === 9) await this.save();
    return { step, uids, rewards };
  }

  /** EMA update, skipping uids whose neuron changed while the step ran. */
  private foldRewards(queried: MetagraphSnapshot, uids: number[], rewards: number[]): void {
    const current = this.snapshot ?? queried;
    const keep = uids
      .map((uid, i) => [uid, rewards[i]!] as const)
      .filter(([uid]) => current.hotkeys[uid] === queried.hotkeys[uid]);
    updateScoresEma(
      this.scoreValues,
      keep.map(([uid]) => uid),
      keep.map(([, reward]) => reward),
      this.opts.movingAverageAlpha ?? 0.1,
    );
  }

  private async stepLoop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.runStep(signal);
      } catch (error) {
        if (!signal.aborted) this.log('warn', 'validator.step_failed', { step: this.stepCount, error });
      }
      await sleep(this.opts.stepIntervalMs ?? 5_000, undefined, { signal }).catch(() => {});
    }
  }

  private toState(): ValidatorState {
    return {
      version: 1,
      netuid: this.netuid,
      hotkey: this.hotkey.address,
      step: this.stepCount,
      scores: Array.from(this.scoreValues),
      hotkeys: [...this.owners.hotkeys],
      blockAtRegistration: [...this.owners.blockAtRegistration],
      lastWeightsBlock: this.weights.lastWeightsBlock,
      pendingCommits: this.weights.pendingCommits,
    };
  }

  /** Writes the state now (a no-op without `stateDir`). */
  async save(): Promise<void> {
    if (this.opts.stateDir === undefined) return;
    try {
      await saveValidatorState(this.opts.stateDir, this.toState());
    } catch (error) {
      this.log('error', 'validator.save_failed', { stateDir: this.opts.stateDir, error });
    }
  }

  private async restore(): Promise<void> {
    if (this.opts.stateDir === undefined) return;
    const state = await loadValidatorState(this.opts.stateDir);
    if (state === null) return;
    if (state.netuid !== this.netuid || state.hotkey !== this.hotkey.address) {
      this.log('warn', 'validator.state_ignored', {
        reason: 'saved for another hotkey or subnet',
        netuid: state.netuid,
        hotkey: state.hotkey,
      });
      return;
    }
    this.stepCount = state.step;
    this.scoreValues = Float64Array.from(state.scores);
    this.owners = { hotkeys: state.hotkeys, blockAtRegistration: state.blockAtRegistration };
    this.weights.lastWeightsBlock = state.lastWeightsBlock;
    this.weights.pendingCommits = state.pendingCommits;
    this.log('info', 'validator.state_restored', {
      step: state.step,
      pendingCommits: state.pendingCommits.length,
    });
  }
}
