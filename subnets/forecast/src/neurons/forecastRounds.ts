/**
 * The validator's two-phase protocol, as the task of a `@taonet/subnet` Validator step:
 *
 *   createSynapse(step)  a fresh secret task, opened in the PendingTaskBook at the current block
 *   score(step)          1. records the commitments the step's miners answered with (no valid commit: 0)
 *                        2. for every task whose commit window closed (`revealAfterBlocks`), asks the
 *                           miners still owing a reveal, verifies it against their commitment and settles
 *                           the task once nobody owes one (or at `revealAfterBlocks + revealGraceBlocks`)
 *                        3. returns one reward per queried miner: the mean of its scores settled since
 *                           it was last queried, or its current moving score when none settled (which
 *                           leaves the framework's EMA unchanged)
 *
 * So a task's score reaches the framework's EMA (and from there the weights) at the miner's next query
 * after the task settled: the delay is the price of scoring against a truth that did not exist at commit
 * time. A miner that withholds its reveal, sends one that does not open its commitment, or stops serving
 * scores 0 for the task; one unreachable at reveal time is asked again at the next steps until the grace
 * ends. Scores are kept by hotkey, so a uid taken over by a new hotkey does not inherit them.
 */

import { setMaxListeners } from 'node:events';
import { TaonetError } from '@taonet/primitives';
import {
  type Dendrite,
  getAxonTarget,
  getUidOfHotkey,
  type MetagraphSnapshot,
  type NeuronLogger,
  silentLogger,
} from '@taonet/subnet';
import { createForecastTask, createTaskSeed, type ForecastTaskOpts } from '../tasks/createForecastTask.js';
import {
  type CommitResult,
  PendingTaskBook,
  type RevealResult,
  type SettledTask,
} from '../tasks/pendingTaskBook.js';
import {
  ForecastRevealSynapse,
  ForecastTaskSynapse,
  type ForecastTaskSynapseType,
} from './forecastSynapses.js';

export interface ForecastRoundsOpts {
  /** Blocks after a task is sent before its truth is considered known: commits close, reveals open
   * (default 12). */
  revealAfterBlocks?: number;
  /** Blocks after that during which missing reveals are asked again (default 24). */
  revealGraceBlocks?: number;
  /** Open tasks at most (default 64; one more settles the oldest). */
  maxOpenTasks?: number;
  /** Seconds per reveal query (default 12). */
  revealTimeout?: number;
  /** Shape of the generated tasks (history length, horizon, share of real series). */
  task?: Omit<ForecastTaskOpts, 'seed'>;
}

export interface ForecastRoundsModules {
  dendrite: Dendrite;
  /** The chain's current block (commits and reveals are timed by it). */
  getBlock(): Promise<number>;
  /** The framework's current moving score of a uid (the neutral reward). */
  currentScore(uid: number): number;
  /** Secret task seeds (default: 32 random bytes). */
  createSeed?: () => string;
  logger?: NeuronLogger;
  /** Told about every settled task with its per-hotkey scores. */
  onSettled?: (settled: SettledTask) => void;
}

export type RevealOutcome = RevealResult | 'withheld' | 'unreachable' | 'not_serving';

export interface ForecastRoundStats {
  tasks: number;
  settled: number;
  commits: Partial<Record<CommitResult | 'no_answer', number>>;
  reveals: Partial<Record<RevealOutcome, number>>;
}

export interface ForecastRoundsJson {
  version: 1;
  book: unknown;
  /** hotkey -> settled scores not yet folded into the moving scores */
  pending: [string, number[]][];
}

/** What a queried miner's task would look like to the step: uid, hotkey, the deserialized commit. */
export interface CommitResponse {
  uid: number;
  hotkey: string;
  ok: boolean;
  value: unknown;
}

