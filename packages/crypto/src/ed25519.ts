/**
 * ed25519 through @polkadot/wasm-crypto. Keys are their 32-byte seed (sp_core's `to_raw_vec()`); hard
 * derivation is sp_core's blake2b-256(SCALE("Ed25519HDKD") ‖ seed ‖ chainCode). There is no soft derivation.
 */
import { blake2b256 } from './hashing.js';
import { wasmCrypto } from './wasmCrypto.js';

const HDKD = Uint8Array.of(11 << 2, ...new TextEncoder().encode('Ed25519HDKD'));

export function ed25519PublicFromSeed(seed: Uint8Array): Uint8Array {
  return wasmCrypto('ed25519 key').ed25519KeypairFromSeed(seed).slice(32, 64);
}

export function ed25519DeriveHardSeed(seed: Uint8Array, chainCode: Uint8Array): Uint8Array {
  const input = new Uint8Array(HDKD.length + 64);
  input.set(HDKD);
  input.set(seed, HDKD.length);
  input.set(chainCode, HDKD.length + 32);
  return blake2b256(input);
}

export function ed25519SignSeed(seed: Uint8Array, publicKey: Uint8Array, message: Uint8Array): Uint8Array {
  return wasmCrypto('ed25519 sign').ed25519Sign(publicKey, seed, message);
}

export function ed25519VerifyBytes(
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  return wasmCrypto('ed25519 verify').ed25519Verify(signature, message, publicKey);
}
