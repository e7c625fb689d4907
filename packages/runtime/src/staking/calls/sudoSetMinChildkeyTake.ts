/** `sudo_set_min_childkey_take(take)` [76], root: the global lowest childkey take. */
import { Struct, u16 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MinChildkeyTake } from '../stakingCallsStorage.js';

export const sudoSetMinChildkeyTake = defineCall({
  pallet: SUBTENSOR,
  index: 76,
  name: 'sudo_set_min_childkey_take',
  args: Struct({ take: u16 }),
  pays: true,
  docs: 'Set the lowest childkey take (root, u16 fraction).',
  dispatch(ctx, origin, { take }) {
    ensureRoot(origin);
    MinChildkeyTake.set(ctx.state, take);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'MinChildKeyTakeSet', data: { take } });
  },
});
