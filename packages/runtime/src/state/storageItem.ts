/**
 * Typed storage items derived from a declaration (pallet, item name, key hashers and codecs, value
 * codec, default), like FRAME's `StorageValue` / `StorageMap` / `StorageDoubleMap` / `StorageNMap`.
 * Modules declare them once in their `schema.ts`; nobody writes get_/set_ wrappers by hand.
 */
import type { Codec } from 'scale-ts';
import { type KeyPartEncoder, keyPartEncoder } from './keyPartEncoder.js';
import type { OverlayState } from './overlayState.js';
import { type StorageHasher, storagePrefix } from './storageHasher.js';
import { StorageKeyBuilder } from './storageKeyBuilder.js';
import { type Decode, fastDecoder, ValueCodec } from './valueCodec.js';

export interface KeyPart<K> {
  readonly codec: Codec<K>;
  readonly hasher: StorageHasher;
}

export function keyPart<K>(codec: Codec<K>, hasher: StorageHasher): KeyPart<K> {
  return { codec, hasher };
}

type KeyParts<K extends readonly unknown[]> = { readonly [I in keyof K]: KeyPart<K[I]> };

export interface StorageItemInfo {
  readonly pallet: string;
  readonly name: string;
  readonly prefix: string;
  readonly hashers: readonly string[];
  readonly docs: string;
}

/** hex digit value by char code, -1 for a non-digit */
const HEX_VALUES = Int8Array.from({ length: 128 }, (_, code) =>
  '0123456789abcdef'.indexOf(String.fromCharCode(code).toLowerCase()),
);

/** The bytes of the hex digits of `text` from index `at` on (storage keys are well-formed hex). */
function bytesOfHex(text: string, at: number): Uint8Array {
  const out = new Uint8Array((text.length - at) >> 1);
  for (let i = 0; i < out.length; i++) {
    const high = HEX_VALUES[text.charCodeAt(at + 2 * i)] ?? -1;
    const low = HEX_VALUES[text.charCodeAt(at + 2 * i + 1)] ?? -1;
    if (high < 0 || low < 0) throw new Error(`storage key ${text} is not hex`);
    out[i] = (high << 4) | low;
  }
  return out;
}

/** The shared machinery: a map from a key tuple to a value, with a default for absent keys. */
export class StorageMapN<K extends readonly unknown[], V> {
  readonly prefix: string;
  private readonly encoders: readonly KeyPartEncoder[];
  private readonly keyBuilder: StorageKeyBuilder;
  private readonly keyDecoders: readonly Decode[];
  private readonly values: ValueCodec<V>;

  constructor(
    readonly pallet: string,
    readonly name: string,
    private readonly keys: KeyParts<K>,
    readonly codec: Codec<V>,
    private readonly defaultValue: () => V,
    readonly docs = '',
  ) {
    this.prefix = storagePrefix(pallet, name);
    this.values = new ValueCodec(codec);
    this.encoders = (keys as readonly KeyPart<unknown>[]).map((part) =>
      keyPartEncoder(part.codec, part.hasher),
    );
    this.keyBuilder = new StorageKeyBuilder(this.prefix, this.encoders);
    this.keyDecoders = (keys as readonly KeyPart<unknown>[]).map((part) => fastDecoder(part.codec));
  }

  info(): StorageItemInfo {
    const hashers = (this.keys as readonly KeyPart<unknown>[]).map((part) => part.hasher.name);
    return { pallet: this.pallet, name: this.name, prefix: this.prefix, hashers, docs: this.docs };
  }

  /** Hex storage key (no 0x) for a full key, or for a leading part of it (a prefix to iterate). */
  keyOf(key: readonly unknown[]): string {
    return this.keyBuilder.keyOf(key);
  }

  get(state: OverlayState, key: K): V {
    const raw = state.get(this.keyOf(key));
    return raw === undefined ? this.defaultValue() : this.values.decode(raw);
  }

  getOption(state: OverlayState, key: K): V | undefined {
    const raw = state.get(this.keyOf(key));
    return raw === undefined ? undefined : this.values.decode(raw);
  }

  contains(state: OverlayState, key: K): boolean {
    return state.has(this.keyOf(key));
  }

  set(state: OverlayState, key: K, value: V): void {
    state.set(this.keyOf(key), this.values.encode(value));
  }

