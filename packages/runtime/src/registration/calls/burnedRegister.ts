/** `burned_register(netuid, hotkey)` [7]: register a neuron paying the current `Burn` (economics.md §5.1). */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import type { SubnetsModules } from '../../subnets/subnetsModules.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processRegistration } from '../processRegistration.js';

export function createBurnedRegisterCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 7,
    name: 'burned_register',
    args: Struct({ netuid: NetUidCodec, hotkey: AccountIdCodec }),
    pays: true,
    docs: 'Register `hotkey` on the subnet; the coldkey pays the burn, which buys alpha that is burned.',
    dispatch(ctx, origin, { netuid, hotkey }) {
      const coldkey = ensureSigned(origin);
      processRegistration(ctx, { coldkey, netuid, hotkey }, modules.swap);
    },
  });
}
