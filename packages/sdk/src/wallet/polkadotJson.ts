/**
 * Importing a polkadot-js account export (JSON version 3), as btwallet's `create_from_encrypted_json`:
 * `encoded` is base64 of `salt(32) ‖ N ‖ p ‖ r (u32 LE each) ‖ nonce(24) ‖ secretbox` when the type lists
 * "scrypt" (the key is scrypt(password, salt, N, r, p)[0..32]), or of `nonce ‖ secretbox` with the password
 * zero-padded to 32 bytes otherwise. The box holds PKCS#8: a 16-byte header, the 64-byte sr25519 secret in
 * ed25519-expanded form (scalar × 8 ‖ nonce), a 5-byte divider and the 32-byte public key. The scalar is
 * divided by the cofactor to give the canonical secret btwallet stores as privateKey.
 */
import { scrypt } from 'node:crypto';
import { secretbox } from '@noble/ciphers/salsa.js';
import { InvalidKeyfileError, UnsupportedKeyfileFormatError, WrongPasswordError } from './walletErrors.js';

export interface PolkadotJson {
  encoded: string;
  encoding: { content: string[]; type: string[]; version: string };
  address: string;
  meta?: Record<string, unknown>;
}

export interface PolkadotJsonSecret {
  /** 64 bytes: canonical scalar ‖ nonce, for `createKeypairFromSecretKey`. */
  secretKey: Uint8Array;
  /** The public key stored in the export. */
  publicKey: Uint8Array;
}

const PKCS8_HEADER = [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];
const PKCS8_DIVIDER = [161, 35, 3, 33, 0];
const SECRET_LENGTH = 64;
const PUBLIC_LENGTH = 32;

function scryptAsync(
  password: Uint8Array,
  salt: Uint8Array,
  n: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const maxmem = 128 * n * r * p + 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 32, { N: n, r, p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function parseJson(json: string | PolkadotJson): PolkadotJson {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      throw new InvalidKeyfileError('the polkadot-js export is not valid JSON');
    }
  }
  const candidate = value as Partial<PolkadotJson> | null;
  if (typeof candidate?.encoded !== 'string' || !Array.isArray(candidate.encoding?.type)) {
    throw new InvalidKeyfileError('not a polkadot-js account export (no encoded / encoding fields)');
  }
  if (candidate.encoding.version !== '3') {
    throw new UnsupportedKeyfileFormatError(
      `polkadot-js export version ${String(candidate.encoding.version)} is not supported (only version 3)`,
    );
  }
  if (!candidate.encoding.content?.includes('sr25519')) {
    throw new UnsupportedKeyfileFormatError('only sr25519 polkadot-js exports can become Bittensor keys');
  }
  return candidate as PolkadotJson;
}

async function deriveKey(json: PolkadotJson, encrypted: Uint8Array, password: string) {
  const passwordBytes = new TextEncoder().encode(password);
  if (!json.encoding.type.includes('scrypt')) {
    const key = new Uint8Array(Math.max(32, passwordBytes.length));
    key.set(passwordBytes);
    return { key: key.subarray(0, 32), rest: encrypted };
  }
  if (encrypted.length < 44) throw new InvalidKeyfileError('the polkadot-js export is truncated');
  const view = new DataView(encrypted.buffer, encrypted.byteOffset, encrypted.byteLength);
  const [n, p, r] = [view.getUint32(32, true), view.getUint32(36, true), view.getUint32(40, true)];
  const key = await scryptAsync(passwordBytes, encrypted.subarray(0, 32), n, r, p);
  return { key: new Uint8Array(key), rest: encrypted.subarray(44) };
}

/** schnorrkel `divide_scalar_bytes_by_cofactor`: the 256-bit little-endian number shifted right by 3. */
function divideByCofactor(scalar: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = ((scalar[i] ?? 0) >> 3) | (((scalar[i + 1] ?? 0) & 7) << 5);
  return out;
}

function matches(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  return expected.every((b, i) => bytes[offset + i] === b);
}

function decodePkcs8(plain: Uint8Array): PolkadotJsonSecret {
  const dividerAt = PKCS8_HEADER.length + SECRET_LENGTH;
  const publicAt = dividerAt + PKCS8_DIVIDER.length;
  if (!matches(plain, 0, PKCS8_HEADER) || !matches(plain, dividerAt, PKCS8_DIVIDER)) {
    throw new InvalidKeyfileError('the polkadot-js export does not hold a PKCS#8 sr25519 key');
  }
  const expanded = plain.subarray(PKCS8_HEADER.length, dividerAt);
  const secretKey = new Uint8Array(SECRET_LENGTH);
  secretKey.set(divideByCofactor(expanded.subarray(0, 32)));
  secretKey.set(expanded.subarray(32, 64), 32);
  return { secretKey, publicKey: plain.slice(publicAt, publicAt + PUBLIC_LENGTH) };
}

/** Decrypts a polkadot-js v3 sr25519 export; throws WrongPasswordError for a wrong password. */
export async function decodePolkadotJson(
  json: string | PolkadotJson,
  password: string,
): Promise<PolkadotJsonSecret> {
  const parsed = parseJson(json);
  const encrypted = new Uint8Array(Buffer.from(parsed.encoded, 'base64'));
  const { key, rest } = await deriveKey(parsed, encrypted, password);
  if (rest.length < 24 + 16) throw new InvalidKeyfileError('the polkadot-js export is truncated');
  let plain: Uint8Array;
  try {
    plain = secretbox(key, rest.subarray(0, 24)).open(rest.subarray(24));
  } catch {
    throw new WrongPasswordError('wrong password for the polkadot-js export');
  } finally {
    key.fill(0);
  }
  try {
    return decodePkcs8(plain);
  } finally {
    plain.fill(0);
  }
}
