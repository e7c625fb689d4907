/**
 * Origin checks of subnet-owner calls (`utils/misc.rs`): `ensure_subnet_owner` (a signed origin that is the
 * subnet's `SubnetOwner` coldkey) and `ensure_subnet_owner_or_root`. Anyone else is `BadOrigin`.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { ensureSigned, type Origin, OriginErrors } from '../dispatch/origin.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubnetOwner } from './schema.js';

/** `ensure_subnet_owner`: the signer, if it owns the subnet. */
export function ensureSubnetOwner(state: OverlayState, origin: Origin, netuid: NetUid): AccountId {
  const who = ensureSigned(origin);
  if (SubnetOwner.getOption(state, [netuid]) !== who)
    throw OriginErrors.BadOrigin('the subnet owner is required');
  return who;
}

/** `ensure_subnet_owner_or_root`: the owning signer, or null for root. */
export function ensureSubnetOwnerOrRoot(
  state: OverlayState,
  origin: Origin,
  netuid: NetUid,
): AccountId | null {
  if (origin.kind === 'root') return null;
  return ensureSubnetOwner(state, origin, netuid);
}
