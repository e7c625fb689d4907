/** `root_dissolve_network(netuid)` [120]: root removes a subnet (same effect as `dissolve_network`). */
import { NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { dissolveNetwork } from '../dissolveNetwork.js';
import type { SubnetsModules } from '../subnetsModules.js';

export function createRootDissolveNetworkCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 120,
    name: 'root_dissolve_network',
    args: Struct({ netuid: NetUidCodec }),
    pays: true,
    docs: 'Root: dissolve a subnet, paying its stakers pro rata from the pool.',
    dispatch(ctx, origin, { netuid }) {
      ensureRoot(origin);
      dissolveNetwork(ctx, netuid, modules.swap);
    },
  });
}
