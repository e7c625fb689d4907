/**
 * `ScoreBook`: a validator's memory of its miners. Each uid keeps an exponential moving average of its
 * scores, `ema = alpha * score + (1 - alpha) * ema`, starting from 0 (a new miner earns its weight); a uid
 * whose hotkey changes (deregistered, slot reused) starts again from 0. It persists to JSON (written
 * atomically) and turns into chain weights the way bittensor's `convert_weights_and_uids_for_emit` does:
 * scaled so the largest is 65535 (u16 max), rounded half to even, zeros dropped.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { TaonetError } from '@taonet/primitives';
import { z } from 'zod';

export const U16_MAX = 65535;

export interface ScoreBookOpts {
  /** weight of a new score in the moving average (default 0.1) */
  readonly alpha?: number;
}

export interface ScoreEntry {
  readonly uid: number;
  readonly hotkey: string | null;
  readonly score: number;
  readonly updates: number;
}

export interface ChainWeights {
  readonly uids: number[];
  /** u16 values, the largest 65535 */
  readonly weights: number[];
}

const ScoreBookJsonSchema = z.object({
  version: z.literal(1),
  alpha: z.number().gt(0).max(1),
  entries: z.array(
    z.object({
      uid: z.int().min(0).max(U16_MAX),
      hotkey: z.string().nullable(),
      score: z.number().min(0).max(1),
      updates: z.int().min(0),
    }),
  ),
});

export type ScoreBookJson = z.infer<typeof ScoreBookJsonSchema>;

/** Python's round(): nearest integer, ties to even. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

export class ScoreBook {
  readonly alpha: number;
  readonly #entries = new Map<number, ScoreEntry>();

  constructor(opts: ScoreBookOpts = {}) {
    const alpha = opts.alpha ?? 0.1;
    if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`alpha must be in (0, 1], got ${alpha}`);
    this.alpha = alpha;
  }

  /** Folds one score (clamped to [0, 1]; NaN counts as 0) into uid's average; returns the new average. */
  update(uid: number, score: number, hotkey: string | null = null): number {
    const entry = this.#current(uid, hotkey);
    const next = this.alpha * clampScore(score) + (1 - this.alpha) * entry.score;
    this.#entries.set(uid, { uid, hotkey: hotkey ?? entry.hotkey, score: next, updates: entry.updates + 1 });
    return next;
  }

  #current(uid: number, hotkey: string | null): ScoreEntry {
    const entry = this.#entries.get(uid);
    if (entry === undefined || (hotkey !== null && entry.hotkey !== null && entry.hotkey !== hotkey)) {
      return { uid, hotkey, score: 0, updates: 0 };
    }
    return entry;
  }

  get(uid: number): number {
    return this.#entries.get(uid)?.score ?? 0;
  }

  reset(uid: number): void {
    this.#entries.delete(uid);
  }

  /** Aligns with the metagraph (`hotkeys[uid]`): forgets uids whose hotkey changed or that no longer exist. */
  syncHotkeys(hotkeys: readonly string[]): void {
    for (const [uid, entry] of [...this.#entries]) {
      const now = hotkeys[uid];
      if (now === undefined || (entry.hotkey !== null && entry.hotkey !== now)) this.#entries.delete(uid);
    }
  }

  entries(): ScoreEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.uid - b.uid);
  }

  /** Chain weights: each score divided by the largest, times 65535, rounded half to even; zeros dropped. */
  computeWeights(): ChainWeights {
    const entries = this.entries();
    const max = Math.max(0, ...entries.map((e) => e.score));
    if (max <= 0) return { uids: [], weights: [] };
    const uids: number[] = [];
    const weights: number[] = [];
    for (const e of entries) {
      const w = roundHalfEven((e.score / max) * U16_MAX);
      if (w !== 0) {
        uids.push(e.uid);
        weights.push(w);
      }
    }
    return { uids, weights };
  }

  toJSON(): ScoreBookJson {
    return { version: 1, alpha: this.alpha, entries: this.entries().map((e) => ({ ...e })) };
  }

  /** Rebuilds a book from `toJSON()` output; throws OCR_SCORES_CORRUPT on anything else. */
  static fromJSON(json: unknown): ScoreBook {
    const parsed = ScoreBookJsonSchema.safeParse(json);
    if (!parsed.success) {
      throw new TaonetError('OCR_SCORES_CORRUPT', `invalid score book: ${z.prettifyError(parsed.error)}`);
    }
    const book = new ScoreBook({ alpha: parsed.data.alpha });
    for (const e of parsed.data.entries) book.#entries.set(e.uid, { ...e });
    return book;
  }

  /** Writes the book to `path` (through a temporary file and a rename: never half-written). */
  async save(path: string): Promise<void> {
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(this.toJSON(), null, 1)}\n`);
    await rename(tmp, path);
  }

  /** Reads a saved book; a missing file gives an empty book with `opts`. */
  static async load(path: string, opts: ScoreBookOpts = {}): Promise<ScoreBook> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return new ScoreBook(opts);
      throw cause;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new TaonetError('OCR_SCORES_CORRUPT', `${path} is not JSON`, { cause });
    }
    return ScoreBook.fromJSON(json);
  }
}
