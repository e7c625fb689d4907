/**
 * Reading the oldest bittensor keyfiles, Fernet tokens (they start with `gAAAAA`): the Python wallet
 * derived the key as PBKDF2-HMAC-SHA256(password, LEGACY_SALT, 10,000,000 iterations, 32 bytes) and used it
 * as a Fernet key (first half signs with HMAC-SHA256, second half encrypts with AES-128-CBC). btwallet (Rust)
 * cannot open these any more (it decrypts with a random key); taonet can. Read only, never written.
 */
import { createDecipheriv, createHmac, pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { InvalidKeyfileError, WrongPasswordError } from './walletErrors.js';

export const LEGACY_FERNET_PREFIX = 'gAAAAA';
export const LEGACY_FERNET_SALT = 'Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins';
export const LEGACY_FERNET_ITERATIONS = 10_000_000;

const pbkdf2Async = promisify(pbkdf2);
const VERSION = 0x80;
const HEADER = 1 + 8 + 16; // version, timestamp, IV
const MAC = 32;

/** The 32-byte Fernet key of a password (about 2 s: 10 million PBKDF2 rounds). */
export async function deriveLegacyFernetKey(password: string): Promise<Uint8Array> {
  return new Uint8Array(
    await pbkdf2Async(password, LEGACY_FERNET_SALT, LEGACY_FERNET_ITERATIONS, 32, 'sha256'),
  );
}

/** Opens a Fernet token with a 32-byte key; the token's timestamp is not checked (no TTL). */
export function decryptFernetToken(token: Uint8Array | string, key: Uint8Array): Uint8Array {
  const text = typeof token === 'string' ? token : Buffer.from(token).toString('latin1');
  const raw = Buffer.from(text.trim(), 'base64url');
  if (raw.length < HEADER + MAC + 16 || raw[0] !== VERSION || (raw.length - HEADER - MAC) % 16 !== 0) {
    throw new InvalidKeyfileError('the legacy (Fernet) keyfile is damaged');
  }
  const signed = raw.subarray(0, raw.length - MAC);
  const expected = createHmac('sha256', key.subarray(0, 16)).update(signed).digest();
  if (!timingSafeEqual(expected, raw.subarray(raw.length - MAC))) {
    throw new WrongPasswordError('wrong password for this legacy (Fernet) keyfile');
  }
  const decipher = createDecipheriv('aes-128-cbc', key.subarray(16, 32), raw.subarray(9, HEADER));
  try {
    return new Uint8Array(
      Buffer.concat([decipher.update(raw.subarray(HEADER, raw.length - MAC)), decipher.final()]),
    );
  } catch {
    throw new InvalidKeyfileError('the legacy (Fernet) keyfile has bad padding: the file is damaged');
  }
}

/** Decrypts a legacy Fernet keyfile with its password. */
export async function decryptLegacyFernet(data: Uint8Array, password: string): Promise<Uint8Array> {
  const key = await deriveLegacyFernetKey(password);
  try {
    return decryptFernetToken(data, key);
  } finally {
    key.fill(0);
  }
}
