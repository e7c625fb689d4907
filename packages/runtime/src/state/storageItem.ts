/**
 * Typed storage items derived from a declaration (pallet, item name, key hashers and codecs, value
 * codec, default), like FRAME's `StorageValue` / `StorageMap` / `StorageDoubleMap` / `StorageNMap`.
 * Modules declare them once in their `schema.ts`; nobody writes get_/set_ wrappers by hand.
 */
import { fromHex, toHex } from '@taonet/primitives';
import type { Codec } from 'scale-ts';
import type { OverlayState } from './overlayState.js';
import { type StorageHasher, storagePrefix } from './storageHasher.js';

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

const hex = (bytes: Uint8Array) => toHex(bytes).slice(2);

/** The shared machinery: a map from a key tuple to a value, with a default for absent keys. */
export class StorageMapN<K extends readonly unknown[], V> {
  readonly prefix: string;

  constructor(
    readonly pallet: string,
    readonly name: string,
    private readonly keys: KeyParts<K>,
    readonly codec: Codec<V>,
    private readonly defaultValue: () => V,
    readonly docs = '',
  ) {
    this.prefix = storagePrefix(pallet, name);
  }

  info(): StorageItemInfo {
    const hashers = (this.keys as readonly KeyPart<unknown>[]).map((part) => part.hasher.name);
    return { pallet: this.pallet, name: this.name, prefix: this.prefix, hashers, docs: this.docs };
  }

  /** Hex storage key (no 0x) for a full key, or for a leading part of it (a prefix to iterate). */
  keyOf(key: readonly unknown[]): string {
    let out = this.prefix;
    const parts = this.keys as readonly KeyPart<unknown>[];
    for (let i = 0; i < key.length; i++) {
      const part = parts[i]!;
      out += hex(part.hasher.hash(part.codec.enc(key[i])));
    }
    return out;
  }

  get(state: OverlayState, key: K): V {
    const raw = state.get(this.keyOf(key));
    return raw === undefined ? this.defaultValue() : this.codec.dec(raw);
  }

  getOption(state: OverlayState, key: K): V | undefined {
    const raw = state.get(this.keyOf(key));
    return raw === undefined ? undefined : this.codec.dec(raw);
  }

  contains(state: OverlayState, key: K): boolean {
    return state.has(this.keyOf(key));
  }

  set(state: OverlayState, key: K, value: V): void {
    state.set(this.keyOf(key), this.codec.enc(value));
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
      yield [this.decodeKey(storageKey), this.codec.dec(raw)];
    }
  }

  /** Remove every entry under a leading part of the key; returns how many were removed. */
  clear(state: OverlayState, leading: readonly unknown[] = []): number {
    return state.clearPrefix(this.keyOf(leading));
  }

  decodeKey(storageKey: string): K {
    const bytes = fromHex(storageKey.slice(this.prefix.length));
    const out: unknown[] = [];
    let offset = 0;
    for (const part of this.keys as readonly KeyPart<unknown>[]) {
      if (!part.hasher.reversible)
        throw new Error(`${this.name}: key hasher ${part.hasher.name} cannot be iterated`);
      offset += part.hasher.prefixBytes;
      const value = part.codec.dec(bytes.slice(offset)); // scale-ts ignores a subarray's offset
      out.push(value);
      offset += part.codec.enc(value).length;
    }
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
