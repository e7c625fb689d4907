/**
 * The state at the best block as a flat LMDB table (state key -> value): what the runtime reads while
 * building or importing the next block. Implements the runtime's `StateBackend` port.
 */
import type { BytesDb } from './chainDbs.js';
import type { PagedStateBackend } from './stateBackend.js';
import { stateKeyFromBytes, stateKeyToBytes, toPlainBytes } from './stateKey.js';
import { ensureKeyPrefix } from './trieState.js';

export class FlatState implements PagedStateBackend {
  constructor(private readonly db: BytesDb) {}

  get(key: string): Uint8Array | undefined {
    const value = this.db.getBinary(stateKeyToBytes(key));
    return value === undefined ? undefined : toPlainBytes(value);
  }

  *keysWithPrefix(prefix: string): Iterable<string> {
    yield* this.scan(prefix, undefined);
  }

  keysPaged(prefix: string, count: number, startAfter?: string): string[] {
    const out: string[] = [];
    if (count <= 0) return out;
    for (const key of this.scan(prefix, startAfter)) {
      out.push(key);
      if (out.length >= count) break;
    }
    return out;
  }

  /** Every (key, value) under `prefix`, ascending. */
  *entries(prefix = ''): Iterable<[string, Uint8Array]> {
    for (const key of this.scan(prefix, undefined)) yield [key, this.get(key)!];
  }

  private *scan(prefix: string, startAfter: string | undefined): Generator<string> {
    ensureKeyPrefix(prefix);
    const fromPrefix = startAfter === undefined || startAfter < prefix;
    const start = fromPrefix ? prefixStart(prefix) : stateKeyToBytes(startAfter);
    const range = start === undefined ? {} : { start, exclusiveStart: !fromPrefix };
    for (const raw of this.db.getKeys(range)) {
      const key = stateKeyFromBytes(raw);
      if (!key.startsWith(prefix)) return;
      yield key;
    }
  }
}

/** The smallest key bytes a key under `prefix` can have (an odd prefix is padded with a 0 nibble). */
function prefixStart(prefix: string): Uint8Array | undefined {
  if (prefix === '') return undefined;
  return stateKeyToBytes(prefix.length % 2 === 0 ? prefix : `${prefix}0`);
}
