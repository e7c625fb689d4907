/**
 * The account nonce (`System.Account[who].nonce`), read from raw state. The runtime does not export
 * its System storage items yet, so this reads the Substrate layout directly: key
 * `twox128("System") ++ twox128("Account") ++ blake2_128(who) ++ who`, value `AccountInfo` whose first
 * field is the u32 nonce. Replace with the runtime's accessor once it exports one.
 */
import { blake2b128, twox128 } from '@taonet/crypto';
import { type AccountId, fromHex, toHex } from '@taonet/primitives';
import type { StateBackend } from '@taonet/runtime';

const encoder = new TextEncoder();
const ACCOUNT_PREFIX =
  toHex(twox128(encoder.encode('System'))).slice(2) + toHex(twox128(encoder.encode('Account'))).slice(2);

export function getAccountStorageKey(who: AccountId): string {
  const id = fromHex(who);
  return ACCOUNT_PREFIX + toHex(blake2b128(id)).slice(2) + who.slice(2).toLowerCase();
}

export function getAccountNonce(state: StateBackend, who: AccountId): number {
  const raw = state.get(getAccountStorageKey(who));
  if (raw === undefined || raw.length < 4) return 0;
  return (raw[0]! | (raw[1]! << 8) | (raw[2]! << 16) | (raw[3]! << 24)) >>> 0;
}