  remove(state: OverlayState, key: K): void {
    state.delete(this.keyOf(key));
  }

  mutate(state: OverlayState, key: K, update: (value: V) => V): V {
    const next = update(this.get(state, key));
    this.set(state, key, next);
    return next;
  }

  /** Every (key, value) under a leading part of the key, in storage (hash) order. */
  *entries(state: OverlayState, leading: readonly unknown[] = []): Generator<[K, V]> {
    for (const storageKey of state.keysWithPrefix(this.keyOf(leading))) {
      const raw = state.get(storageKey);
      if (raw === undefined) continue;
      yield [this.decodeKey(storageKey), this.values.decode(raw)];
    }
  }

  /** Remove every entry under a leading part of the key; returns how many were removed. */
  clear(state: OverlayState, leading: readonly unknown[] = []): number {
    return state.clearPrefix(this.keyOf(leading));
  }

  decodeKey(storageKey: string): K {
    const bytes = bytesOfHex(storageKey, this.prefix.length);
    const out: unknown[] = [];
    let offset = 0;
    (this.keys as readonly KeyPart<unknown>[]).forEach((part, i) => {
      if (!part.hasher.reversible)
        throw new Error(`${this.name}: key hasher ${part.hasher.name} cannot be iterated`);
      offset += part.hasher.prefixBytes;
      const value = this.keyDecoders[i]!(bytes, offset);
      out.push(value);
      offset += this.encoders[i]!.encodedHexLength(value) / 2;
    });
    return out as unknown as K;
  }
}

/** A single value (`StorageValue`). */
export class StorageValue<V> {
  private readonly inner: StorageMapN<[], V>;

  constructor(pallet: string, name: string, codec: Codec<V>, defaultValue: () => V, docs = '') {
    this.inner = new StorageMapN<[], V>(pallet, name, [], codec, defaultValue, docs);
  }

  info(): StorageItemInfo {
    return this.inner.info();
  }

  get key(): string {
    return this.inner.prefix;
  }

  get(state: OverlayState): V {
    return this.inner.get(state, []);
  }

  getOption(state: OverlayState): V | undefined {
    return this.inner.getOption(state, []);
  }

  exists(state: OverlayState): boolean {
    return this.inner.contains(state, []);
  }

  set(state: OverlayState, value: V): void {
    this.inner.set(state, [], value);
  }

  remove(state: OverlayState): void {
    this.inner.remove(state, []);
  }

  mutate(state: OverlayState, update: (value: V) => V): V {
    return this.inner.mutate(state, [], update);
  }
}

export interface StorageDecl<V> {
  readonly pallet: string;
  readonly name: string;
  readonly value: Codec<V>;
  /** the ValueQuery default (absent key); omit for items read with `getOption` only */
  readonly default?: V | (() => V);
  readonly docs?: string;
}

const defaultOf = <V>(decl: StorageDecl<V>): (() => V) => {
  const value = decl.default;
  if (typeof value === 'function') return value as () => V;
  if (value === undefined) {
    return () => {
      throw new Error(`${decl.pallet}.${decl.name} has no default: read it with getOption`);
    };
  }
  return () => value;
};

export function storageValue<V>(decl: StorageDecl<V>): StorageValue<V> {
  return new StorageValue(decl.pallet, decl.name, decl.value, defaultOf(decl), decl.docs);
}

export function storageMap<K, V>(decl: StorageDecl<V> & { readonly key: KeyPart<K> }): StorageMapN<[K], V> {
  return new StorageMapN<[K], V>(decl.pallet, decl.name, [decl.key], decl.value, defaultOf(decl), decl.docs);
}

export function storageDoubleMap<K1, K2, V>(
  decl: StorageDecl<V> & { readonly keys: readonly [KeyPart<K1>, KeyPart<K2>] },
): StorageMapN<[K1, K2], V> {
  return new StorageMapN<[K1, K2], V>(
    decl.pallet,
    decl.name,
    decl.keys,
    decl.value,
    defaultOf(decl),
    decl.docs,
  );
}

export function storageNMap<K extends readonly unknown[], V>(
  decl: StorageDecl<V> & { readonly keys: KeyParts<K> },
): StorageMapN<K, V> {
  return new StorageMapN<K, V>(decl.pallet, decl.name, decl.keys, decl.value, defaultOf(decl), decl.docs);
}
