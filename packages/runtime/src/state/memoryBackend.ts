/** An in-memory `StateBackend`: a map plus a lazily sorted key list for ordered prefix scans. */
import type { StateChanges, WritableStateBackend } from './stateBackend.js';

export class MemoryBackend implements WritableStateBackend {
  private readonly values = new Map<string, Uint8Array>();
  private sortedKeys: string[] | null = [];

  constructor(initial?: StateChanges) {
    if (initial !== undefined) this.apply(initial);
  }

  get size(): number {
    return this.values.size;
  }

  get(key: string): Uint8Array | undefined {
    return this.values.get(key);
  }

  apply(changes: StateChanges): void {
    for (const [key, value] of changes) {
      if (value === null) {
        if (this.values.delete(key)) this.sortedKeys = null;
      } else {
        if (!this.values.has(key)) this.sortedKeys = null;
        this.values.set(key, value);
      }
    }
  }

  *keysWithPrefix(prefix: string): Iterable<string> {
    const keys = this.keys();
    for (let i = lowerBound(keys, prefix); i < keys.length; i++) {
      const key = keys[i]!;
      if (!key.startsWith(prefix)) return;
      yield key;
    }
  }

  /** Every (key, value) pair in key order: used to snapshot or compare states. */
  *entries(): Iterable<[string, Uint8Array]> {
    for (const key of this.keys()) yield [key, this.values.get(key)!];
  }

  private keys(): string[] {
    // deterministic: string keys sort by UTF-16 code units, a total order
    if (this.sortedKeys === null) this.sortedKeys = [...this.values.keys()].sort();
    return this.sortedKeys;
  }
}

/** The first index whose key is >= `target` in a sorted array. */
export function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
