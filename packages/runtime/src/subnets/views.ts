/**
 * Read-only queries of subnets for other modules and the runtime-API views (which live in `views/`):
 * the emission start, the next registration's lock cost, the owner. Nothing here writes.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { FirstEmissionBlockNumber, SubnetOwner, SubnetOwnerHotkey } from './schema.js';
import { getNetworkLockCostAt } from './subnetRegistry.js';

/** `FirstEmissionBlockNumber`: the first block of emission, undefined until `start_call`. */
export function getFirstEmissionBlock(state: OverlayState, netuid: NetUid): bigint | undefined {
  return FirstEmissionBlockNumber.getOption(state, [netuid]) ?? undefined;
}

/** `get_network_lock_cost`: what `register_network` at `block` locks. */
export function getNetworkRegistrationCost(state: OverlayState, block: bigint): bigint {
  return getNetworkLockCostAt(state, block);
}

/** The subnet's owner coldkey and owner hotkey (undefined for a missing subnet). */
export function getSubnetOwnership(
  state: OverlayState,
  netuid: NetUid,
): { readonly coldkey: AccountId; readonly hotkey: AccountId | undefined } | undefined {
  const coldkey = SubnetOwner.getOption(state, [netuid]);
  if (coldkey === undefined) return undefined;
  return { coldkey, hotkey: SubnetOwnerHotkey.getOption(state, [netuid]) };
}
