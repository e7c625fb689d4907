/**
 * The account nonce (`System.Account[who].nonce`), read through the runtime's `Account` storage item
 * (key `twox128("System") ++ twox128("Account") ++ blake2_128(who) ++ who`, value `AccountInfo`).
 */
import type { AccountId } from '@taonet/primitives';
import { Account, OverlayState, type StateBackend } from '@taonet/runtime';

/** The raw storage key (lowercase hex without 0x) of `System.Account[who]`. */
export function getAccountStorageKey(who: AccountId): string {
  return Account.keyOf([who]);
}

export function getAccountNonce(state: StateBackend, who: AccountId): number {
  return Account.getOption(new OverlayState(state), [who])?.nonce ?? 0;
}
