/**
 * The secret behind a keypair and Substrate's derivation of it (`Pair::derive`): sr25519 has hard and
 * soft junctions, ed25519 hard ones only. The 32-byte seed is kept while it is known: always for ed25519
 * (each hard step makes a new seed), for sr25519 only before any derivation.
 */
import { TaonetError } from '@taonet/primitives';
import type { DeriveJunction } from './deriveJunction.js';
import { ed25519DeriveHardSeed, ed25519PublicFromSeed } from './ed25519.js';
import { ensureCryptoReady } from './initCrypto.js';
import type { KeypairType } from './keypairType.js';
import { sr25519DerivePair, sr25519PairFromSeed } from './sr25519.js';

export type KeySecret =
  | { readonly type: 'sr25519'; readonly pair: Uint8Array; readonly seed: Uint8Array | undefined }
  | { readonly type: 'ed25519'; readonly seed: Uint8Array; readonly publicKey: Uint8Array };

export function createKeySecret(type: KeypairType, seed: Uint8Array): KeySecret {
  ensureCryptoReady(`creating an ${type} key`);
  const copy = seed.slice();
  return type === 'sr25519'
    ? { type, pair: sr25519PairFromSeed(copy), seed: copy }
    : { type, seed: copy, publicKey: ed25519PublicFromSeed(copy) };
}

export function getSecretPublicKey(secret: KeySecret): Uint8Array {
  return secret.type === 'sr25519' ? secret.pair.slice(64, 96) : secret.publicKey.slice();
}

function deriveOne(secret: KeySecret, junction: DeriveJunction): KeySecret {
  if (secret.type === 'sr25519') {
    return {
      type: 'sr25519',
      pair: sr25519DerivePair(secret.pair, junction.chainCode, junction.isHard),
      seed: undefined,
    };
  }
  if (!junction.isHard) {
    throw new TaonetError(
      'INVALID_DERIVATION_PATH',
      `ed25519 keys have only hard derivation (//${junction.code}); the soft junction /${junction.code} is not allowed`,
      { details: { junction: junction.code } },
    );
  }
  return createKeySecret('ed25519', ed25519DeriveHardSeed(secret.seed, junction.chainCode));
}

export function deriveKeySecret(secret: KeySecret, junctions: readonly DeriveJunction[]): KeySecret {
  if (junctions.length === 0) return secret;
  ensureCryptoReady(`deriving an ${secret.type} key`);
  return junctions.reduce(deriveOne, secret);
}