const MAX_PENDING_PER_HOTKEY = 256;

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export class ForecastRounds {
  private taskBook: PendingTaskBook;
  readonly stats: ForecastRoundStats = { tasks: 0, settled: 0, commits: {}, reveals: {} };
  private readonly opts: ForecastRoundsOpts;
  private readonly modules: ForecastRoundsModules;
  private readonly log: NeuronLogger;
  private readonly pending = new Map<string, number[]>();
  /** taskId -> hotkeys that will not reveal (withheld, rejected, gone). */
  private readonly closed = new Map<string, Set<string>>();
  private readonly taskOfStep = new Map<number, string>();

  constructor(opts: ForecastRoundsOpts, modules: ForecastRoundsModules) {
    this.opts = opts;
    this.modules = modules;
    this.log = modules.logger ?? silentLogger;
    const commitWindow = opts.revealAfterBlocks ?? 12;
    this.taskBook = new PendingTaskBook({
      maxTasks: opts.maxOpenTasks ?? 64,
      commitWindow,
      ttl: commitWindow + (opts.revealGraceBlocks ?? 24),
    });
  }

  /** The open tasks (replaced by `restore`). */
  get book(): PendingTaskBook {
    return this.taskBook;
  }

  /** Phase 0: a new task for the step's miners. */
  createSynapse(ctx: { step: number; block: number }): ForecastTaskSynapseType {
    const seed = (this.modules.createSeed ?? createTaskSeed)();
    const { task, truth, source } = createForecastTask({ ...this.opts.task, seed });
    for (const settled of this.book.add(task, truth, ctx.block)) this.applySettled(settled);
    this.taskOfStep.set(ctx.step, task.task_id);
    this.stats.tasks++;
    this.log('debug', 'forecast_validator.task', { step: ctx.step, taskId: task.task_id, source });
    return ForecastTaskSynapse.create(task);
  }

  /** Phases 1-3: commits of this step, reveals of closed tasks, rewards. */
  async score(
    responses: readonly CommitResponse[],
    ctx: { step: number; metagraph: MetagraphSnapshot; signal: AbortSignal },
  ): Promise<number[]> {
    const taskId = this.taskOfStep.get(ctx.step);
    this.taskOfStep.delete(ctx.step);
    if (taskId === undefined)
      throw new TaonetError('UNKNOWN_STEP', `no task was created for step ${ctx.step}`);
    const block = await this.modules.getBlock();
    for (const response of responses) this.recordCommit(taskId, response, block);
    await this.collectReveals(ctx.metagraph, ctx.signal);
    for (const settled of this.book.expire(await this.modules.getBlock())) this.applySettled(settled);
    this.prunePending(ctx.metagraph);
    return responses.map((response) => this.takeReward(response.uid, response.hotkey));
  }

  private recordCommit(taskId: string, response: CommitResponse, block: number): void {
    const value = response.value as { task_id?: unknown } | null;
    const result: CommitResult | 'no_answer' =
      !response.ok || value === null
        ? 'no_answer'
        : value.task_id !== taskId
          ? 'malformed'
          : this.book.recordCommit(value, response.hotkey, block);
    bump(this.stats.commits, result);
    if (result !== 'accepted') {
      this.addPending(response.hotkey, 0);
      this.log('debug', 'forecast_validator.no_commit', { taskId, hotkey: response.hotkey, result });
    }
  }

  /** Asks the reveals of every task whose commit window has closed. */
  async collectReveals(metagraph: MetagraphSnapshot, signal: AbortSignal): Promise<void> {
    const due = this.book.revealable(await this.modules.getBlock());
    if (due.length === 0) return;
    // One signal for all the concurrent reveal calls (each call listens to it).
    const local = new AbortController();
    setMaxListeners(0, local.signal);
    const onAbort = (): void => local.abort(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.all(due.map((taskId) => this.revealTask(taskId, metagraph, local.signal)));
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private owing(taskId: string): string[] {
    const closed = this.closed.get(taskId);
    return this.book.awaitingReveal(taskId).filter((hotkey) => closed?.has(hotkey) !== true);
  }

  private close(taskId: string, hotkey: string, outcome: RevealOutcome): void {
    let closed = this.closed.get(taskId);
    if (closed === undefined) this.closed.set(taskId, (closed = new Set()));
    closed.add(hotkey);
    bump(this.stats.reveals, outcome);
    this.log('info', 'forecast_validator.reveal_refused', { taskId, hotkey, outcome });
  }

  private async revealTask(taskId: string, metagraph: MetagraphSnapshot, signal: AbortSignal): Promise<void> {
    const asked: { hotkey: string; target: NonNullable<ReturnType<typeof getAxonTarget>> }[] = [];
    for (const hotkey of this.owing(taskId)) {
      const uid = getUidOfHotkey(metagraph, hotkey);
      const target = uid === null ? null : getAxonTarget(metagraph, uid);
      if (target === null) this.close(taskId, hotkey, 'not_serving');
      else asked.push({ hotkey, target });
    }
    const answers =
      asked.length === 0
        ? []
        : await this.modules.dendrite.forward(
            asked.map((a) => a.target),
            ForecastRevealSynapse.create({ task_id: taskId }),
            { timeout: this.opts.revealTimeout ?? 12, signal },
          );
    const at = await this.modules.getBlock();
    for (const [i, answer] of answers.entries()) {
      const { hotkey } = asked[i]!;
      if (answer.dendrite.statusCode !== 200) {
        bump(this.stats.reveals, 'unreachable');
        continue;
      }
      const reveal = ForecastRevealSynapse.deserialize(answer);
      const result = reveal === null ? 'withheld' : this.book.recordReveal(reveal, hotkey, at);
      if (result === 'accepted') bump(this.stats.reveals, result);
      else this.close(taskId, hotkey, result);
    }
    if (this.book.get(taskId) !== undefined && this.owing(taskId).length === 0) {
      const settled = this.book.settle(taskId);
      if (settled !== undefined) this.applySettled(settled);
    }
  }

  private applySettled(settled: SettledTask): void {
    this.closed.delete(settled.task.task_id);
    this.stats.settled++;
    for (const { hotkey, score } of settled.scores) this.addPending(hotkey, score);
    this.log('debug', 'forecast_validator.settled', {
      taskId: settled.task.task_id,
      scores: settled.scores.map((s) => [s.hotkey, Number(s.score.toFixed(4))]),
    });
    this.modules.onSettled?.(settled);
  }

  private addPending(hotkey: string, score: number): void {
    let list = this.pending.get(hotkey);
    if (list === undefined) this.pending.set(hotkey, (list = []));
    list.push(score);
    if (list.length > MAX_PENDING_PER_HOTKEY) list.shift();
  }

  private prunePending(metagraph: MetagraphSnapshot): void {
    for (const hotkey of [...this.pending.keys()]) {
      if (getUidOfHotkey(metagraph, hotkey) === null) this.pending.delete(hotkey);
    }
  }

  /** The reward of a queried miner now (see the file comment); consumes its pending scores. */
  takeReward(uid: number, hotkey: string): number {
    const list = this.pending.get(hotkey);
    if (list === undefined || list.length === 0) return this.modules.currentScore(uid);
    this.pending.delete(hotkey);
    return list.reduce((sum, s) => sum + s, 0) / list.length;
  }

  /** Settled scores waiting for the miner's next query. */
  pendingScores(hotkey: string): readonly number[] {
    return this.pending.get(hotkey) ?? [];
  }

  toJSON(): ForecastRoundsJson {
    return { version: 1, book: this.book.toJSON(), pending: [...this.pending.entries()] };
  }

  /** Restores a saved state (the open tasks and the pending scores). */
  restore(json: unknown): void {
    const data = json as Partial<ForecastRoundsJson> | null;
    if (data === null || typeof data !== 'object' || data.version !== 1 || !Array.isArray(data.pending)) {
      throw new TaonetError('BAD_FORECAST_STATE', 'not a version 1 forecast validator state');
    }
    this.taskBook = PendingTaskBook.fromJSON(data.book, {
      maxTasks: this.taskBook.maxTasks,
      commitWindow: this.taskBook.commitWindow,
      ttl: this.taskBook.ttl,
    });
    this.closed.clear();
    this.pending.clear();
    for (const [hotkey, scores] of data.pending) {
      if (typeof hotkey === 'string' && Array.isArray(scores))
        this.pending.set(hotkey, scores.filter(Number.isFinite));
    }
  }
}
