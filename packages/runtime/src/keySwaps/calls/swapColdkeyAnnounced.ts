/**
 * `swap_coldkey_announced(new_coldkey)` [126]: run the announced swap once its block is reached
 * (`ColdkeySwapTooEarly`) with the coldkey whose BlakeTwo256 was announced
 * (`AnnouncedColdkeyHashDoesNotMatch`); the announcement is consumed.
 */

import { blake2b256 } from '@taonet/crypto';
import { type AccountId, AccountIdCodec, fromHex, type Hash, toHex } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { doSwapColdkey } from '../doSwapColdkey.js';
import type { KeySwapModules } from '../keySwapModules.js';
import { ColdkeySwapAnnouncements } from '../schema.js';

/** `T::Hashing::hash_of(&account)`: BlakeTwo256 of the 32 account bytes. */
export function hashColdkey(coldkey: AccountId): Hash {
  return toHex(blake2b256(fromHex(coldkey))) as Hash;
}

export function createSwapColdkeyAnnouncedCall(modules: KeySwapModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 126,
    name: 'swap_coldkey_announced',
    args: Struct({ new_coldkey: AccountIdCodec }),
    pays: true,
    docs: 'Execute the announced coldkey swap after its delay, revealing the new coldkey.',
    dispatch(ctx, origin, { new_coldkey }) {
      const who = ensureSigned(origin);
      const announcement = ColdkeySwapAnnouncements.getOption(ctx.state, [who]);
      ensure(announcement !== undefined, SubtensorErrors.ColdkeySwapAnnouncementNotFound);
      ColdkeySwapAnnouncements.remove(ctx.state, [who]);
      const [when, hash] = announcement;
      ensure(hash === hashColdkey(new_coldkey), SubtensorErrors.AnnouncedColdkeyHashDoesNotMatch);
      ensure(ctx.block.number >= when, SubtensorErrors.ColdkeySwapTooEarly);
      doSwapColdkey(ctx, modules, who, new_coldkey);
    },
  });
}
