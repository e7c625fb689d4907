/**
 * `ensure_subnet_owner` (`utils/misc.rs`): a signed origin that is the subnet's `SubnetOwner` coldkey; anyone
 * else is `BadOrigin`. (`ensure_subnet_owner_or_root` is the admin module's `ensureSubnetOwnerOrRoot`.)
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
