/**
 * A sorted set of storage keys for ordered prefix scans: sorted chunks of at most `2 × CHUNK` keys, so
 * that an insertion or deletion moves at most one chunk's worth of entries (O(log n + CHUNK)) and a scan
 * of the keys under a prefix costs O(log n + matches). Order is string order (UTF-16 code units), which is
 * byte order for lowercase hex keys.
 */

const CHUNK = 256;

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

/**
 * The least string above every string that starts with `prefix` (null: no bound, for '' or a prefix of
 * U+FFFF only), so that `k.startsWith(prefix)` is `prefix <= k && k < end`: comparisons cost far less than
 * `startsWith`, which is slow in Node 20.
 */
export function prefixEnd(prefix: string): string | null {
  let last = prefix.length - 1;
  while (last >= 0 && prefix.charCodeAt(last) === 0xffff) last--;
  if (last < 0) return null;
  return prefix.slice(0, last) + String.fromCharCode(prefix.charCodeAt(last) + 1);
}

/** `key.startsWith(prefix)` given `end = prefixEnd(prefix)`. */
export function inPrefix(key: string, prefix: string, end: string | null): boolean {
  return key >= prefix && (end === null || key < end);
}

export class SortedKeySet {
  private chunks: string[][] = [];
  private count = 0;

  /** A set of `keys` (any order, duplicates dropped). */
  static of(keys: Iterable<string>): SortedKeySet {
    // deterministic: string keys sort by UTF-16 code units, a total order
    const sorted = [...keys].sort();
    const set = new SortedKeySet();
    for (let i = 0; i < sorted.length; i++) {
      const key = sorted[i]!;
      if (i > 0 && key === sorted[i - 1]) continue;
      const last = set.chunks[set.chunks.length - 1];
      if (last === undefined || last.length >= CHUNK) set.chunks.push([key]);
      else last.push(key);
      set.count++;
    }
    return set;
  }

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    const chunk = this.chunks[this.chunkFor(key)];
    if (chunk === undefined) return false;
    return chunk[lowerBound(chunk, key)] === key;
  }

  /** Adds `key`; false when it was already there. */
  add(key: string): boolean {
    if (this.chunks.length === 0) {
      this.chunks.push([key]);
      this.count = 1;
      return true;
    }
    const c = this.chunkFor(key);
    const chunk = this.chunks[c]!;
    const at = lowerBound(chunk, key);
    if (chunk[at] === key) return false;
    chunk.splice(at, 0, key);
    this.count++;
    if (chunk.length > 2 * CHUNK) this.chunks.splice(c + 1, 0, chunk.splice(CHUNK));
    return true;
  }

  /** Removes `key`; false when it was not there. */
  delete(key: string): boolean {
    const c = this.chunkFor(key);
    const chunk = this.chunks[c];
    if (chunk === undefined) return false;
    const at = lowerBound(chunk, key);
    if (chunk[at] !== key) return false;
    chunk.splice(at, 1);
    this.count--;
    if (chunk.length === 0) this.chunks.splice(c, 1);
    return true;
  }

  /** The keys starting with `prefix`, ascending (a snapshot: later changes do not affect it). */
  withPrefix(prefix: string): string[] {
    const out: string[] = [];
    const end = prefixEnd(prefix);
    let c = this.chunkFor(prefix);
    if (c >= this.chunks.length) return out;
    let i = lowerBound(this.chunks[c]!, prefix);
    for (; c < this.chunks.length; c++, i = 0) {
      const chunk = this.chunks[c]!;
      const stop = end === null ? chunk.length : lowerBound(chunk, end);
      for (; i < stop; i++) out.push(chunk[i]!);
      if (stop < chunk.length) return out;
    }
    return out;
  }

  /** Every key, ascending (a snapshot). */
  keys(): string[] {
    return this.chunks.flat();
  }

  /** The chunk that holds `key` or would: the first whose last key is >= `key`, else the last chunk. */
  private chunkFor(key: string): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid]!;
      if (chunk[chunk.length - 1]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
