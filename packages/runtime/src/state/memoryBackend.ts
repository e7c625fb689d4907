/** An in-memory `StateBackend`: a map plus a sorted key index (built on the first scan) for prefix scans. */
import { SortedKeySet } from './sortedKeySet.js';
import type { StateChanges, WritableStateBackend } from './stateBackend.js';

export { lowerBound } from './sortedKeySet.js';

export class MemoryBackend implements WritableStateBackend {
  private readonly values = new Map<string, Uint8Array>();
  /** the sorted keys, kept up to date once built; null until a scan needs it */
  private index: SortedKeySet | null = null;

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
    // a change set comparable to the state itself: sorting everything again is cheaper than inserting
    if (this.index !== null && changes.size > this.index.size / 4) this.index = null;
    const index = this.index;
    for (const [key, value] of changes) {
      if (value === null) {
        if (this.values.delete(key)) index?.delete(key);
      } else {
        if (index !== null && !this.values.has(key)) index.add(key);
        this.values.set(key, value);
      }
    }
  }

  keysWithPrefix(prefix: string): Iterable<string> {
    return this.keyIndex().withPrefix(prefix);
  }

  /** Every (key, value) pair in key order: used to snapshot or compare states. */
  *entries(): Iterable<[string, Uint8Array]> {
    for (const key of this.keyIndex().keys()) yield [key, this.values.get(key)!];
  }

  private keyIndex(): SortedKeySet {
    if (this.index === null) this.index = SortedKeySet.of(this.values.keys());
    return this.index;
  }
}
