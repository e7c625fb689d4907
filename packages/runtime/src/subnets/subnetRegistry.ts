/**
 * Which subnets exist (`NetworksAdded`), and the reads built on it: all netuids, the count against
 * `SubnetLimit` (root excluded), the next free netuid, and the subnet lock cost quoted now.
 */
import { type NetUid, netUid } from '@taonet/primitives';
import { TotalIssuance } from '../balances/schema.js';
import { getBlockEmissionForIssuance } from '../coinbase/math/blockEmission.js';
import type { OverlayState } from '../state/overlayState.js';
import { getLockReductionInterval, getNetworkLockCost } from './math/networkLockCost.js';
import {
  NetworkLastLockCost,
  NetworkLastRegistered,
  NetworkLockReductionInterval,
  NetworkMinLockCost,
  NetworksAdded,
} from './schema.js';

/** `NetUid::ROOT` */
export const ROOT_NETUID: NetUid = netUid(0);

/** `if_subnet_exist` */
export function subnetExists(state: OverlayState, netuid: NetUid): boolean {
  return NetworksAdded.get(state, [netuid]);
}

/**
 * `get_all_subnet_netuids`: every existing netuid (root included) in `NetworksAdded` storage order, i.e. by
 * the little-endian key bytes (ascending below 256), as subtensor iterates them.
 */
export function getAllSubnetNetuids(state: OverlayState): NetUid[] {
  const netuids: NetUid[] = [];
  for (const [[netuid], added] of NetworksAdded.entries(state)) if (added) netuids.push(netuid);
  return netuids;
}

/** Existing subnets other than root (what `SubnetLimit` counts). */
export function countNonRootSubnets(state: OverlayState): number {
  return getAllSubnetNetuids(state).filter((netuid) => netuid !== ROOT_NETUID).length;
}

/** `get_next_netuid`: the lowest free netuid from 1 (a dissolved subnet's netuid is reused). */
export function getNextNetuid(state: OverlayState): NetUid {
  const taken = new Set(getAllSubnetNetuids(state));
  let next = 1;
  while (taken.has(netUid(next))) next += 1;
  return netUid(next);
}

/** `get_network_lock_cost` at `block`: the interval shrinks with each halving of the block emission. */
export function getNetworkLockCostAt(state: OverlayState, block: bigint): bigint {
  const blockEmission = getBlockEmissionForIssuance(TotalIssuance.get(state));
  const interval = getLockReductionInterval(NetworkLockReductionInterval.get(state), blockEmission);
  const lockState = {
    lastLockCost: NetworkLastLockCost.get(state),
    minLockCost: NetworkMinLockCost.get(state),
    lastLockBlock: NetworkLastRegistered.get(state),
    lockReductionInterval: NetworkLockReductionInterval.get(state),
  };
  return getNetworkLockCost(lockState, block, interval);
}
