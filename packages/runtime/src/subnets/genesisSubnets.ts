/**
 * Subnets present at genesis: created at a chosen netuid exactly as `register_network` would create them at
 * that block (defaults, owner hotkey as uid 0, pool seeded with `max(lock, NetworkMinLockCost)` TAO at the
 * median price), the owner paying `lock`. The runtime composition hands these to the genesis builder.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { createNetwork } from './registerNetwork.js';
import type { SubnetSwap } from './subnetsModules.js';

export interface GenesisSubnetParams {
  readonly netuid: NetUid;
  readonly owner: AccountId;
  readonly ownerHotkey: AccountId;
  /** TAO the owner locks (rao); the pool holds at least `NetworkMinLockCost` whatever is paid */
  readonly lock: bigint;
}

export function createGenesisSubnet(
  ctx: DispatchContext,
  subnet: GenesisSubnetParams,
  swap: SubnetSwap,
): void {
  const request = { coldkey: subnet.owner, hotkey: subnet.ownerHotkey };
  createNetwork(ctx, subnet.netuid, request, subnet.lock, swap);
}
