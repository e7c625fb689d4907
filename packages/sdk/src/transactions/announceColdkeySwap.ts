/**
 * `announceColdkeySwap`: the first step of a coldkey swap. The coldkey commits to the BlakeTwo256 hash of
 * its new coldkey (`announce_coldkey_swap`); the first announcement recycles `KeySwapCost` (0.1 TAO), a
 * re-announcement is free but waits `ColdkeySwapReannouncementDelay` blocks after the previous execution
 * block. The swap may run `ColdkeySwapAnnouncementDelay` blocks later (`swapColdkeyAnnounced`). While an
 * announcement stands, the coldkey may sign only the swap calls.
 */
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash, toHex } from '@taonet/primitives';
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { announceColdkeySwapCall } from '../calls/keySwapCalls.js';
import type { Client } from '../client/createClient.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

/** `T::Hashing::hash_of(&new_coldkey)`: BlakeTwo256 of the 32 account bytes. */
export function computeColdkeyHash(coldkey: Address): Hash {
  return toHex(blake2b256(fromHex(toAccountId(coldkey, 'newColdkey')))) as Hash;
}

export interface AnnounceColdkeySwapParameters extends TransactionParameters {
  /** the new coldkey (only its hash goes on chain now) */
  readonly newColdkey: Address;
}

export async function announceColdkeySwap(
  client: Client,
  params: AnnounceColdkeySwapParameters,
): Promise<TransactionReceipt> {
  const call = encodeCall(announceColdkeySwapCall, {
    new_coldkey_hash: computeColdkeyHash(params.newColdkey),
  });
  return sendTransaction(client, { ...params, call });
}
