/** `set_pending_childkey_cooldown(cooldown)` [109], root: blocks before scheduled child keys apply. */
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { PendingChildKeyCooldown } from '../stakingCallsStorage.js';

export const setPendingChildkeyCooldown = defineCall({
  pallet: SUBTENSOR,
  index: 109,
  name: 'set_pending_childkey_cooldown',
  args: Struct({ cooldown: u64 }),
  pays: true,
  docs: 'Set the blocks a scheduled set of child keys waits before it applies (root).',
  dispatch(ctx, origin, { cooldown }) {
    ensureRoot(origin);
    PendingChildKeyCooldown.set(ctx.state, cooldown);
  },
});
