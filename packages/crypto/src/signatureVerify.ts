/**
 * Verifies a signature against a signer given as an SS58 address, a 0x account id or public key bytes,
 * the way btwallet's `Keypair.verify` does: the raw message first, then `<Bytes>message</Bytes>` (what
 * polkadot-js browser extensions sign). Without a `type`, sr25519 is tried, then ed25519.
 */
import { isHex } from '@taonet/primitives';
import { KEYPAIR_TYPES, type KeypairType } from './keypairType.js';
import { type SignableMessage, toMessageBytes, wrapBytes } from './messageBytes.js';
import { decodeSs58 } from './ss58.js';
import { toPublicKeyBytes, toSignatureBytes, verifySignature } from './verifySignature.js';

export interface SignatureVerifyOpts {
  /** Only this scheme; both (sr25519 first) unless told. */
  type?: KeypairType;
  /** Also accept a signature of `<Bytes>message</Bytes>`; true unless told (btwallet does). */
  allowBytesWrapper?: boolean;
}

export interface SignatureVerifyResult {
  isValid: boolean;
  /** The scheme that verified, or null. */
  type: KeypairType | null;
  /** True when the signature was over the `<Bytes>`-wrapped message. */
  isWrapped: boolean;
  publicKey: Uint8Array;
}

/** The public key of an SS58 address, a 0x account id, or bytes (checked to be 32 long). */
export function toSignerPublicKey(signer: string | Uint8Array): Uint8Array {
  if (typeof signer !== 'string') return toPublicKeyBytes(signer);
  return isHex(signer) ? toPublicKeyBytes(signer) : decodeSs58(signer).publicKey;
}

export function signatureVerify(
  message: SignableMessage,
  signature: Uint8Array | string,
  signer: string | Uint8Array,
  opts: SignatureVerifyOpts = {},
): SignatureVerifyResult {
  const publicKey = toSignerPublicKey(signer);
  const sig = toSignatureBytes(signature);
  const raw = toMessageBytes(message);
  const candidates = opts.allowBytesWrapper === false ? [raw] : [raw, wrapBytes(raw)];
  for (const type of opts.type === undefined ? KEYPAIR_TYPES : [opts.type]) {
    for (const [index, bytes] of candidates.entries()) {
      if (verifySignature(type, bytes, sig, publicKey)) {
        return { isValid: true, type, isWrapped: index === 1, publicKey };
      }
    }
  }
  return { isValid: false, type: null, isWrapped: false, publicKey };
}
