/**
 * Signature checks for one key type. sr25519 goes straight to @polkadot/wasm-crypto's `sr25519Verify`
 * (several times faster than @polkadot/util-crypto 14, which verifies in pure JS).
 * Malformed inputs (wrong lengths, bad hex) throw; a well-formed but wrong signature returns false.
 */
import { fromHex, TaonetError } from '@taonet/primitives';
import { ed25519VerifyBytes } from './ed25519.js';
import { ensureCryptoReady } from './initCrypto.js';
import { ensureKeypairType, type KeypairType } from './keypairType.js';
import { type SignableMessage, toMessageBytes } from './messageBytes.js';
import { sr25519VerifyBytes } from './sr25519.js';

export const SIGNATURE_LENGTH = 64;

/** A 64-byte signature from bytes or `0x` hex (as in `bt_header_dendrite_signature`). */
export function toSignatureBytes(signature: Uint8Array | string): Uint8Array {
  const bytes = typeof signature === 'string' ? decodeHexSignature(signature) : signature;
  if (!(bytes instanceof Uint8Array) || bytes.length !== SIGNATURE_LENGTH) {
    const length = bytes instanceof Uint8Array ? bytes.length : 0;
    throw new TaonetError('INVALID_SIGNATURE', `a signature has 64 bytes, got ${length}`, {
      details: { length },
    });
  }
  return bytes;
}

function decodeHexSignature(text: string): Uint8Array {
  try {
    return fromHex(text);
  } catch (cause) {
    throw new TaonetError('INVALID_SIGNATURE', 'a signature string is 0x followed by 128 hex digits', {
      cause,
    });
  }
}

export function toPublicKeyBytes(publicKey: Uint8Array | string): Uint8Array {
  const bytes = typeof publicKey === 'string' ? fromHex(publicKey) : publicKey;
  if (bytes.length !== 32) {
    throw new TaonetError('INVALID_PUBLIC_KEY', `a public key has 32 bytes, got ${bytes.length}`, {
      details: { length: bytes.length },
    });
  }
  return bytes;
}

/** True when `signature` is `publicKey`'s signature of exactly `message` (no `<Bytes>` wrapper). */
export function verifySignature(
  type: KeypairType,
  message: SignableMessage,
  signature: Uint8Array | string,
  publicKey: Uint8Array | string,
): boolean {
  ensureKeypairType(type);
  ensureCryptoReady(`${type} verify`);
  const sig = toSignatureBytes(signature);
  const key = toPublicKeyBytes(publicKey);
  const bytes = toMessageBytes(message);
  return type === 'sr25519' ? sr25519VerifyBytes(bytes, sig, key) : ed25519VerifyBytes(bytes, sig, key);
}
