/**
 * Substrate's hashes: blake2b (any length, 128/256 shortcuts) and xxhash64-based twox64/128/256;
 * synchronous. As @polkadot/util-crypto does, they run in the WASM once `initCrypto()` has loaded it, in
 * JavaScript (@noble/hashes, @polkadot's xxhash64) before: nothing here loads the WASM. blake2b-512 (SS58
 * checksums) uses Node's native `blake2b512` when there is one: a fresh process hashes 512 addresses in
 * ~1.5 ms with it, where the JavaScript blake2b, not yet optimised by the JIT, takes 20–35 ms.
 * A string input is hex when it is 0x and an even number of hex digits, UTF-8 otherwise (as @polkadot's
 * `u8aToU8a`, whose module builds a 65,536-entry table when imported: 2-3 ms of every `tao` start).
 */
import { blake2b as blake2bJs } from '@noble/hashes/blake2b';
import { xxhash64 } from '@polkadot/util-crypto/xxhash/xxhash64';
import { fromHex } from '@taonet/primitives';
import { loadedWasmCrypto } from './wasmCrypto.js';

export type HashInput = Uint8Array | string;

interface NativeHashing {
  createHash(algorithm: 'blake2b512'): { update(data: Uint8Array): { digest(): Uint8Array } };
  /** One-shot, without a Hash object (Node ≥ 20.12). */
  hash?(algorithm: 'blake2b512', data: Uint8Array, outputEncoding: 'buffer'): Uint8Array;
}

/** node:crypto through `process.getBuiltinModule` (Node ≥ 20.16), undefined in browsers. */
function findNativeHashing(): NativeHashing | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const module = proc?.getBuiltinModule?.('node:crypto') as NativeHashing | undefined;
    if (module === undefined) return undefined;
    module.createHash('blake2b512'); // OpenSSL builds without blake2 throw here
    return module;
  } catch {
    return undefined;
  }
}

let native: NativeHashing | null | undefined;

const HEX = /^0x(?:[\da-fA-F]{2})*$/;
const utf8 = new TextEncoder();

/** The bytes of a hash input: 0x hex decoded, any other string as UTF-8. */
function toBytes(data: HashInput): Uint8Array {
  if (typeof data !== 'string') return data;
  return HEX.test(data) ? fromHex(data) : utf8.encode(data);
}

export function blake2b(data: HashInput, bitLength: 64 | 128 | 256 | 512 = 256): Uint8Array {
  const bytes = toBytes(data);
  if (bitLength === 512) return blake2b512(bytes);
  const wasm = loadedWasmCrypto();
  const length = bitLength / 8;
  return wasm?.isReady()
    ? wasm.blake2b(bytes, new Uint8Array(), length)
    : blake2bJs(bytes, { dkLen: length });
}

/** blake2b with a 64-byte digest (no key). */
export function blake2b512(data: Uint8Array): Uint8Array {
  if (native === undefined) native = findNativeHashing() ?? null;
  if (native === null) return blake2bJs(data, { dkLen: 64 });
  const digest =
    native.hash?.('blake2b512', data, 'buffer') ?? native.createHash('blake2b512').update(data).digest();
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
}

export const blake2b128 = (data: HashInput): Uint8Array => blake2b(data, 128);
export const blake2b256 = (data: HashInput): Uint8Array => blake2b(data, 256);

function twox(data: HashInput, rounds: number): Uint8Array {
  const bytes = toBytes(data);
  const wasm = loadedWasmCrypto();
  if (wasm?.isReady()) return wasm.twox(bytes, rounds);
  const result = new Uint8Array(rounds * 8);
  for (let seed = 0; seed < rounds; seed++) result.set(xxhash64(bytes, seed).reverse(), seed * 8);
  return result;
}

export const twox64 = (data: HashInput): Uint8Array => twox(data, 1);
export const twox128 = (data: HashInput): Uint8Array => twox(data, 2);
export const twox256 = (data: HashInput): Uint8Array => twox(data, 4);
