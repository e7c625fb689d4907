/**
 * sr25519 (schnorrkel, signing context "substrate") through @polkadot/wasm-crypto, called directly.
 * A pair is wasm-crypto's 96 bytes: secret key in ed25519 form (scalar × 8 ‖ nonce, 64) ‖ public key (32).
 * Exported secrets use schnorrkel's canonical form (scalar ‖ nonce), which is sp_core's `to_raw_vec()`
 * and btwallet's `privateKey`.
 */
import { TaonetError } from '@taonet/primitives';
import { sr25519Js, wasmCrypto } from './wasmCrypto.js';

const L = 2n ** 252n + 27742317777372353535851937790883648493n;

function readLe(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

function writeLe(value: bigint, into: Uint8Array): void {
  for (let i = 0; i < into.length; i++) {
    into[i] = Number(value & 255n);
    value >>= 8n;
  }
}

export function sr25519PairFromSeed(seed: Uint8Array): Uint8Array {
  return wasmCrypto('sr25519 key').sr25519KeypairFromSeed(seed);
}

export function sr25519DerivePair(pair: Uint8Array, chainCode: Uint8Array, isHard: boolean): Uint8Array {
  const wasm = wasmCrypto('sr25519 derivation');
  return isHard
    ? wasm.sr25519DeriveKeypairHard(pair, chainCode)
    : wasm.sr25519DeriveKeypairSoft(pair, chainCode);
}

export function sr25519SignPair(pair: Uint8Array, message: Uint8Array): Uint8Array {
  return wasmCrypto('sr25519 sign').sr25519Sign(pair.subarray(64, 96), pair.subarray(0, 64), message);
}

export function sr25519VerifyBytes(
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  return wasmCrypto('sr25519 verify').sr25519Verify(signature, message, publicKey);
}

/** A pair's secret in schnorrkel's canonical form (scalar ‖ nonce, 64 bytes). */
export function sr25519CanonicalSecret(pair: Uint8Array): Uint8Array {
  const out = new Uint8Array(64);
  writeLe(readLe(pair.subarray(0, 32)) >> 3n, out.subarray(0, 32));
  out.set(pair.subarray(32, 64), 32);
  return out;
}

/** A pair from a canonical 64-byte secret (schnorrkel `SecretKey::from_bytes`, sp_core `from_seed_slice`). */
export function sr25519PairFromCanonicalSecret(secret: Uint8Array): Uint8Array {
  const scalar = readLe(secret.subarray(0, 32));
  if (scalar >= L) {
    throw new TaonetError(
      'INVALID_SECRET_KEY',
      'the sr25519 secret key is not canonical: its first 32 bytes must be a scalar below the group order',
    );
  }
  const pair = new Uint8Array(96);
  writeLe(scalar << 3n, pair.subarray(0, 32));
  pair.set(secret.subarray(32, 64), 32);
  pair.set(sr25519Js('sr25519 key').getPublicKey(pair.subarray(0, 64)), 64);
  return pair;
}
