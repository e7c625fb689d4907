/** `sudo_set_max_childkey_take(take)` [77], root: the global highest childkey take. */
import { Struct, u16 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MaxChildkeyTake } from '../stakingCallsStorage.js';

export const sudoSetMaxChildkeyTake = defineCall({
  pallet: SUBTENSOR,
  index: 77,
  name: 'sudo_set_max_childkey_take',
  args: Struct({ take: u16 }),
  pays: true,
  docs: 'Set the highest childkey take (root, u16 fraction).',
  dispatch(ctx, origin, { take }) {
    ensureRoot(origin);
    MaxChildkeyTake.set(ctx.state, take);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'MaxChildKeyTakeSet', data: { take } });
  },
});
