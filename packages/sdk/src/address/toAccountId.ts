/**
 * Addresses at the SDK's edges: parameters accept an SS58 address or a 0x account id (or a keypair's
 * public key), results carry SS58 addresses in the client's format (42 unless told).
 */
import { accountIdToSs58, ss58ToAccountId } from '@taonet/crypto';
import { type AccountId, isHex, type Ss58, toHex } from '@taonet/primitives';
import { InvalidParameterError } from '../errors/sdkError.js';

/** An SS58 address, a 0x + 64 hex digit account id, or a 32-byte public key. */
export type Address = string | Uint8Array;

/** The account id of an address; throws `InvalidParameterError` naming `parameter`. */
export function toAccountId(address: Address, parameter = 'address'): AccountId {
  if (address instanceof Uint8Array) {
    if (address.length !== 32)
      throw new InvalidParameterError(parameter, `a public key has 32 bytes, got ${address.length}`);
    return toHex(address) as AccountId;
  }
  if (isHex(address) && address.length === 66) return address.toLowerCase() as AccountId;
  try {
    return ss58ToAccountId(address);
  } catch (cause) {
    throw new InvalidParameterError(
      parameter,
      `"${address}" is neither an SS58 address nor a 0x account id`,
      {
        detail: (cause as Error).message,
        cause,
      },
    );
  }
}

const ss58Cache = new Map<string, Ss58>();
const MAX_CACHED = 1 << 14;

/** The SS58 address of an account id (cached: metagraphs convert the same keys again and again). */
export function toAddress(accountId: string, ss58Format = 42): Ss58 {
  const key = ss58Format === 42 ? accountId : `${ss58Format}:${accountId}`;
  let address = ss58Cache.get(key);
  if (address === undefined) {
    address = accountIdToSs58(accountId as AccountId, ss58Format);
    if (ss58Cache.size >= MAX_CACHED) ss58Cache.delete(ss58Cache.keys().next().value as string);
    ss58Cache.set(key, address);
  }
  return address;
}
