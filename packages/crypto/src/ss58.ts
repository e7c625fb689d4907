/**
 * SS58 account addresses, Substrate's `Ss58Codec` for 32-byte account ids:
 * base58(prefix ‖ publicKey ‖ blake2b-512("SS58PRE" ‖ prefix ‖ publicKey)[0..2]).
 * Prefixes 0..63 take one byte, 64..16383 two; 46 and 47 are reserved. Bittensor uses prefix 42.
 */
import { type AccountId, accountId, fromHex, type Ss58, TaonetError, toHex } from '@taonet/primitives';
import { decodeBase58, encodeBase58 } from './base58.js';
import { blake2b512 } from './hashing.js';

/** Bittensor's (and generic Substrate's) SS58 prefix; its addresses start with `5`. */
export const SS58_PREFIX = 42;
export const SS58_PREFIX_MAX = 16_383;
const RESERVED_PREFIXES = new Set([46, 47]);
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]*$/;
const SS58PRE = new TextEncoder().encode('SS58PRE');
const KEY_LENGTH = 32;
const CHECKSUM_LENGTH = 2;

export interface DecodedSs58 {
  publicKey: Uint8Array;
  prefix: number;
}

function invalid(address: string, message: string, details: Record<string, unknown> = {}): TaonetError {
  return new TaonetError('INVALID_SS58', `"${address}" is not a valid SS58 address: ${message}`, {
    details: { address, ...details },
  });
}

function ensurePrefix(prefix: number): void {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > SS58_PREFIX_MAX) {
    throw new TaonetError(
      'INVALID_SS58_PREFIX',
      `an SS58 prefix is an integer in [0, 16383], got ${prefix}`,
      {
        details: { prefix },
      },
    );
  }
  if (RESERVED_PREFIXES.has(prefix)) {
    throw new TaonetError('INVALID_SS58_PREFIX', `SS58 prefix ${prefix} is reserved`, {
      details: { prefix },
    });
  }
}

function encodePrefix(prefix: number): Uint8Array {
  if (prefix < 64) return Uint8Array.of(prefix);
  return Uint8Array.of(((prefix & 0b1111_1100) >> 2) | 0b0100_0000, (prefix >> 8) | ((prefix & 0b11) << 6));
}

function checksum(body: Uint8Array): Uint8Array {
  const input = new Uint8Array(SS58PRE.length + body.length);
  input.set(SS58PRE);
  input.set(body, SS58PRE.length);
  return blake2b512(input).subarray(0, CHECKSUM_LENGTH);
}

function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Node's Buffer, whose native hex decoding stops at the first non-hex digit; undefined in browsers. */
const NodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'hex'): Uint8Array } }).Buffer;

/** The 32 bytes of a well-formed 0x account id (a metagraph has hundreds), else undefined. */
function parseAccountHex(text: string): Uint8Array | undefined {
  if (text.length !== 2 + 2 * KEY_LENGTH || text.charCodeAt(0) !== 48 || (text.charCodeAt(1) | 32) !== 120) {
    return undefined;
  }
  if (NodeBuffer !== undefined) {
    const decoded = NodeBuffer.from(text.slice(2), 'hex');
    return decoded.length === KEY_LENGTH ? decoded : undefined;
  }
  const bytes = new Uint8Array(KEY_LENGTH);
  for (let i = 0; i < KEY_LENGTH; i++) {
    const high = nibble(text.charCodeAt(2 + 2 * i));
    const low = nibble(text.charCodeAt(3 + 2 * i));
    if (high < 0 || low < 0) return undefined;
    bytes[i] = (high << 4) | low;
  }
  return bytes;
}

function toKeyBytes(publicKey: Uint8Array | string): Uint8Array {
  const bytes =
    typeof publicKey === 'string' ? (parseAccountHex(publicKey) ?? fromHex(accountId(publicKey))) : publicKey;
  if (bytes.length !== KEY_LENGTH) {
    throw new TaonetError('INVALID_PUBLIC_KEY', `a public key has 32 bytes, got ${bytes.length}`, {
      details: { length: bytes.length },
    });
  }
  return bytes;
}

/**
 * encodeSs58's buffer, "SS58PRE" ‖ prefix ‖ key ‖ checksum, the prefix bytes written when the prefix
 * changes: a metagraph encodes hundreds of addresses, all of one prefix, with no array allocated but
 * the hash's. The address is the base58 of what follows "SS58PRE".
 */
