/**
 * The validator's book of open tasks: the truth of each task it sent, the commitments miners answered
 * with, and their reveals. Time is whatever unit the caller counts in (block numbers or milliseconds):
 *
 *   add(task, truth, now)                 commits are accepted until now + commitWindow
 *   recordCommit(commit, hotkey, at)      only before the commit deadline, one per hotkey
 *   recordReveal(reveal, hotkey, at)      only after the deadline; the hash must open the commitment
 *   settle(taskId) / expire(now)          score every committed hotkey (0 without a valid reveal), drop the task
 *
 * Bounded: at most `maxTasks` open tasks (adding one more settles the oldest). Persisted with toJSON /
 * fromJSON (writeJsonFile / readJsonFile do the disk part).
 */
import { TaonetError } from '@taonet/primitives';
import { verifyReveal } from '../protocol/commitment.js';
import {
  type ForecastCommit,
  type ForecastReveal,
  type ForecastTask,
  forecastCommitSchema,
} from '../protocol/forecastPayloads.js';
import { type ForecastScore, scoreForecast } from '../scoring/scoreForecast.js';

export interface PendingTaskBookOpts {
  /** Open tasks kept at most; default 64. */
  maxTasks?: number;
  /** How long after `add` commits are accepted; default 12 (e.g. blocks). */
  commitWindow?: number;
  /** How long after `add` a task is settled by `expire` even if reveals are missing; default 60. */
  ttl?: number;
}

export interface PendingTask {
  task: ForecastTask;
  truth: number[];
  createdAt: number;
  commitDeadline: number;
  expiresAt: number;
  /** hotkey -> commitment */
  commits: Record<string, string>;
  /** hotkey -> verified reveal */
  reveals: Record<string, ForecastReveal>;
}

export type CommitResult = 'accepted' | 'malformed' | 'unknown_task' | 'late' | 'duplicate';
export type RevealResult =
  | 'accepted'
  | 'malformed'
  | 'unknown_task'
  | 'too_early'
  | 'no_commit'
  | 'duplicate'
  | 'task_mismatch'
  | 'commitment_mismatch';

export interface MinerTaskScore {
  hotkey: string;
  /** 0 without a verified reveal. */
  score: number;
  revealed: boolean;
  result: ForecastScore | null;
}

export interface SettledTask {
  task: ForecastTask;
  truth: number[];
  /** One per hotkey that committed, sorted by hotkey. */
  scores: MinerTaskScore[];
}

export interface PendingTaskBookJson {
  version: 1;
  tasks: PendingTask[];
}

export type ForecastScorer = (
  history: readonly number[],
  truth: readonly number[],
  prediction: unknown,
) => ForecastScore;

