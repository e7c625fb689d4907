/** `state_*`: storage reads at a block, paged keys, read proofs, runtime version, storage subscriptions. */
import { Type } from '@sinclair/typebox';
import { defineMethod, defineSubscription, optionalParam, param } from '../defineRpc.js';
import { RuntimeVersionSchema } from '../schemas/chainSchemas.js';
import { HashHex, HexBytes } from '../schemas/primitiveSchemas.js';
import { ReadProofSchema, StorageChangeSetSchema } from '../schemas/stateSchemas.js';

/** the most keys one query or subscription may name */
export const MAX_QUERY_KEYS = 1000;

const Keys = Type.Array(HexBytes, { maxItems: MAX_QUERY_KEYS });

export const stateMethods = [
  defineMethod({
    name: 'state_getStorage',
    params: [param('key', HexBytes), optionalParam('at', HashHex)],
    result: Type.Union([HexBytes, Type.Null()]),
    docs: 'The value at a storage key, or null.',
  }),
  defineMethod({
    name: 'state_getKeysPaged',
    params: [
      param('prefix', HexBytes),
      param('count', Type.Integer({ minimum: 0, maximum: 1000 })),
      optionalParam('startKey', HexBytes),
      optionalParam('at', HashHex),
    ],
    result: Type.Array(HexBytes),
    docs: 'Up to `count` keys under `prefix` after `startKey`, ascending.',
  }),
  defineMethod({
    name: 'state_queryStorageAt',
    params: [param('keys', Keys), optionalParam('at', HashHex)],
    result: Type.Array(StorageChangeSetSchema),
    docs: 'The values of several keys at one block.',
  }),
  defineMethod({
    name: 'state_getReadProof',
    params: [param('keys', Keys), optionalParam('at', HashHex)],
    result: ReadProofSchema,
    docs: 'Merkle trie nodes proving the values of the keys against the state root.',
  }),
  defineMethod({
    name: 'state_getRuntimeVersion',
    params: [optionalParam('at', HashHex)],
    result: RuntimeVersionSchema,
    docs: 'The runtime version (spec and transaction versions are part of signed payloads).',
  }),
] as const;

export const stateSubscriptions = [
  defineSubscription({
    name: 'state_subscribeStorage',
    unsubscribe: 'state_unsubscribeStorage',
    notification: 'state_storage',
    params: [optionalParam('keys', Keys)],
    item: StorageChangeSetSchema,
    docs: 'The current values of the keys, then their changes at each new block (all changes without keys).',
  }),
] as const;
