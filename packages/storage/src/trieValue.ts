/**
 * Trie leaves hold `0x00 ++ value`. The Merkle Patricia trie treats an empty value as a deletion, but
 * SCALE state values may be empty (a unit value): the tag keeps every present value non-empty.
 */
import { TaonetError } from '@taonet/primitives';

const VALUE_TAG = 0x00;

export function encodeTrieValue(value: Uint8Array): Uint8Array {
  const out = new Uint8Array(value.length + 1);
  out[0] = VALUE_TAG;
  out.set(value, 1);
  return out;
}

export function decodeTrieValue(stored: Uint8Array): Uint8Array {
  if (stored.length === 0 || stored[0] !== VALUE_TAG) {
    throw new TaonetError('INVALID_TRIE_VALUE', 'a trie leaf does not start with the value tag 0x00');
  }
  return stored.subarray(1);
}
