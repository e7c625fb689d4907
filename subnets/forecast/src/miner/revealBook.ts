/**
 * The miner's store of reveals it has committed to, until the validator asks for them. Bounded: the oldest
 * are dropped first. Each reveal is handed out only to the validator that sent the task.
 */
import type { ForecastReveal } from '../protocol/forecastPayloads.js';

export interface StoredReveal {
  /** The validator's hotkey. */
  validator: string;
  reveal: ForecastReveal;
}

export class RevealBook {
  readonly maxEntries: number;
  readonly #entries = new Map<string, StoredReveal>();

  constructor(maxEntries = 1024) {
    this.maxEntries = Math.max(1, maxEntries);
  }

  get size(): number {
    return this.#entries.size;
  }

  #key(validator: string, taskId: string): string {
    return `${validator}\u0000${taskId}`;
  }

  put(validator: string, reveal: ForecastReveal): void {
    const key = this.#key(validator, reveal.task_id);
    this.#entries.delete(key);
    this.#entries.set(key, { validator, reveal });
    while (this.#entries.size > this.maxEntries)
      this.#entries.delete(this.#entries.keys().next().value as string);
  }

  /** The reveal for a task this validator sent, or undefined. */
  get(validator: string, taskId: string): ForecastReveal | undefined {
    return this.#entries.get(this.#key(validator, taskId))?.reveal;
  }

  delete(validator: string, taskId: string): boolean {
    return this.#entries.delete(this.#key(validator, taskId));
  }

  toJSON(): StoredReveal[] {
    return [...this.#entries.values()];
  }

  static fromJSON(entries: unknown, maxEntries?: number): RevealBook {
    const book = new RevealBook(maxEntries);
    if (Array.isArray(entries)) {
      for (const e of entries as StoredReveal[]) {
        if (typeof e?.validator === 'string' && typeof e.reveal?.task_id === 'string')
          book.put(e.validator, e.reveal);
      }
    }
    return book;
  }
}
