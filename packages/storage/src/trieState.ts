/**
 * The state at any block whose trie is still stored, read through the Merkle trie by its root:
 * RPC queries at a block hash (`state_getStorage`, `state_getKeysPaged`) and runtime views at a past
 * block. Implements the runtime's `StateBackend` port; reads are synchronous.
 */
import { type Hash, TaonetError, toHex } from '@taonet/primitives';
import { bytesToNibbles, hexToNibbles, nibblesToHex } from './nibbles.js';
import { createReadProof } from './readProof.js';
import type { PagedStateBackend } from './stateBackend.js';
import { stateKeyToBytes } from './stateKey.js';
import { type NodeSource, TrieReader } from './trieReader.js';
import { decodeTrieValue } from './trieValue.js';

const HEX_PREFIX = /^[0-9a-f]*$/;

export class TrieState implements PagedStateBackend {
  private readonly reader: TrieReader;

  /** Reads throw STATE_UNAVAILABLE when a node of this root is not stored (pruned, or never stored). */
  constructor(
    readonly root: Uint8Array,
    private readonly source: NodeSource,
  ) {
    this.reader = new TrieReader(source, 'STATE_UNAVAILABLE');
  }

  get stateRoot(): Hash {
    return toHex(this.root) as Hash;
  }

  get(key: string): Uint8Array | undefined {
    const stored = this.reader.get(this.root, bytesToNibbles(stateKeyToBytes(key)));
    return stored === null ? undefined : decodeTrieValue(stored);
  }

  *keysWithPrefix(prefix: string): Iterable<string> {
    for (const [key] of this.entries(prefix)) yield key;
  }

  keysPaged(prefix: string, count: number, startAfter?: string): string[] {
    const out: string[] = [];
    if (count <= 0) return out;
    const after = startAfter === undefined ? undefined : bytesToNibbles(stateKeyToBytes(startAfter));
    ensureKeyPrefix(prefix);
    for (const [path] of this.reader.entries(this.root, hexToNibbles(prefix), after)) {
      out.push(nibblesToHex(path));
      if (out.length >= count) break;
    }
    return out;
  }

  /** The read proof of `keys` (present or absent) against this root: see `verifyReadProof`. */
  getReadProof(keys: readonly string[]): Uint8Array[] {
    return createReadProof(this.source, this.root, keys);
  }

  /** Every (key, value) under `prefix`, ascending. */
  *entries(prefix = ''): Iterable<[string, Uint8Array]> {
    ensureKeyPrefix(prefix);
    for (const [path, stored] of this.reader.entries(this.root, hexToNibbles(prefix))) {
      yield [nibblesToHex(path), decodeTrieValue(stored)];
    }
  }
}

/** Throws INVALID_STATE_KEY unless `prefix` is lowercase hex without `0x` (any number of digits). */
export function ensureKeyPrefix(prefix: string): void {
  if (!HEX_PREFIX.test(prefix)) {
    throw new TaonetError(
      'INVALID_STATE_KEY',
      `key prefix "${prefix.slice(0, 24)}" is not lowercase hex without 0x`,
      {
        details: { prefix },
      },
    );
  }
}
