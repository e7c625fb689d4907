/**
 * The extrinsic envelope (`UncheckedExtrinsic`, format v4) with the call left as bytes:
 *   compact(length) ++ 0x84 ++ signer (MultiAddress::Id) ++ MultiSignature ++ extra ++ call   (signed)
 *   compact(length) ++ 0x04 ++ call                                                           (unsigned)
 * MultiSignature = 0x00 ed25519 (64 bytes) | 0x01 sr25519 (64 bytes); ecdsa (0x02) and other address
 * kinds are refused. The node decodes the call with the runtime; SDKs build calls from their own codecs.
 */
import { blake2b256 } from '@taonet/crypto';
import { type AccountId, fromHex, type Hash, toHex } from '@taonet/primitives';
import { badFormat, concatBytes, encodeCompact, ScaleReader } from './scaleReader.js';
import {
  type ExtrinsicExtra,
  encodeExtra,
  encodeSignedPayload,
  readExtra,
  type SigningContext,
} from './signedPayload.js';

export const EXTRINSIC_FORMAT_VERSION = 4;
const SIGNED_BIT = 0x80;

export type SignatureType = 'ed25519' | 'sr25519';

const SIGNATURE_TAGS: Readonly<Record<SignatureType, number>> = { ed25519: 0, sr25519: 1 };

export interface SignedEnvelope {
  readonly signed: true;
  readonly signer: AccountId;
  readonly signatureType: SignatureType;
  readonly signature: Uint8Array;
  readonly extra: ExtrinsicExtra;
  readonly call: Uint8Array;
}

export interface UnsignedEnvelope {
  readonly signed: false;
  readonly call: Uint8Array;
}

export type ExtrinsicEnvelope = SignedEnvelope | UnsignedEnvelope;

/** Decodes a length-prefixed extrinsic; throws `BAD_FORMAT` naming what is wrong. */
export function decodeExtrinsicEnvelope(bytes: Uint8Array): ExtrinsicEnvelope {
  const outer = new ScaleReader(bytes);
  const length = outer.compactNumber();
  if (length !== outer.remaining) {
    throw badFormat(`the length prefix says ${length} bytes, ${outer.remaining} follow`);
  }
  const reader = new ScaleReader(outer.rest());
  const version = reader.u8();
  if ((version & 0x7f) !== EXTRINSIC_FORMAT_VERSION) {
    throw badFormat(`unsupported extrinsic format version ${version & 0x7f} (taonet accepts 4)`);
  }
  if ((version & SIGNED_BIT) === 0) return { signed: false, call: readCall(reader) };
  const addressKind = reader.u8();
  if (addressKind !== 0) {
    throw badFormat(`unsupported signer address kind ${addressKind}: use MultiAddress::Id (0x00)`);
  }
  const signer = toHex(reader.take(32)) as AccountId;
  const tag = reader.u8();
  const signatureType = tag === 0 ? 'ed25519' : tag === 1 ? 'sr25519' : undefined;
  if (signatureType === undefined) {
    throw badFormat(`unsupported signature kind ${tag}: taonet accepts ed25519 (0) and sr25519 (1)`);
  }
  const signature = reader.take(64);
  const extra = readExtra(reader);
  return { signed: true, signer, signatureType, signature, extra, call: readCall(reader) };
}

function readCall(reader: ScaleReader): Uint8Array {
  if (reader.remaining < 2) throw badFormat('the extrinsic has no call');
  return reader.rest();
}

export function encodeExtrinsicEnvelope(envelope: ExtrinsicEnvelope): Uint8Array {
  const body = envelope.signed
    ? concatBytes([
        Uint8Array.of(SIGNED_BIT | EXTRINSIC_FORMAT_VERSION, 0),
        fromHex(envelope.signer),
        Uint8Array.of(SIGNATURE_TAGS[envelope.signatureType]),
        envelope.signature,
        encodeExtra(envelope.extra),
        envelope.call,
      ])
    : concatBytes([Uint8Array.of(EXTRINSIC_FORMAT_VERSION), envelope.call]);
  return concatBytes([encodeCompact(body.length), body]);
}

/** Anything that signs: a `Keypair` of @taonet/crypto fits. */
export interface ExtrinsicSigner {
  readonly type: SignatureType;
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

export interface SignExtrinsicParameters {
  /** the encoded call: `[pallet index][call index][arguments]` */
  readonly call: Uint8Array;
  readonly signer: ExtrinsicSigner;
  readonly extra: ExtrinsicExtra;
  readonly context: SigningContext;
}

/** A signed extrinsic, length-prefixed, ready for `author_submitExtrinsic`. */
export function signExtrinsic(params: SignExtrinsicParameters): Uint8Array {
  const payload = encodeSignedPayload(params.call, params.extra, params.context);
  return encodeExtrinsicEnvelope({
    signed: true,
    signer: toHex(params.signer.publicKey) as AccountId,
    signatureType: params.signer.type,
    signature: params.signer.sign(payload),
    extra: params.extra,
    call: params.call,
  });
}

/** The transaction hash Substrate reports: blake2-256 of the length-prefixed extrinsic. */
export function computeExtrinsicHash(extrinsic: Uint8Array): Hash {
  return toHex(blake2b256(extrinsic)) as Hash;
}
