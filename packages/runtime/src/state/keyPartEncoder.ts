/**
 * The hex of one hashed key part (`hasher(codec.enc(value))`, no 0x), memoised: storage keys are built on
 * every access, and hashing an account (blake2/xxhash) or hex-encoding costs far more than a map lookup.
 * One encoder (and one cache) per (codec, hasher) pair, shared by every item keyed by that pair; only
 * primitive values (numbers, strings, bigints, booleans) are cached, at most `MAX_CACHED` per pair, the
 * oldest dropped first. The cache only remembers a pure function, so results never depend on it.
 */
import type { Codec } from 'scale-ts';
import type { StorageHasher } from './storageHasher.js';

const MAX_CACHED = 1 << 16;

const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Lowercase hex of `bytes` (from `start` to `end`) without 0x. */
export function hexOf(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  for (let i = start; i < end; i++) out += HEX_PAIRS[bytes[i]!]!;
  return out;
}

export class KeyPartEncoder {
  private readonly cache = new Map<unknown, string>();

  constructor(
    private readonly codec: Codec<unknown>,
    readonly hasher: StorageHasher,
    private readonly maxCached = MAX_CACHED,
  ) {}

  /** hex of `hasher(codec.enc(value))` */
  hex(value: unknown): string {
    const kind = typeof value;
    if (kind === 'object' || kind === 'function' || kind === 'symbol' || kind === 'undefined') {
      return this.compute(value);
    }
    let out = this.cache.get(value);
    if (out === undefined) {
      out = this.compute(value);
      if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value);
      this.cache.set(value, out);
    }
    return out;
  }

  /** How many hex digits the encoded value takes after the hash prefix (for decoding concat keys). */
  encodedHexLength(value: unknown): number {
    return this.hex(value).length - 2 * this.hasher.prefixBytes;
  }

  private compute(value: unknown): string {
    return hexOf(this.hasher.hash(this.codec.enc(value)));
  }
}

const encoders = new WeakMap<Codec<unknown>, Map<StorageHasher, KeyPartEncoder>>();

/** The shared encoder of a (codec, hasher) pair. */
export function keyPartEncoder(codec: Codec<unknown>, hasher: StorageHasher): KeyPartEncoder {
  let byHasher = encoders.get(codec);
  if (byHasher === undefined) {
    byHasher = new Map();
    encoders.set(codec, byHasher);
  }
  let encoder = byHasher.get(hasher);
  if (encoder === undefined) {
    encoder = new KeyPartEncoder(codec, hasher);
    byHasher.set(hasher, encoder);
  }
  return encoder;
}
