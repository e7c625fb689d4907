/**
 * `announce_coldkey_swap(new_coldkey_hash)` [125]: commit BlakeTwo256 of the new coldkey; the swap may run
 * `ColdkeySwapAnnouncementDelay` blocks later. The first announcement recycles `KeySwapCost`
 * (`NotEnoughBalanceToPaySwapColdKey`); a re-announcement is free but waits `ColdkeySwapReannouncementDelay`
 * blocks past the previous execution block (`ColdkeySwapReannouncedTooEarly`). Event
 * `ColdkeySwapAnnounced { who, new_coldkey_hash }`.
 */
import { HashCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { chargeSwapCost } from '../chargeSwapCost.js';
import {
  ColdkeySwapAnnouncementDelay,
  ColdkeySwapAnnouncements,
  ColdkeySwapReannouncementDelay,
  KeySwapCost,
} from '../schema.js';

const U32_MAX = 0xffff_ffff;
const saturatingAddU32 = (a: number, b: number) => (a + b > U32_MAX ? U32_MAX : a + b);

export const announceColdkeySwap = defineCall({
  pallet: SUBTENSOR,
  index: 125,
  name: 'announce_coldkey_swap',
  args: Struct({ new_coldkey_hash: HashCodec }),
  pays: true,
  docs: 'Announce a coldkey swap by the BlakeTwo256 hash of the new coldkey (first time costs 0.1 TAO).',
  dispatch(ctx, origin, { new_coldkey_hash }) {
    const { state } = ctx;
    const who = ensureSigned(origin);
    const now = ctx.block.number;
    const previous = ColdkeySwapAnnouncements.getOption(state, [who]);
    if (previous !== undefined) {
      const earliest = saturatingAddU32(previous[0], ColdkeySwapReannouncementDelay.get(state));
      ensure(now >= earliest, SubtensorErrors.ColdkeySwapReannouncedTooEarly);
    } else {
      chargeSwapCost(ctx, who, KeySwapCost.get(state), SubtensorErrors.NotEnoughBalanceToPaySwapColdKey);
    }
    const when = saturatingAddU32(now, ColdkeySwapAnnouncementDelay.get(state));
    ColdkeySwapAnnouncements.set(state, [who], [when, new_coldkey_hash]);
    const data = { who, newColdkeyHash: new_coldkey_hash };
    ctx.events.emit({ pallet: SUBTENSOR, name: 'ColdkeySwapAnnounced', data });
  },
});
