/**
 * Read proofs (`state_getReadProof`): the trie nodes on the paths from a state root to some keys, enough
 * for anyone holding only the root to check each key's value, or its absence.
 */
import { fromHex, type Hash, TaonetError } from '@taonet/primitives';
import { bytesToNibbles } from './nibbles.js';
import { stateKeyToBytes } from './stateKey.js';
import { type NodeSource, TrieReader, trieHash } from './trieReader.js';
import { decodeTrieValue } from './trieValue.js';

/** The distinct nodes read while looking up `keys` under `root`, in first-visit order. */
export function createReadProof(source: NodeSource, root: Uint8Array, keys: readonly string[]): Uint8Array[] {
  const nodes = new Map<string, Uint8Array>();
  const reader = new TrieReader(source, 'STATE_UNAVAILABLE', (hash, bytes) => {
    nodes.set(Buffer.from(hash).toString('hex'), bytes);
  });
  for (const key of keys) reader.get(root, bytesToNibbles(stateKeyToBytes(key)));
  return [...nodes.values()];
}

/**
 * Checks `proof` against `stateRoot` and returns each key's proven value (null = proven absent).
 * Throws INVALID_READ_PROOF when the proof lacks a node the lookup of some key needs.
 */
export function verifyReadProof(
  stateRoot: Hash | Uint8Array,
  proof: readonly Uint8Array[],
  keys: readonly string[],
): Map<string, Uint8Array | null> {
  const root = typeof stateRoot === 'string' ? fromHex(stateRoot) : stateRoot;
  const byHash = new Map<string, Uint8Array>();
  for (const node of proof) byHash.set(Buffer.from(trieHash(node)).toString('hex'), node);
  const reader = new TrieReader(
    (hash) => byHash.get(Buffer.from(hash).toString('hex')),
    'INVALID_READ_PROOF',
  );
  const out = new Map<string, Uint8Array | null>();
  for (const key of keys) {
    try {
      const stored = reader.get(root, bytesToNibbles(stateKeyToBytes(key)));
      out.set(key, stored === null ? null : decodeTrieValue(stored));
    } catch (error) {
      if (error instanceof TaonetError && error.code === 'INVALID_STATE_KEY') throw error;
      throw new TaonetError('INVALID_READ_PROOF', `the proof does not prove key ${key}`, {
        details: { key },
        cause: error,
      });
    }
  }
  return out;
}
