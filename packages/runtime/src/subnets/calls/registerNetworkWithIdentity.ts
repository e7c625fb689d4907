/** `register_network_with_identity(hotkey, identity)` [79]: `register_network` with an optional identity. */
import { AccountIdCodec } from '@taonet/primitives';
import { Option, Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { registerNetwork } from '../registerNetwork.js';
import { SubnetIdentityV3Codec } from '../schema.js';
import type { SubnetsModules } from '../subnetsModules.js';

export function createRegisterNetworkWithIdentityCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 79,
    name: 'register_network_with_identity',
    args: Struct({ hotkey: AccountIdCodec, identity: Option(SubnetIdentityV3Codec) }),
    pays: true,
    docs: 'Create a subnet as `register_network` does, and set its identity (length-checked) if given.',
    dispatch(ctx, origin, { hotkey, identity }) {
      const coldkey = ensureSigned(origin);
      registerNetwork(ctx, { coldkey, hotkey, identity }, modules.swap);
    },
  });
}
