/**
 * Typed storage reads: one key (`state_getStorage`), many keys in one round trip per 1,000
 * (`state_queryStorageAt`, chunks in parallel), and every entry under a key prefix (`state_getKeysPaged`).
 * An absent key gives the item's default (or undefined for OptionQuery items).
 */
import type { Client } from '../client/createClient.js';
import {
  decodeStorageKey,
  decodeStorageValue,
  getStorageKey,
  type StorageItem,
  type StorageKeyHex,
} from '../storage/storageItem.js';

/** A block hash (0x + 64 hex digits); queries read the best block when it is left out. */
export type BlockHash = `0x${string}`;

/** the most keys one `state_queryStorageAt` or `state_getKeysPaged` call takes */
export const MAX_QUERY_KEYS = 1000;

export interface ReadStorageParameters<K extends readonly unknown[], V> {
  readonly item: StorageItem<K, V>;
  readonly keys: K;
  readonly at?: BlockHash;
}

export async function readStorage<K extends readonly unknown[], V>(
  client: Client,
  { item, keys, at }: ReadStorageParameters<K, V>,
): Promise<V | undefined> {
  const raw = await client.request('state_getStorage', getStorageKey(item, keys), at);
  return decodeStorageValue(item, raw);
}

/** Raw values of many storage keys at one block (null: absent), in the order of `keys`. */
export async function readRawStorage(
  client: Client,
  keys: readonly StorageKeyHex[],
  at?: BlockHash,
): Promise<(string | null)[]> {
  const chunks: StorageKeyHex[][] = [];
  for (let i = 0; i < keys.length; i += MAX_QUERY_KEYS) chunks.push(keys.slice(i, i + MAX_QUERY_KEYS));
  const sets = await Promise.all(chunks.map((chunk) => client.request('state_queryStorageAt', chunk, at)));
  const values = new Map<string, string | null>();
  for (const set of sets.flat()) for (const [key, value] of set.changes) values.set(key.toLowerCase(), value);
  return keys.map((key) => values.get(key.toLowerCase()) ?? null);
}

export interface ReadStorageManyParameters<K extends readonly unknown[], V> {
  readonly item: StorageItem<K, V>;
  readonly keys: readonly K[];
  readonly at?: BlockHash;
}

/** The values of one item under many keys, in one round trip per 1,000 keys. */
export async function readStorageMany<K extends readonly unknown[], V>(
  client: Client,
  { item, keys, at }: ReadStorageManyParameters<K, V>,
): Promise<(V | undefined)[]> {
  const raw = await readRawStorage(
    client,
    keys.map((key) => getStorageKey(item, key)),
    at,
  );
  return raw.map((value) => decodeStorageValue(item, value));
}

/** A storage read of any item, for `readStorageBatch`. */
export interface StorageQuery {
  // biome-ignore lint/suspicious/noExplicitAny: items of any key and value types
  readonly item: StorageItem<any, any>;
  readonly keys: readonly unknown[];
}

/** The values of reads of different items at one block, in one round trip per 1,000 keys. */
export async function readStorageBatch(
  client: Client,
  { queries, at }: { readonly queries: readonly StorageQuery[]; readonly at?: BlockHash },
): Promise<unknown[]> {
  const raw = await readRawStorage(
    client,
    queries.map((q) => getStorageKey(q.item, q.keys)),
    at,
  );
  return raw.map((value, i) => decodeStorageValue(queries[i]!.item, value));
}

export interface ListStorageEntriesParameters<K extends readonly unknown[], V> {
  readonly item: StorageItem<K, V>;
  /** a leading part of the key (empty: every entry) */
  readonly prefix?: readonly unknown[];
  readonly at?: BlockHash;
  /** keys per `state_getKeysPaged` page (default and maximum 1,000) */
  readonly pageSize?: number;
}

/** Every (key, value) of an item under a key prefix, in storage-key order. */
export async function listStorageEntries<K extends readonly unknown[], V>(
  client: Client,
  { item, prefix = [], at, pageSize = MAX_QUERY_KEYS }: ListStorageEntriesParameters<K, V>,
): Promise<[K, V][]> {
  const keyPrefix = getStorageKey(item, prefix as Partial<K>);
  const keys: StorageKeyHex[] = [];
  let start: string | undefined;
  for (;;) {
    const page = await client.request('state_getKeysPaged', keyPrefix, pageSize, start, at);
    keys.push(...(page as StorageKeyHex[]));
    if (page.length < pageSize) break;
    start = page[page.length - 1];
  }
  const values = await readRawStorage(client, keys, at);
  const out: [K, V][] = [];
  keys.forEach((key, i) => {
    const value = decodeStorageValue(item, values[i]);
    if (value !== undefined) out.push([decodeStorageKey(item, key), value]);
  });
  return out;
}
