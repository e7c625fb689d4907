/**
 * `dispute_coldkey_swap()` [127]: the coldkey freezes its announced swap (and, through the guard, every call
 * it signs) until root resets it. `ColdkeySwapAnnouncementNotFound`, `ColdkeySwapAlreadyDisputed`. Event
 * `ColdkeySwapDisputed { coldkey }`.
 */
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes } from '../schema.js';

export const disputeColdkeySwap = defineCall({
  pallet: SUBTENSOR,
  index: 127,
  name: 'dispute_coldkey_swap',
  args: Struct({}),
  pays: true,
  docs: "Dispute the coldkey's announced swap: the account is frozen until root resets it.",
  dispatch(ctx, origin) {
    const coldkey = ensureSigned(origin);
    ensure(
      ColdkeySwapAnnouncements.contains(ctx.state, [coldkey]),
      SubtensorErrors.ColdkeySwapAnnouncementNotFound,
    );
    ensure(!ColdkeySwapDisputes.contains(ctx.state, [coldkey]), SubtensorErrors.ColdkeySwapAlreadyDisputed);
    ColdkeySwapDisputes.set(ctx.state, [coldkey], ctx.block.number);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'ColdkeySwapDisputed', data: { coldkey } });
  },
});
