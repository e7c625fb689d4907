/**
 * Substrate's hashes: blake2b (any length, 128/256 shortcuts) and xxhash64-based twox64/128/256.
 * Pure JS/WASM through @polkadot/util-crypto; synchronous.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';

export type HashInput = Uint8Array | string;

export function blake2b(data: HashInput, bitLength: 64 | 128 | 256 | 512 = 256): Uint8Array {
  return blake2AsU8a(data, bitLength);
}

export const blake2b128 = (data: HashInput): Uint8Array => blake2AsU8a(data, 128);
export const blake2b256 = (data: HashInput): Uint8Array => blake2AsU8a(data, 256);

export const twox64 = (data: HashInput): Uint8Array => xxhashAsU8a(data, 64);
export const twox128 = (data: HashInput): Uint8Array => xxhashAsU8a(data, 128);
export const twox256 = (data: HashInput): Uint8Array => xxhashAsU8a(data, 256);
