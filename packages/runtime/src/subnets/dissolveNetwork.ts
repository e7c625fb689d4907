/**
 * `do_dissolve_network` (economics.md §5.7): root's `dissolve_network` / `root_dissolve_network`, and the
 * pruning of the cheapest subnet when a new one is registered at the subnet limit. Stakers are paid out of
 * the pool, the pool and all stakes are destroyed, then every per-subnet item is cleared.
 */
import type { NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { destroyAlphaInOutStakes } from './destroyAlphaInOutStakes.js';
import { removeNetwork } from './removeNetwork.js';
import { ROOT_NETUID, subnetExists } from './subnetRegistry.js';
import type { SubnetSwap } from './subnetsModules.js';

export function dissolveNetwork(ctx: DispatchContext, netuid: NetUid, swap: SubnetSwap): void {
  ensure(subnetExists(ctx.state, netuid) && netuid !== ROOT_NETUID, SubtensorErrors.SubNetworkDoesNotExist);
  destroyAlphaInOutStakes(ctx, netuid, swap);
  removeNetwork(ctx, netuid);
  ctx.events.emit({ pallet: SUBTENSOR, name: 'NetworkRemoved', data: { netuid } });
}
