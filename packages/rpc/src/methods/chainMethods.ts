/** `chain_*`: headers, blocks, hashes, finality, events, and head subscriptions. */
import { Type } from '@sinclair/typebox';
import { defineMethod, defineSubscription, optionalParam } from '../defineRpc.js';
import { EventRecordSchema, HeaderSchema, SignedBlockSchema } from '../schemas/chainSchemas.js';
import { BlockNumberParam, HashHex } from '../schemas/primitiveSchemas.js';

export const chainMethods = [
  defineMethod({
    name: 'chain_getHeader',
    params: [optionalParam('hash', HashHex)],
    result: Type.Union([HeaderSchema, Type.Null()]),
    docs: 'The header of a block (default: best), or null.',
  }),
  defineMethod({
    name: 'chain_getBlock',
    params: [optionalParam('hash', HashHex)],
    result: Type.Union([SignedBlockSchema, Type.Null()]),
    docs: 'A block with its extrinsics (default: best), or null.',
  }),
  defineMethod({
    name: 'chain_getBlockHash',
    params: [optionalParam('number', BlockNumberParam)],
    result: Type.Union([HashHex, Type.Null()]),
    docs: 'The canonical hash at a number (default: best), or null.',
  }),
  defineMethod({
    name: 'chain_getFinalizedHead',
    params: [],
    result: HashHex,
    docs: 'The hash of the last finalized block.',
  }),
  defineMethod({
    name: 'chain_getEvents',
    params: [optionalParam('hash', HashHex)],
    result: Type.Union([Type.Array(EventRecordSchema), Type.Null()]),
    docs: "A block's events (default: best), or null for an unknown block (taonet).",
  }),
] as const;

export const chainSubscriptions = [
  defineSubscription({
    name: 'chain_subscribeNewHeads',
    unsubscribe: 'chain_unsubscribeNewHeads',
    notification: 'chain_newHead',
    params: [],
    item: HeaderSchema,
    docs: 'Each new best header.',
  }),
  defineSubscription({
    name: 'chain_subscribeFinalizedHeads',
    unsubscribe: 'chain_unsubscribeFinalizedHeads',
    notification: 'chain_finalizedHead',
    params: [],
    item: HeaderSchema,
    docs: 'Each newly finalized header.',
  }),
] as const;
