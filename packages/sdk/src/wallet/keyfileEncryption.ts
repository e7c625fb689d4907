/**
 * Keyfile encryption, byte-compatible with btwallet (`keyfile.rs`) and the older PyNaCl wallet:
 * `"$NACL" ‖ nonce(24) ‖ crypto_secretbox(plaintext)` (XSalsa20-Poly1305, the 16-byte tag first), with the
 * key derived by libsodium's `crypto_pwhash_argon2i13`: Argon2i v1.3, OPSLIMIT_SENSITIVE = 8 passes,
 * MEMLIMIT_SENSITIVE = 512 MiB, one lane, 32 bytes, and btwallet's fixed 16-byte salt. The password is used
 * as its UTF-8 bytes. Legacy formats (Ansible Vault, Fernet) are detected by prefix and decrypted, never
 * written.
 */
import { randomBytes } from 'node:crypto';
import { secretbox } from '@noble/ciphers/salsa.js';
import type { Algorithm, Version } from '@node-rs/argon2';
import { ANSIBLE_VAULT_PREFIX, decryptAnsibleVault } from './ansibleVault.js';
import { decryptLegacyFernet, LEGACY_FERNET_PREFIX } from './legacyFernet.js';
import { InvalidKeyfileError, UnsupportedKeyfileFormatError, WrongPasswordError } from './walletErrors.js';

export const NACL_PREFIX = '$NACL';
/** btwallet's `NACL_SALT`, b"\x13q\x83\xdf\xf1Z\t\xbc\x9c\x90\xb5Q\x879\xe9\xb1". */
export const NACL_SALT = Uint8Array.from([
  0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1,
]);
/** libsodium `crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE`. */
export const NACL_OPSLIMIT = 8;
/** libsodium `crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE`, in bytes (512 MiB). */
export const NACL_MEMLIMIT = 536_870_912;
export const NACL_NONCE_LENGTH = 24;
const TAG_LENGTH = 16;
const HEADER_LENGTH = NACL_PREFIX.length + NACL_NONCE_LENGTH;

// @node-rs/argon2 declares these as const enums, which isolated modules cannot read.
const ARGON2I = 1 as Algorithm;
const VERSION_0X13 = 1 as Version;

/** How a keyfile's bytes are protected: `none` is plaintext JSON (or something that is not a keyfile). */
export type KeyfileEncryption = 'nacl' | 'ansible-vault' | 'legacy-fernet' | 'none';

function startsWith(data: Uint8Array, prefix: string): boolean {
  if (data.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (data[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** The encryption of keyfile bytes, from their prefix (btwallet's `keyfile_data_encryption_method`). */
export function getKeyfileEncryption(data: Uint8Array): KeyfileEncryption {
  if (startsWith(data, NACL_PREFIX)) return 'nacl';
  if (startsWith(data, ANSIBLE_VAULT_PREFIX)) return 'ansible-vault';
  if (startsWith(data, LEGACY_FERNET_PREFIX)) return 'legacy-fernet';
  return 'none';
}

export function isKeyfileEncrypted(data: Uint8Array): boolean {
  return getKeyfileEncryption(data) !== 'none';
}

/**
 * The 32-byte secretbox key of a password: libsodium `crypto_pwhash_argon2i13` with the SENSITIVE limits
 * and the fixed salt. About 2 s and 512 MiB; runs off the main thread.
 */
export async function deriveNaclKey(password: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof password === 'string' ? new TextEncoder().encode(password) : password;
  // The native addon is loaded on the first derivation: reading keys and chain commands never need it.
  const { hashRaw } = await import('@node-rs/argon2');
  const key = await hashRaw(bytes, {
    algorithm: ARGON2I,
    version: VERSION_0X13,
    timeCost: NACL_OPSLIMIT,
    memoryCost: NACL_MEMLIMIT / 1024,
    parallelism: 1,
    outputLen: 32,
    salt: NACL_SALT,
  });
  return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
}

/** `$NACL` data from plaintext and a derived key; the nonce is random unless given (for test vectors). */
export function sealNaclKeyfile(plaintext: Uint8Array, key: Uint8Array, nonce?: Uint8Array): Uint8Array {
  const n = nonce ?? new Uint8Array(randomBytes(NACL_NONCE_LENGTH));
  if (n.length !== NACL_NONCE_LENGTH) throw new RangeError(`a nonce has ${NACL_NONCE_LENGTH} bytes`);
  const box = secretbox(key, n).seal(plaintext);
  const out = new Uint8Array(HEADER_LENGTH + box.length);
  for (let i = 0; i < NACL_PREFIX.length; i++) out[i] = NACL_PREFIX.charCodeAt(i);
  out.set(n, NACL_PREFIX.length);
  out.set(box, HEADER_LENGTH);
  return out;
}

/** Opens `$NACL` data with a derived key; throws WrongPasswordError when the tag does not verify. */
export function openNaclKeyfile(data: Uint8Array, key: Uint8Array): Uint8Array {
  if (!startsWith(data, NACL_PREFIX) || data.length < HEADER_LENGTH + TAG_LENGTH) {
    throw new InvalidKeyfileError('the $NACL keyfile is truncated: the file is damaged');
  }
  const nonce = data.subarray(NACL_PREFIX.length, HEADER_LENGTH);
  try {
    return secretbox(key, nonce).open(data.subarray(HEADER_LENGTH));
  } catch {
    throw new WrongPasswordError('wrong password (or the encrypted keyfile was altered)');
  }
}

/** Encrypts keyfile plaintext as `$NACL` data, exactly as btwallet's `encrypt_keyfile_data`. */
export async function encryptKeyfileData(
  plaintext: Uint8Array,
  password: string,
  opts: { nonce?: Uint8Array } = {},
): Promise<Uint8Array> {
  const key = await deriveNaclKey(password);
  try {
    return sealNaclKeyfile(plaintext, key, opts.nonce);
  } finally {
    key.fill(0);
  }
}

async function decryptNacl(data: Uint8Array, password: string): Promise<Uint8Array> {
  if (data.length < HEADER_LENGTH + TAG_LENGTH) {
    throw new InvalidKeyfileError('the $NACL keyfile is truncated: the file is damaged');
  }
  const key = await deriveNaclKey(password);
  try {
    return openNaclKeyfile(data, key);
  } finally {
    key.fill(0);
  }
}

/**
 * Decrypts keyfile data in any format taonet reads: `$NACL`, Ansible Vault, legacy Fernet. Throws
 * WrongPasswordError, InvalidKeyfileError (damaged data) or UnsupportedKeyfileFormatError (not encrypted).
 */
export async function decryptKeyfileData(data: Uint8Array, password: string): Promise<Uint8Array> {
  const encryption = getKeyfileEncryption(data);
  switch (encryption) {
    case 'nacl':
      return decryptNacl(data, password);
    case 'ansible-vault':
      return decryptAnsibleVault(data, password);
    case 'legacy-fernet':
      return decryptLegacyFernet(data, password);
    case 'none':
      throw new UnsupportedKeyfileFormatError(
        'the keyfile data is not encrypted ($NACL, Ansible Vault or Fernet)',
      );
  }
}
