/** `dissolve_network(coldkey, netuid)` [61]: root removes a subnet (the coldkey argument is ignored). */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { dissolveNetwork } from '../dissolveNetwork.js';
import type { SubnetsModules } from '../subnetsModules.js';

export function createDissolveNetworkCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 61,
    name: 'dissolve_network',
    args: Struct({ coldkey: AccountIdCodec, netuid: NetUidCodec }),
    pays: true,
    docs: 'Root: dissolve a subnet, paying its stakers pro rata from the pool (the coldkey is unused).',
    dispatch(ctx, origin, { netuid }) {
      ensureRoot(origin);
      dissolveNetwork(ctx, netuid, modules.swap);
    },
  });
}
