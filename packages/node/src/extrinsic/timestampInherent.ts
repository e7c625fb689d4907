/**
 * The timestamp inherent: an unsigned `Timestamp.set(now)` the block author puts first in every block,
 * carrying the slot's start time in milliseconds. Inherents are never gossiped or pooled.
 */
import { encodeExtrinsicEnvelope } from '@taonet/rpc';
import type { BoundCall, CallDef } from '@taonet/runtime';
import type { Codec } from 'scale-ts';

export const TIMESTAMP_PALLET = 'Timestamp';
export const TIMESTAMP_SET = 'set';

export function createTimestampCall(now: number): BoundCall {
  return { pallet: TIMESTAMP_PALLET, name: TIMESTAMP_SET, args: { now: BigInt(now) } };
}

export function encodeTimestampInherent(now: number, callCodec: Codec<BoundCall>): Uint8Array {
  return encodeExtrinsicEnvelope({ signed: false, call: callCodec.enc(createTimestampCall(now)) });
}

/** Calls only a block author may include, unsigned (mandatory dispatch class). */
// biome-ignore lint/suspicious/noExplicitAny: any call of the runtime
export function isInherentCall(def: CallDef<any>): boolean {
  return def.pallet === TIMESTAMP_PALLET && def.name === TIMESTAMP_SET;
}

/** The `now` argument of a decoded timestamp call. */
export function getTimestampOf(call: BoundCall): number {
  const { now } = call.args as { now: number | bigint };
  return Number(now);
}
