/**
 * The validator's memory of how well each miner forecasts: an exponential moving average of task scores
 * per uid (reset when the uid changes hands), persisted as JSON, and turned into the u16 weight vector
 * the chain expects (max-upscaled: the best miner gets 65535, zero weights are left out).
 */
import { TaonetError } from '@taonet/primitives';

export const U16_MAX = 65_535;

export interface ScoreBookOpts {
  /** EMA factor of a new score: ema = alpha * score + (1 - alpha) * ema. Default 0.1. */
  alpha?: number;
}

export interface ScoreEntry {
  uid: number;
  hotkey: string;
  ema: number;
  /** Scores folded in since this hotkey took the uid. */
  count: number;
}

export interface ScoreBookJson {
  version: 1;
  alpha: number;
  entries: ScoreEntry[];
}

export interface WeightVector {
  uids: number[];
  /** u16, same order as uids. */
  weights: number[];
}

/**
 * Max-upscaled u16 weights: w_i = round(s_i / max(s) * 65535); entries that round to 0, and all of them
 * when no score is positive, are dropped (the bittensor SDK's `convert_weights_and_uids_for_emit`).
 */
export function toU16Weights(uids: readonly number[], scores: readonly number[]): WeightVector {
  const clean = scores.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  const max = Math.max(0, ...clean);
  const out: WeightVector = { uids: [], weights: [] };
  if (max === 0) return out;
  clean.forEach((s, i) => {
    const weight = Math.round((s / max) * U16_MAX);
    if (weight > 0) {
      out.uids.push(uids[i]!);
      out.weights.push(weight);
    }
  });
  return out;
}

export class ScoreBook {
  readonly alpha: number;
  readonly #entries = new Map<number, ScoreEntry>();

  constructor(opts: ScoreBookOpts = {}) {
    this.alpha = opts.alpha ?? 0.1;
    if (!(this.alpha > 0 && this.alpha <= 1)) {
      throw new TaonetError('BAD_OPTION', 'alpha must be in (0, 1]', { details: { alpha: this.alpha } });
    }
  }

  /** Folds one score (clamped to [0, 1]; NaN counts as 0) into uid's EMA; returns the new EMA. */
  update(uid: number, hotkey: string, score: number): number {
    const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
    const previous = this.#entries.get(uid);
    const entry =
      previous === undefined || previous.hotkey !== hotkey ? { uid, hotkey, ema: 0, count: 0 } : previous;
    entry.ema =
      entry.count === 0 ? this.alpha * clamped : this.alpha * clamped + (1 - this.alpha) * entry.ema;
    entry.count += 1;
    this.#entries.set(uid, entry);
    return entry.ema;
  }

  get(uid: number): ScoreEntry | undefined {
    const entry = this.#entries.get(uid);
    return entry === undefined ? undefined : { ...entry };
  }

  /** Forgets a uid (deregistered). */
  remove(uid: number): boolean {
    return this.#entries.delete(uid);
  }

  entries(): ScoreEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.uid - b.uid).map((e) => ({ ...e }));
  }

  /**
   * The weights to set. `uidHotkeys` (the metagraph's current uid -> hotkey) limits them to miners still
   * registered under the hotkey that earned the score; `exponent` sharpens the ranking (score^exponent).
   */
  toWeights(opts: { uidHotkeys?: ReadonlyMap<number, string>; exponent?: number } = {}): WeightVector {
    const exponent = opts.exponent ?? 1;
    const live = this.entries().filter(
      (e) => opts.uidHotkeys === undefined || opts.uidHotkeys.get(e.uid) === e.hotkey,
    );
    return toU16Weights(
      live.map((e) => e.uid),
      live.map((e) => e.ema ** exponent),
    );
  }

  toJSON(): ScoreBookJson {
    return { version: 1, alpha: this.alpha, entries: this.entries() };
  }

  static fromJSON(json: unknown): ScoreBook {
    const data = json as Partial<ScoreBookJson> | null;
    if (data === null || typeof data !== 'object' || data.version !== 1 || !Array.isArray(data.entries)) {
      throw new TaonetError('BAD_SCORE_BOOK', 'not a version 1 score book');
    }
    const book = new ScoreBook(data.alpha === undefined ? {} : { alpha: data.alpha });
    for (const e of data.entries) {
      const ok =
        Number.isInteger(e.uid) &&
        typeof e.hotkey === 'string' &&
        Number.isFinite(e.ema) &&
        Number.isInteger(e.count);
      if (!ok) throw new TaonetError('BAD_SCORE_BOOK', 'bad score entry', { details: { uid: e.uid } });
      book.#entries.set(e.uid, { uid: e.uid, hotkey: e.hotkey, ema: e.ema, count: e.count });
    }
    return book;
  }
}
