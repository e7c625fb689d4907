/** `register_network(hotkey)` [59]: a coldkey creates a subnet, paying the lock cost (economics.md §5.6). */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { registerNetwork } from '../registerNetwork.js';
import type { SubnetsModules } from '../subnetsModules.js';

export function createRegisterNetworkCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 59,
    name: 'register_network',
    args: Struct({ hotkey: AccountIdCodec }),
    pays: true,
    docs: 'Create a subnet owned by the signing coldkey, with `hotkey` as uid 0; locks the network lock cost.',
    dispatch(ctx, origin, { hotkey }) {
      const coldkey = ensureSigned(origin);
      registerNetwork(ctx, { coldkey, hotkey }, modules.swap);
    },
  });
}
