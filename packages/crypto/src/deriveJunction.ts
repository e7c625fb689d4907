/**
 * Substrate derivation junctions (`sp_core::crypto::DeriveJunction`): `//hard` and `/soft` path parts,
 * each turned into a 32-byte chain code. A part that parses as a u64 is its 8 little-endian bytes;
 * anything else is SCALE-encoded as a string (compact length ‖ UTF-8), blake2b-256 hashed when longer
 * than 32 bytes. The chain code is zero-padded to 32 bytes.
 */
import { TaonetError } from '@taonet/primitives';
import { blake2b256 } from './hashing.js';

export interface DeriveJunction {
  readonly isHard: boolean;
  readonly chainCode: Uint8Array;
  /** The path part as written, without its leading slashes. */
  readonly code: string;
}

const U64_MAX = (1n << 64n) - 1n;
const JUNCTION_ID_LEN = 32;

/** SCALE compact encoding of a length (below 2^30: the lengths of strings a path can hold). */
function compactLength(n: number): Uint8Array {
  if (n < 1 << 6) return Uint8Array.of(n << 2);
  if (n < 1 << 14) return Uint8Array.of(((n << 2) | 1) & 0xff, n >> 6);
  const v = n * 4 + 2;
  return Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
}

function encodeCode(code: string): Uint8Array {
  // Rust's u64::from_str accepts an optional leading '+'.
  if (/^\+?[0-9]+$/.test(code) && BigInt(code) <= U64_MAX) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(code), true);
    return bytes;
  }
  const utf8 = new TextEncoder().encode(code);
  const prefix = compactLength(utf8.length);
  const encoded = new Uint8Array(prefix.length + utf8.length);
  encoded.set(prefix);
  encoded.set(utf8, prefix.length);
  return encoded;
}

/** One junction from its path part: `/name` (hard, i.e. written `//name`) or `name` (soft). */
export function createDeriveJunction(part: string): DeriveJunction {
  const isHard = part.startsWith('/');
  const code = isHard ? part.slice(1) : part;
  if (code === '' || code.includes('/')) {
    throw new TaonetError('INVALID_DERIVATION_PATH', `"${part}" is not a derivation junction`, {
      details: { part },
    });
  }
  const encoded = encodeCode(code);
  const chainCode = new Uint8Array(JUNCTION_ID_LEN);
  chainCode.set(encoded.length > JUNCTION_ID_LEN ? blake2b256(encoded) : encoded);
  return { isHard, chainCode, code };
}

/** Splits a derivation path such as `//hard/soft//0` into junctions (an empty path gives none). */
export function parseDerivePath(path: string): DeriveJunction[] {
  const parts = path.match(/\/(\/?[^/]+)/g) ?? [];
  if (parts.join('') !== path) {
    throw new TaonetError(
      'INVALID_DERIVATION_PATH',
      `"${path}" is not a derivation path: expected parts like //hard or /soft, with no empty part`,
      { details: { path } },
    );
  }
  return parts.map((part) => createDeriveJunction(part.slice(1)));
}
