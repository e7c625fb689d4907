/**
 * The keys a chain spec's `fill` derives for a subnet's neurons, so a spec can describe thousands of
 * neurons in one line and a client can sign for any of them. The key of hotkey `uid` (or of coldkey
 * `index`) on `netuid` is the sr25519 key whose 32-byte secret seed is
 * `blake2_256("<seed>//<netuid>//hotkey//<uid>")` (`...//coldkey//<index>`): as a secret URI, `0x` and
 * that seed in hex. One seed derivation costs about 0.1 ms (an sr25519 scalar multiplication).
 */
import { blake2b, createKeypairFromSeed, type Keypair } from '@taonet/crypto';
import { type AccountId, toHex } from '@taonet/primitives';

/** The seed a `fill` without `seed` derives from. */
export const DEFAULT_FILL_SEED = 'taonet-fill';

export type FillKeyRole = 'hotkey' | 'coldkey';

/** The 32-byte secret seed of a fill key. */
export function getFillKeySeed(seed: string, netuid: number, role: FillKeyRole, index: number): Uint8Array {
  return blake2b(`${seed}//${netuid}//${role}//${index}`, 256);
}

/** The secret URI (`0x<seed>`) of a fill key, usable wherever a SURI is (`--key`, wallets). */
export function getFillKeyUri(seed: string, netuid: number, role: FillKeyRole, index: number): string {
  return toHex(getFillKeySeed(seed, netuid, role, index));
}

/** The keypair of a fill key (needs `initCrypto()`). */
export function deriveFillKeypair(seed: string, netuid: number, role: FillKeyRole, index: number): Keypair {
  return createKeypairFromSeed(getFillKeySeed(seed, netuid, role, index));
}

/** The account id of a fill key. */
export function deriveFillAccount(seed: string, netuid: number, role: FillKeyRole, index: number): AccountId {
  return deriveFillKeypair(seed, netuid, role, index).accountId;
}
