/**
 * Declaration shorthands for `SubtensorModule` storage, so each module's `schema.ts` reads like
 * subtensor's `lib.rs`: `subnetMap('Tempo', u16, 360, '...')` is
 * `StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultTempo>`.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { type Codec, u16 } from 'scale-ts';
import { Blake2_128Concat, Identity } from '../state/storageHasher.js';
import { keyPart, storageDoubleMap, storageMap, storageValue } from '../state/storageItem.js';
import { SUBTENSOR } from './subtensorPallet.js';

type Default<V> = V | (() => V);

/** `NetUidStorageIndex = mecid * 4096 + netuid`: the key of per-mechanism storage (weights, bonds...). */
export type NetUidStorageIndex = number;
export const MECHANISM_INDEX_STRIDE = 4096;

export function storageIndexOf(netuid: NetUid, mecid: number): NetUidStorageIndex {
  return mecid * MECHANISM_INDEX_STRIDE + netuid;
}

export const netuidKey = keyPart(NetUidCodec, Identity);
export const storageIndexKey = keyPart<NetUidStorageIndex>(u16, Identity);
export const accountKey = keyPart<AccountId>(AccountIdCodec, Blake2_128Concat);

export function subtensorValue<V>(name: string, value: Codec<V>, fallback: Default<V>, docs: string) {
  return storageValue<V>({ pallet: SUBTENSOR, name, value, default: fallback, docs });
}

/** A per-subnet item keyed `Identity(NetUid)`. */
export function subnetMap<V>(name: string, value: Codec<V>, fallback: Default<V> | undefined, docs: string) {
  return storageMap<NetUid, V>({
    pallet: SUBTENSOR,
    name,
    key: netuidKey,
    value,
    ...(fallback === undefined ? {} : { default: fallback }),
    docs,
  });
}

/** A per-mechanism item keyed `Identity(NetUidStorageIndex)`. */
export function mechanismMap<V>(name: string, value: Codec<V>, fallback: Default<V>, docs: string) {
  return storageMap<NetUidStorageIndex, V>({
    pallet: SUBTENSOR,
    name,
    key: storageIndexKey,
    value,
    default: fallback,
    docs,
  });
}

/** A per-account item keyed `Blake2_128Concat(AccountId)`. */
export function accountMap<V>(name: string, value: Codec<V>, fallback: Default<V> | undefined, docs: string) {
  return storageMap<AccountId, V>({
    pallet: SUBTENSOR,
    name,
    key: accountKey,
    value,
    ...(fallback === undefined ? {} : { default: fallback }),
    docs,
  });
}

/** A per-(subnet, account) item keyed `Identity(NetUid), Blake2_128Concat(AccountId)`. */
export function subnetAccountMap<V>(
  name: string,
  value: Codec<V>,
  fallback: Default<V> | undefined,
  docs: string,
) {
  return storageDoubleMap<NetUid, AccountId, V>({
    pallet: SUBTENSOR,
    name,
    keys: [netuidKey, accountKey],
    value,
    ...(fallback === undefined ? {} : { default: fallback }),
    docs,
  });
}
