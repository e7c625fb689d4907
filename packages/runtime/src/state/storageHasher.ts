/**
 * Substrate's storage hashers. A key is `twox128(pallet) ++ twox128(item) ++ hasher(key)...`, so that
 * Substrate tooling can read taonet's state. "Concat" hashers append the encoded key, which lets
 * iteration recover the keys.
 */
import { blake2b128, twox64, twox128 } from '@taonet/crypto';
import { toHex } from '@taonet/primitives';

export interface StorageHasher {
  readonly name: 'Identity' | 'Twox64Concat' | 'Blake2_128Concat' | 'Twox128' | 'Blake2_128';
  /** bytes of the hash prefix that precede the encoded key (0 for Identity) */
  readonly prefixBytes: number;
  /** true when the encoded key follows the hash, so it can be decoded back */
  readonly reversible: boolean;
  hash(encodedKey: Uint8Array): Uint8Array;
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
};

export const Identity: StorageHasher = {
  name: 'Identity',
  prefixBytes: 0,
  reversible: true,
  hash: (key) => key,
};

export const Twox64Concat: StorageHasher = {
  name: 'Twox64Concat',
  prefixBytes: 8,
  reversible: true,
  hash: (key) => concat(twox64(key), key),
};

export const Blake2_128Concat: StorageHasher = {
  name: 'Blake2_128Concat',
  prefixBytes: 16,
  reversible: true,
  hash: (key) => concat(blake2b128(key), key),
};

export const Twox128: StorageHasher = {
  name: 'Twox128',
  prefixBytes: 16,
  reversible: false,
  hash: (key) => twox128(key),
};

const encoder = new TextEncoder();
const prefixCache = new Map<string, string>();

/** hex of `twox128(pallet) ++ twox128(item)` (no 0x), cached */
export function storagePrefix(pallet: string, item: string): string {
  const id = `${pallet}.${item}`;
  let prefix = prefixCache.get(id);
  if (prefix === undefined) {
    prefix = toHex(twox128(encoder.encode(pallet))).slice(2) + toHex(twox128(encoder.encode(item))).slice(2);
    prefixCache.set(id, prefix);
  }
  return prefix;
}