const scratch = new Uint8Array(SS58PRE.length + 2 + KEY_LENGTH + CHECKSUM_LENGTH);
scratch.set(SS58PRE);
let scratchPrefix = -1;
let scratchKeyAt = 0;

/** Encodes a 32-byte public key (bytes, or 0x hex as in `AccountId`) as an SS58 address. */
export function encodeSs58(publicKey: Uint8Array | string, prefix: number = SS58_PREFIX): Ss58 {
  if (prefix !== scratchPrefix) {
    ensurePrefix(prefix);
    const head = encodePrefix(prefix);
    scratch.set(head, SS58PRE.length);
    scratchPrefix = prefix;
    scratchKeyAt = SS58PRE.length + head.length;
  }
  scratch.set(toKeyBytes(publicKey), scratchKeyAt);
  const end = scratchKeyAt + KEY_LENGTH;
  const digest = blake2b512(scratch.subarray(0, end));
  scratch[end] = digest[0] ?? 0;
  scratch[end + 1] = digest[1] ?? 0;
  return encodeBase58(scratch.subarray(SS58PRE.length, end + CHECKSUM_LENGTH)) as Ss58;
}

function decodePrefix(address: string, data: Uint8Array): { prefix: number; length: number } {
  const first = data[0] ?? 0;
  if (first < 64) return { prefix: first, length: 1 };
  if (first >= 128) throw invalid(address, `its first byte ${first} is not an SS58 prefix byte (< 128)`);
  const second = data[1] ?? 0;
  const lower = ((first & 0b0011_1111) << 2) | (second >> 6);
  return { prefix: lower | ((second & 0b0011_1111) << 8), length: 2 };
}

/**
 * Decodes an SS58 account address, verifying its checksum, and returns the public key and prefix.
 * With `expectedPrefix`, an address of another network is an error.
 */
export function decodeSs58(address: string, expectedPrefix?: number): DecodedSs58 {
  if (typeof address !== 'string' || address.length === 0) throw invalid(String(address), 'it is empty');
  if (!BASE58.test(address)) {
    const index = [...address].findIndex((char) => !BASE58.test(char));
    const char = [...address][index];
    throw invalid(
      address,
      `character "${char}" at position ${index + 1} is not base58 (0, O, I, l are never used)`,
      {
        index,
      },
    );
  }
  const data = decodeBase58(address) ?? new Uint8Array();
  const { prefix, length } = decodePrefix(address, data);
  const expected = length + KEY_LENGTH + CHECKSUM_LENGTH;
  if (data.length !== expected) {
    const which = length === 1 ? '35 (one-byte prefix)' : '36 (two-byte prefix)';
    throw invalid(
      address,
      `it decodes to ${data.length} bytes; an account address with its prefix has ${which}`,
      {
        length: data.length,
      },
    );
  }
  if (RESERVED_PREFIXES.has(prefix)) throw invalid(address, `its prefix ${prefix} is reserved`, { prefix });
  const sum = checksum(data.subarray(0, length + KEY_LENGTH));
  if (sum[0] !== data[length + KEY_LENGTH] || sum[1] !== data[length + KEY_LENGTH + 1]) {
    throw invalid(address, 'its checksum does not match (a character is wrong or missing)');
  }
  if (expectedPrefix !== undefined && prefix !== expectedPrefix) {
    throw invalid(address, `it has prefix ${prefix}, expected ${expectedPrefix}`, { prefix, expectedPrefix });
  }
  return { publicKey: data.slice(length, length + KEY_LENGTH), prefix };
}

/** True when `address` decodes as an SS58 account address (with `prefix`, of that network only). */
export function isValidSs58(address: string, prefix?: number): boolean {
  try {
    decodeSs58(address, prefix);
    return true;
  } catch {
    return false;
  }
}

/** Validates an SS58 address and brands it. */
export function ss58(address: string, prefix?: number): Ss58 {
  decodeSs58(address, prefix);
  return address as Ss58;
}

/** The account id (0x lowercase hex of the public key) of an SS58 address. */
export function ss58ToAccountId(address: string, prefix?: number): AccountId {
  return toHex(decodeSs58(address, prefix).publicKey) as AccountId;
}

/** The SS58 address of an account id (hex) or raw public key. */
export function accountIdToSs58(id: AccountId | Uint8Array, prefix: number = SS58_PREFIX): Ss58 {
  return encodeSs58(id, prefix);
}
