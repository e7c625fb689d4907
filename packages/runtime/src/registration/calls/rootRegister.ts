/** `root_register(hotkey)` [62]: join the root network (economics.md §5.5). */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ensureRootNetworkExists, processRootRegister } from '../processRootRegister.js';

export const rootRegister = defineCall({
  pallet: SUBTENSOR,
  index: 62,
  name: 'root_register',
  args: Struct({ hotkey: AccountIdCodec }),
  pays: true,
  docs: 'Register `hotkey` on root (replacing the lowest root stake when full); it becomes a delegate.',
  dispatch(ctx, origin, { hotkey }) {
    ensureRootNetworkExists(ctx);
    const coldkey = ensureSigned(origin);
    processRootRegister(ctx, coldkey, hotkey);
  },
});
