/** `author_*` and `payment_queryInfo`: submitting transactions and their fees. */
import { Type } from '@sinclair/typebox';
import { defineMethod, defineSubscription, optionalParam, param } from '../defineRpc.js';
import { ExtrinsicStatusSchema, RuntimeDispatchInfoSchema } from '../schemas/authorSchemas.js';
import { HashHex, HexBytes } from '../schemas/primitiveSchemas.js';

export const authorMethods = [
  defineMethod({
    name: 'author_submitExtrinsic',
    params: [param('extrinsic', HexBytes)],
    result: HashHex,
    docs: 'Validate and pool a signed extrinsic; returns its hash or the reason it is refused.',
  }),
  defineMethod({
    name: 'author_pendingExtrinsics',
    params: [],
    result: Type.Array(HexBytes),
    docs: 'The pooled extrinsics, ready ones first in block order.',
  }),
  defineMethod({
    name: 'payment_queryInfo',
    params: [param('extrinsic', HexBytes), optionalParam('at', HashHex)],
    result: RuntimeDispatchInfoSchema,
    docs: 'Weight, class and fee (without tip) the extrinsic would pay.',
  }),
] as const;

export const authorSubscriptions = [
  defineSubscription({
    name: 'author_submitAndWatchExtrinsic',
    unsubscribe: 'author_unwatchExtrinsic',
    notification: 'author_extrinsicUpdate',
    params: [param('extrinsic', HexBytes)],
    item: ExtrinsicStatusSchema,
    docs: 'Submit, then follow the extrinsic: future/ready, inBlock, finalized (or invalid, dropped, usurped).',
  }),
] as const;
