/**
 * The runtime's view of state: a stack of write layers over a read-only backend.
 *
 * Each extrinsic runs inside `transaction()`: its writes land in a new layer that is merged down on
 * success and dropped on failure, so a failed call changes nothing. `takeChanges()` hands the block's
 * net writes to whoever persists them (the node, or a test's `MemoryBackend`).
 */
import { inPrefix, prefixEnd, SortedKeySet } from './sortedKeySet.js';
import type { StateBackend, StateChanges } from './stateBackend.js';

/** Nested transactions deeper than this indicate a bug (Substrate uses 255). */
const MAX_TRANSACTION_DEPTH = 255;

/** A layer with at most this many writes is scanned in full for a prefix; a larger one gets a key index. */
const SCAN_LIMIT = 128;

/** One transaction's writes (`null` = deleted), with a sorted key index built once a prefix scan needs it. */
class Layer {
  readonly values = new Map<string, Uint8Array | null>();
  private index: SortedKeySet | null = null;

  set(key: string, value: Uint8Array | null): void {
    const { values, index } = this;
    if (index === null) {
      values.set(key, value);
      return;
    }
    const before = values.size;
    values.set(key, value);
    if (values.size !== before) index.add(key);
  }

  /** The keys written under `prefix`: ascending when indexed, else in write order. */
  keysWithPrefix(prefix: string): readonly string[] {
    if (this.values.size <= SCAN_LIMIT) {
      const out: string[] = [];
      const end = prefixEnd(prefix);
      for (const key of this.values.keys()) if (inPrefix(key, prefix, end)) out.push(key);
      return out;
    }
    if (this.index === null) this.index = SortedKeySet.of(this.values.keys());
    return this.index.withPrefix(prefix);
  }

  /** Every written key, ascending. */
  sortedKeys(): string[] {
    // deterministic: string keys sort by UTF-16 code units, a total order
    return this.index === null ? [...this.values.keys()].sort() : this.index.keys();
  }
}

/** Merges two ascending key lists. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export class OverlayState {
  private readonly layers: Layer[] = [new Layer()];

  constructor(private readonly backend: StateBackend) {}

  get(key: string): Uint8Array | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.layers[i]!.values.get(key);
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
    const pending = new Map<string, boolean>(); // key -> exists, the topmost write wins
    for (const layer of this.layers) {
      for (const key of layer.keysWithPrefix(prefix)) pending.set(key, layer.values.get(key) !== null);
    }
    const stored: string[] = [];
    for (const key of this.backend.keysWithPrefix(prefix)) if (!pending.has(key)) stored.push(key);
    if (pending.size === 0) return stored;
    const written: string[] = [];
    for (const [key, exists] of pending) if (exists) written.push(key);
    // deterministic: string keys sort by UTF-16 code units, a total order (mostly sorted runs already)
    written.sort();
    return mergeSorted(stored, written);
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
    this.layers.push(new Layer());
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
    this.layers.push(new Layer());
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
    const changes = new Map<string, Uint8Array | null>();
    for (const key of base.sortedKeys()) changes.set(key, base.values.get(key)!);
    this.layers[0] = new Layer();
    return changes;
  }

  /** The net writes so far without resetting (for state-root previews). */
  peekChanges(): StateChanges {
    const merged = new Map<string, Uint8Array | null>();
    for (const layer of this.layers) for (const [key, value] of layer.values) merged.set(key, value);
    return new Map([...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  private top(): Layer {
    return this.layers[this.layers.length - 1]!;
  }

  /** Merges the top layer down; the larger of the two layers absorbs the smaller. */
  private commitTop(): void {
    const top = this.layers.pop()!;
    const below = this.top();
    if (top.values.size > below.values.size) {
      for (const [key, value] of below.values) if (!top.values.has(key)) top.set(key, value);
      this.layers[this.layers.length - 1] = top;
    } else {
      for (const [key, value] of top.values) below.set(key, value);
    }
  }
}
