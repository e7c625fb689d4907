/**
 * Storage items the SDK reads, declared by name, key hashers and SCALE codecs, so that their keys are
 * Substrate's: `twox128(pallet) ++ twox128(item) ++ hasher(encoded key)...`. The declarations mirror the
 * runtime's schemas (a test in packages/testing checks keys and values against the runtime).
 */
import { blake2b128, blake2b256, twox64, twox128 } from '@taonet/crypto';
import { fromHex, toHex } from '@taonet/primitives';
import type { Codec } from 'scale-ts';

export type StorageHasher =
  | 'Identity'
  | 'Twox64Concat'
  | 'Blake2_128Concat'
  | 'Twox128'
  | 'Blake2_128'
  | 'Blake2_256';

export interface KeyPart<K> {
  readonly codec: Codec<K>;
  readonly hasher: StorageHasher;
}

type KeyParts<K extends readonly unknown[]> = { readonly [I in keyof K]: KeyPart<K[I]> };

export interface StorageItem<K extends readonly unknown[], V> {
  readonly pallet: string;
  readonly name: string;
  readonly keys: KeyParts<K>;
  readonly value: Codec<V>;
  /** the value of an absent key (ValueQuery default); undefined for OptionQuery items */
  readonly fallback: V | undefined;
}

export type StorageKeyHex = `0x${string}`;

const encoder = new TextEncoder();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** `hasher(encoded)` as Substrate's storage hashers compute it. */
export function hashKeyPart(hasher: StorageHasher, encoded: Uint8Array): Uint8Array {
  switch (hasher) {
    case 'Identity':
      return encoded;
    case 'Twox64Concat':
      return concat([twox64(encoded), encoded]);
    case 'Blake2_128Concat':
      return concat([blake2b128(encoded), encoded]);
    case 'Twox128':
      return twox128(encoded);
    case 'Blake2_128':
      return blake2b128(encoded);
    case 'Blake2_256':
      return blake2b256(encoded);
  }
}

/** Bytes of hash in front of the encoded key of a "concat" hasher (undefined: not reversible). */
const PREFIX_BYTES: Readonly<Partial<Record<StorageHasher, number>>> = {
  Identity: 0,
  Twox64Concat: 8,
  Blake2_128Concat: 16,
};

const prefixCache = new Map<string, Uint8Array>();

/** `twox128(pallet) ++ twox128(item)` */
export function getStoragePrefix(pallet: string, name: string): Uint8Array {
  const id = `${pallet}.${name}`;
  let prefix = prefixCache.get(id);
  if (prefix === undefined) {
    prefix = concat([twox128(encoder.encode(pallet)), twox128(encoder.encode(name))]);
    prefixCache.set(id, prefix);
  }
  return prefix;
}

export function defineStorageItem<const K extends readonly unknown[], V>(
  item: StorageItem<K, V>,
): StorageItem<K, V> {
  return item;
}

/** The storage key of a full key, or of a leading part of it (a prefix to list entries under). */
export function getStorageKey<K extends readonly unknown[], V>(
  item: StorageItem<K, V>,
  keys: Readonly<Partial<K>> | K,
): StorageKeyHex {
  const parts = [getStoragePrefix(item.pallet, item.name)];
  (keys as readonly unknown[]).forEach((key, i) => {
    const part = (item.keys as readonly KeyPart<unknown>[])[i];
    if (part === undefined) throw new RangeError(`${item.name} has ${item.keys.length} key parts`);
    parts.push(hashKeyPart(part.hasher, part.codec.enc(key)));
  });
  return toHex(concat(parts)) as StorageKeyHex;
}

/** The value stored as 0x hex (null/undefined: absent, giving the item's default). */
export function decodeStorageValue<K extends readonly unknown[], V>(
  item: StorageItem<K, V>,
  hex: string | null | undefined,
): V | undefined {
  if (hex === null || hex === undefined) return item.fallback;
  return item.value.dec(fromHex(hex));
}

/** The key parts of a full storage key (every hasher must be a "concat" one or Identity). */
export function decodeStorageKey<K extends readonly unknown[], V>(item: StorageItem<K, V>, key: string): K {
  const bytes = fromHex(key);
  let offset = 32;
  const out: unknown[] = [];
  for (const part of item.keys as readonly KeyPart<unknown>[]) {
    const skip = PREFIX_BYTES[part.hasher];
    if (skip === undefined) throw new RangeError(`${item.name}: a ${part.hasher} key cannot be decoded`);
    offset += skip;
    // a copy: scale-ts decodes from the start of the underlying buffer, ignoring a subarray's offset
    const value = part.codec.dec(bytes.slice(offset));
    out.push(value);
    offset += part.codec.enc(value).length;
  }
  return out as unknown as K;
}
