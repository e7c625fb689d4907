/**
 * Builds an item's hex storage keys (`prefix ++ hasher(part)...`) and remembers the full keys of tuples of
 * primitive values (netuid, uid, account...): the same key string comes back for the same tuple, so its
 * hash (for the state maps) is computed once instead of on every access. At most `MAX_CACHED_KEYS` per
 * item; past that the cache starts afresh. Keys depend only on the tuple, never on the cache.
 */
import type { KeyPartEncoder } from './keyPartEncoder.js';

const MAX_CACHED_KEYS = 1 << 15;

type Level = Map<unknown, unknown>;

const isPrimitive = (value: unknown): boolean => {
  const kind = typeof value;
  return kind !== 'object' && kind !== 'function' && kind !== 'undefined';
};

export class StorageKeyBuilder {
  private cache: Level = new Map();
  private cached = 0;

  constructor(
    readonly prefix: string,
    private readonly encoders: readonly KeyPartEncoder[],
    private readonly maxCached = MAX_CACHED_KEYS,
  ) {}

  /** The key of a full tuple, or of a leading part of it (a prefix to iterate). */
  keyOf(key: readonly unknown[]): string {
    const n = key.length;
    if (n === 0 || n !== this.encoders.length) return this.build(key);
    for (let i = 0; i < n; i++) if (!isPrimitive(key[i])) return this.build(key);
    let level = this.cache;
    for (let i = 0; i < n - 1; i++) {
      let next = level.get(key[i]) as Level | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(key[i], next);
      }
      level = next;
    }
    let full = level.get(key[n - 1]) as string | undefined;
    if (full === undefined) {
      full = this.build(key);
      if (this.cached >= this.maxCached) {
        this.reset();
        return full;
      }
      level.set(key[n - 1], full);
      this.cached++;
    }
    return full;
  }

  private build(key: readonly unknown[]): string {
    let out = this.prefix;
    for (let i = 0; i < key.length; i++) out += this.encoders[i]!.hex(key[i]);
    return out;
  }

  private reset(): void {
    this.cache = new Map();
    this.cached = 0;
  }
}
