/**
 * A whole extrinsic from bytes: the envelope (@taonet/rpc) and the call decoded with the runtime's call
 * definitions (`Executive.findCallByIndex`, `CallDef.args`). The call must re-encode to exactly its
 * bytes, so that truncated, padded or non-canonical arguments are refused rather than guessed.
 */
import type { AccountId, Hash } from '@taonet/primitives';
import { TaonetError } from '@taonet/primitives';
import {
  computeExtrinsicHash,
  decodeExtrinsicEnvelope,
  type ExtrinsicEnvelope,
  type SignedEnvelope,
} from '@taonet/rpc';
import type { BoundCall, CallDef, CallLookup } from '@taonet/runtime';

export interface DecodedExtrinsic {
  /** the length-prefixed bytes as submitted and as stored in blocks */
  readonly bytes: Uint8Array;
  readonly hash: Hash;
  readonly envelope: ExtrinsicEnvelope;
  readonly call: BoundCall;
  // biome-ignore lint/suspicious/noExplicitAny: any call of the runtime
  readonly def: CallDef<any>;
}

export interface SignedExtrinsic extends DecodedExtrinsic {
  readonly envelope: SignedEnvelope;
}

export function isSignedExtrinsic(xt: DecodedExtrinsic): xt is SignedExtrinsic {
  return xt.envelope.signed;
}

export function signerOf(xt: SignedExtrinsic): AccountId {
  return xt.envelope.signer;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Decodes `[pallet index][call index][arguments]` strictly; throws `BAD_FORMAT`. */
// biome-ignore lint/suspicious/noExplicitAny: any call of the runtime
export function decodeCall(callBytes: Uint8Array, calls: CallLookup): { call: BoundCall; def: CallDef<any> } {
  const [palletIndex = 0, callIndex = 0] = callBytes;
  const def = calls.findCallByIndex(palletIndex, callIndex);
  if (def === undefined) {
    throw new TaonetError('BAD_FORMAT', `no call ${callIndex} in pallet ${palletIndex}`, {
      details: { palletIndex, callIndex },
    });
  }
  const argBytes = callBytes.slice(2); // a fresh buffer: scale-ts ignores a subarray's offset
  let args: unknown;
  let ok = false;
  try {
    args = def.args.dec(argBytes);
    ok = sameBytes(def.args.enc(args), argBytes);
  } catch (cause) {
    throw new TaonetError('BAD_FORMAT', `the arguments of ${def.pallet}.${def.name} do not decode`, {
      cause,
      details: { pallet: def.pallet, call: def.name },
    });
  }
  if (!ok) {
    throw new TaonetError(
      'BAD_FORMAT',
      `the arguments of ${def.pallet}.${def.name} are truncated, padded or not canonical`,
      { details: { pallet: def.pallet, call: def.name } },
    );
  }
  return { call: { pallet: def.pallet, name: def.name, args }, def };
}

/** Decodes a length-prefixed extrinsic and its call; throws `BAD_FORMAT` naming what is wrong. */
export function decodeExtrinsic(bytes: Uint8Array, calls: CallLookup): DecodedExtrinsic {
  const envelope = decodeExtrinsicEnvelope(bytes);
  const { call, def } = decodeCall(envelope.call, calls);
  return { bytes, hash: computeExtrinsicHash(bytes), envelope, call, def };
}