/** A prototype-less record, so that no hotkey string (`__proto__`) can reach Object.prototype. */
function createDict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export class PendingTaskBook {
  readonly maxTasks: number;
  readonly commitWindow: number;
  readonly ttl: number;
  /** Insertion order = age order. */
  readonly #tasks = new Map<string, PendingTask>();

  constructor(opts: PendingTaskBookOpts = {}) {
    this.maxTasks = opts.maxTasks ?? 64;
    this.commitWindow = opts.commitWindow ?? 12;
    this.ttl = opts.ttl ?? 60;
    if (!(this.maxTasks >= 1 && this.commitWindow >= 0 && this.ttl >= this.commitWindow)) {
      throw new TaonetError('BAD_OPTION', 'need maxTasks >= 1 and ttl >= commitWindow >= 0', {
        details: { maxTasks: this.maxTasks, commitWindow: this.commitWindow, ttl: this.ttl },
      });
    }
  }

  get size(): number {
    return this.#tasks.size;
  }

  get(taskId: string): PendingTask | undefined {
    return this.#tasks.get(taskId);
  }

  /** Opens a task; returns the tasks settled to make room (the oldest ones). */
  add(task: ForecastTask, truth: readonly number[], now: number, scorer?: ForecastScorer): SettledTask[] {
    if (this.#tasks.has(task.task_id)) {
      throw new TaonetError('DUPLICATE_TASK', `task ${task.task_id} is already open`);
    }
    if (truth.length !== task.horizon) {
      throw new TaonetError('BAD_TRUTH', 'truth length differs from the horizon', {
        details: { horizon: task.horizon, truth: truth.length },
      });
    }
    const evicted: SettledTask[] = [];
    while (this.#tasks.size >= this.maxTasks) {
      const oldest = this.#tasks.keys().next().value as string;
      evicted.push(this.settle(oldest, scorer)!);
    }
    this.#tasks.set(task.task_id, {
      task,
      truth: [...truth],
      createdAt: now,
      commitDeadline: now + this.commitWindow,
      expiresAt: now + this.ttl,
      commits: createDict(),
      reveals: createDict(),
    });
    return evicted;
  }

  recordCommit(commit: unknown, hotkey: string, at: number): CommitResult {
    const parsed = forecastCommitSchema.safeParse(commit);
    if (!parsed.success) return 'malformed';
    const value: ForecastCommit = parsed.data;
    const entry = this.#tasks.get(value.task_id);
    if (entry === undefined) return 'unknown_task';
    if (at > entry.commitDeadline) return 'late';
    if (Object.hasOwn(entry.commits, hotkey)) return 'duplicate';
    entry.commits[hotkey] = value.commitment;
    return 'accepted';
  }

  /** Whether reveals are accepted for the task now (its commit window has closed). */
  isRevealOpen(taskId: string, now: number): boolean {
    const entry = this.#tasks.get(taskId);
    return entry !== undefined && now > entry.commitDeadline;
  }

  /** Task ids whose commit window has closed, oldest first: the ones to ask reveals for. */
  revealable(now: number): string[] {
    return [...this.#tasks.values()].filter((e) => now > e.commitDeadline).map((e) => e.task.task_id);
  }

  /** Hotkeys that committed to a task but have not revealed yet. */
  awaitingReveal(taskId: string): string[] {
    const entry = this.#tasks.get(taskId);
    if (entry === undefined) return [];
    return Object.keys(entry.commits)
      .filter((hotkey) => !Object.hasOwn(entry.reveals, hotkey))
      .sort();
  }

  recordReveal(reveal: unknown, hotkey: string, at: number): RevealResult {
    const taskId = (reveal as { task_id?: unknown } | null)?.task_id;
    if (typeof taskId !== 'string') return 'malformed';
    const entry = this.#tasks.get(taskId);
    if (entry === undefined) return 'unknown_task';
    if (at <= entry.commitDeadline) return 'too_early';
    const commitment = entry.commits[hotkey];
    if (commitment === undefined) return 'no_commit';
    if (Object.hasOwn(entry.reveals, hotkey)) return 'duplicate';
    const check = verifyReveal(hotkey, taskId, commitment, reveal);
    if (!check.ok) return check.reason;
    entry.reveals[hotkey] = check.reveal;
    return 'accepted';
  }

  /** Scores every committed hotkey of a task and removes it; undefined for an unknown task. */
  settle(taskId: string, scorer: ForecastScorer = scoreForecast): SettledTask | undefined {
    const entry = this.#tasks.get(taskId);
    if (entry === undefined) return undefined;
    this.#tasks.delete(taskId);
    const scores = Object.keys(entry.commits)
      .sort()
      .map((hotkey): MinerTaskScore => {
        const reveal = Object.hasOwn(entry.reveals, hotkey) ? entry.reveals[hotkey] : undefined;
        if (reveal === undefined) return { hotkey, score: 0, revealed: false, result: null };
        const result = scorer(entry.task.history, entry.truth, reveal);
        return { hotkey, score: result.score, revealed: true, result };
      });
    return { task: entry.task, truth: entry.truth, scores };
  }

  /** Settles every task whose time is up (now >= expiresAt), oldest first. */
  expire(now: number, scorer?: ForecastScorer): SettledTask[] {
    const due = [...this.#tasks.values()].filter((e) => now >= e.expiresAt).map((e) => e.task.task_id);
    return due.map((id) => this.settle(id, scorer)!);
  }

  toJSON(): PendingTaskBookJson {
    return { version: 1, tasks: [...this.#tasks.values()] };
  }

  static fromJSON(json: unknown, opts: PendingTaskBookOpts = {}): PendingTaskBook {
    const data = json as Partial<PendingTaskBookJson> | null;
    if (data === null || typeof data !== 'object' || data.version !== 1 || !Array.isArray(data.tasks)) {
      throw new TaonetError('BAD_TASK_BOOK', 'not a version 1 task book');
    }
    const book = new PendingTaskBook(opts);
    for (const entry of data.tasks) {
      if (typeof entry?.task?.task_id !== 'string' || !Array.isArray(entry.truth)) {
        throw new TaonetError('BAD_TASK_BOOK', 'bad task entry');
      }
      book.#tasks.set(entry.task.task_id, {
        ...entry,
        commits: Object.assign(createDict<string>(), entry.commits),
        reveals: Object.assign(createDict<ForecastReveal>(), entry.reveals),
      });
    }
    while (book.#tasks.size > book.maxTasks) book.#tasks.delete(book.#tasks.keys().next().value as string);
    return book;
  }
}
