/**
 * `clear_coldkey_swap_announcement()` [133]: withdraw an undisputed announcement once
 * `ColdkeySwapReannouncementDelay` blocks passed its execution block (`ColdkeySwapClearTooEarly`). Event
 * `ColdkeySwapCleared { who }`.
 */
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes, ColdkeySwapReannouncementDelay } from '../schema.js';

export const clearColdkeySwapAnnouncement = defineCall({
  pallet: SUBTENSOR,
  index: 133,
  name: 'clear_coldkey_swap_announcement',
  args: Struct({}),
  pays: true,
  docs: 'Withdraw an undisputed coldkey swap announcement after the re-announcement delay.',
  dispatch(ctx, origin) {
    const who = ensureSigned(origin);
    const announcement = ColdkeySwapAnnouncements.getOption(ctx.state, [who]);
    ensure(announcement !== undefined, SubtensorErrors.ColdkeySwapAnnouncementNotFound);
    ensure(!ColdkeySwapDisputes.contains(ctx.state, [who]), SubtensorErrors.ColdkeySwapDisputed);
    const earliest = announcement[0] + ColdkeySwapReannouncementDelay.get(ctx.state);
    ensure(ctx.block.number >= earliest, SubtensorErrors.ColdkeySwapClearTooEarly);
    ColdkeySwapAnnouncements.remove(ctx.state, [who]);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'ColdkeySwapCleared', data: { who } });
  },
});
