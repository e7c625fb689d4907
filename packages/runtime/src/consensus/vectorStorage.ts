/**
 * The epoch's reads and writes of per-uid vectors and sparse rows through the hand-written codecs of
 * `state/vectorCodecs.ts`, which produce and read exactly the bytes of the items' own scale-ts codecs
 * (checked item by item in the tests) at a fraction of the cost.
 */
import type { Codec } from 'scale-ts';
import type { OverlayState } from '../state/overlayState.js';
import type { StorageMapN } from '../state/storageItem.js';
import { encodeU16Pairs } from '../state/vectorCodecs.js';

/** `item.get(state, key)`, decoding the stored bytes with `codec`. */
export function readVector<K extends readonly unknown[], V>(
  state: OverlayState,
  item: StorageMapN<K, V>,
  key: K,
  codec: Codec<V>,
): V {
  const raw = state.get(item.keyOf(key));
  return raw === undefined ? item.get(state, key) : codec.dec(raw);
}

/** `item.set(state, key, value)`, encoding with `codec`. */
export function writeVector<K extends readonly unknown[], V>(
  state: OverlayState,
  item: StorageMapN<K, V>,
  key: K,
  value: V,
  codec: Codec<V>,
): void {
  state.set(item.keyOf(key), codec.enc(value));
}

/** `item.set(state, key, row)` of a `Vec<(u16, u16)>` row. */
export function writeRow<K extends readonly unknown[]>(
  state: OverlayState,
  item: StorageMapN<K, [number, number][]>,
  key: K,
  row: readonly (readonly [number, number])[],
): void {
  state.set(item.keyOf(key), encodeU16Pairs(row));
}
