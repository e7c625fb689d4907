/** Transaction status updates and fee information (Substrate's JSON). */
import { Type } from '@sinclair/typebox';
import { DecimalString, HashHex } from './primitiveSchemas.js';

export const ExtrinsicStatusSchema = Type.Union([
  Type.Literal('future'),
  Type.Literal('ready'),
  Type.Literal('dropped'),
  Type.Literal('invalid'),
  Type.Object({ inBlock: HashHex }),
  Type.Object({ finalized: HashHex }),
  Type.Object({ usurped: HashHex }),
  Type.Object({ retracted: HashHex }),
]);

export const RuntimeDispatchInfoSchema = Type.Object({
  weight: Type.Object({ refTime: Type.Integer({ minimum: 0 }), proofSize: Type.Integer({ minimum: 0 }) }),
  class: Type.Union([Type.Literal('normal'), Type.Literal('operational'), Type.Literal('mandatory')]),
  /** the fee without the tip, rao */
  partialFee: DecimalString,
});
