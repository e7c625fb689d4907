/**
 * The runtime's view of state: a stack of write layers over a read-only backend.
 *
 * Each extrinsic runs inside `transaction()`: its writes land in a new layer that is merged down on
 * success and dropped on failure, so a failed call changes nothing. `takeChanges()` hands the block's
 * net writes to whoever persists them (the node, or a test's `MemoryBackend`).
 */
import type { StateBackend, StateChanges } from './stateBackend.js';

type Layer = Map<string, Uint8Array | null>;

/** Nested transactions deeper than this indicate a bug (Substrate uses 255). */
const MAX_TRANSACTION_DEPTH = 255;

export class OverlayState {
  private readonly layers: Layer[] = [new Map()];

  constructor(private readonly backend: StateBackend) {}

  get(key: string): Uint8Array | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.layers[i]!.get(key);
      if (value !== undefined) return value ?? undefined;
    }
    return this.backend.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: Uint8Array): void {
    this.top().set(key, value);
  }

  delete(key: string): void {
    this.top().set(key, null);
  }

  /** Keys under `prefix` that exist in this view, ascending (overlay writes merged with the backend). */
  keysWithPrefix(prefix: string): string[] {
    const pending = new Map<string, boolean>(); // key -> exists
    for (const layer of this.layers) {
      for (const [key, value] of layer) if (key.startsWith(prefix)) pending.set(key, value !== null);
    }
    const result: string[] = [];
    for (const key of this.backend.keysWithPrefix(prefix)) {
      if (!pending.has(key)) result.push(key);
    }
    for (const [key, exists] of pending) if (exists) result.push(key);
    // deterministic: string keys sort by UTF-16 code units, a total order
    return pending.size === 0 ? result : result.sort();
  }

  /** Delete every key under `prefix`; returns how many existed. */
  clearPrefix(prefix: string): number {
    const keys = this.keysWithPrefix(prefix);
    for (const key of keys) this.delete(key);
    return keys.length;
  }

  /** Run `body` in a nested transaction: committed if it returns, rolled back if it throws. */
  transaction<T>(body: () => T): T {
    if (this.layers.length > MAX_TRANSACTION_DEPTH) throw new Error('state transaction nesting too deep');
    this.layers.push(new Map());
    try {
      const result = body();
      this.commitTop();
      return result;
    } catch (error) {
      this.layers.pop();
      throw error;
    }
  }

  /** Run `body` and always discard its writes (simulation, dry runs). */
  simulate<T>(body: () => T): T {
    this.layers.push(new Map());
    try {
      return body();
    } finally {
      this.layers.pop();
    }
  }

  get depth(): number {
    return this.layers.length - 1;
  }

  /** The net writes of everything committed so far, sorted by key; the view starts afresh. */
  takeChanges(): StateChanges {
    if (this.layers.length !== 1) throw new Error('takeChanges inside an open transaction');
    const base = this.layers[0]!;
    // deterministic: string keys sort by UTF-16 code units, a total order
    const keys = [...base.keys()].sort();
    const changes = new Map<string, Uint8Array | null>();
    for (const key of keys) changes.set(key, base.get(key)!);
    this.layers[0] = new Map();
    return changes;
  }

  /** The net writes so far without resetting (for state-root previews). */
  peekChanges(): StateChanges {
    const merged: Layer = new Map();
    for (const layer of this.layers) for (const [key, value] of layer) merged.set(key, value);
    return new Map([...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  private top(): Layer {
    return this.layers[this.layers.length - 1]!;
  }

  private commitTop(): void {
    const top = this.layers.pop()!;
    const below = this.top();
    for (const [key, value] of top) below.set(key, value);
  }
}
