/** `reset_coldkey_swap(coldkey)` [128], root: clear a coldkey's announcement and dispute. Event `ColdkeySwapReset`. */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes } from '../schema.js';

export const resetColdkeySwap = defineCall({
  pallet: SUBTENSOR,
  index: 128,
  name: 'reset_coldkey_swap',
  args: Struct({ coldkey: AccountIdCodec }),
  pays: true,
  docs: 'Clear the announcement and dispute of a coldkey (root).',
  dispatch(ctx, origin, { coldkey }) {
    ensureRoot(origin);
    ColdkeySwapAnnouncements.remove(ctx.state, [coldkey]);
    ColdkeySwapDisputes.remove(ctx.state, [coldkey]);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'ColdkeySwapReset', data: { who: coldkey } });
  },
});
