/**
 * The origin, freeze-window and rate-limit checks every admin setter starts with (subtensor's
 * `utils/admin.rs`): root or the subnet owner's coldkey, no change during the last `AdminFreezeWindow`
 * blocks before an epoch (nor while a triggered epoch is pending), and an owner rate limit per setter.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { blocksUntilNextEpoch } from '../coinbase/math/epochSchedule.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { type Origin, OriginErrors } from '../dispatch/origin.js';
import type { OverlayState } from '../state/overlayState.js';
import { LastEpochBlock, NetworksAdded, PendingEpochAt, SubnetOwner, Tempo } from '../subnets/schema.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { AdminFreezeWindow } from './adminStorage.js';
import { type OwnerLimit, passesRateLimitOnSubnet, setLastBlockOnSubnet } from './rateLimits.js';
import { AdminUtilsErrors } from './schema.js';

/** The subnet owner, or `null` for root: what `ensure_subnet_owner_or_root` returns. */
export type MaybeOwner = AccountId | null;

/** Root (`null`) or the `SubnetOwner` coldkey of `netuid`; any other signer is `BadOrigin`. */
export function ensureSubnetOwnerOrRoot(state: OverlayState, origin: Origin, netuid: NetUid): MaybeOwner {
  if (origin.kind === 'root') return null;
  if (origin.kind === 'signed' && SubnetOwner.getOption(state, [netuid]) === origin.who) return origin.who;
  throw OriginErrors.BadOrigin('the subnet owner or root is required');
}

/** `ensure_sn_owner_or_root_with_limits`: as above, and the owner must be past each rate limit. */
export function ensureSubnetOwnerOrRootWithLimits(
  ctx: DispatchContext,
  origin: Origin,
  netuid: NetUid,
  limits: readonly OwnerLimit[],
): MaybeOwner {
  const owner = ensureSubnetOwnerOrRoot(ctx.state, origin, netuid);
  if (owner !== null) {
    const block = BigInt(ctx.block.number);
    for (const limit of limits) {
      ensure(
        passesRateLimitOnSubnet(ctx.state, limit, owner, netuid, block),
        SubtensorErrors.TxRateLimitExceeded,
        `owner rate limit (${limit.kind === 'hyperparameter' ? `hyperparameter ${limit.hyperparameter}` : limit.kind})`,
      );
    }
  }
  return owner;
}

/** `record_owner_rl`: stamp the owner's last use of each limit at the current block (root: nothing). */
export function recordOwnerRateLimits(
  ctx: DispatchContext,
  owner: MaybeOwner,
  netuid: NetUid,
  limits: readonly OwnerLimit[],
): void {
  if (owner === null) return;
  const block = BigInt(ctx.block.number);
  for (const limit of limits) setLastBlockOnSubnet(ctx.state, limit, owner, netuid, block);
}

/**
 * `is_in_admin_freeze_window`: true during the last `AdminFreezeWindow` blocks before the next automatic
 * epoch, and for the whole countdown of a pending triggered epoch. Never for tempo 0.
 */
export function isInAdminFreezeWindow(state: OverlayState, netuid: NetUid, block: bigint): boolean {
  const tempo = BigInt(Tempo.get(state, [netuid]));
  if (tempo === 0n) return false;
  const pending = PendingEpochAt.get(state, [netuid]);
  if (pending > 0n && pending > block) return true;
  const remaining = blocksUntilNextEpoch(
    { tempo, lastEpochBlock: LastEpochBlock.get(state, [netuid]) },
    block,
  );
  return remaining < BigInt(AdminFreezeWindow.get(state));
}

export function ensureAdminWindowOpen(ctx: DispatchContext, netuid: NetUid): void {
  ensure(
    !isInAdminFreezeWindow(ctx.state, netuid, BigInt(ctx.block.number)),
    SubtensorErrors.AdminActionProhibitedDuringWeightsWindow,
  );
}

export function isSubnetExisting(state: OverlayState, netuid: NetUid): boolean {
  return NetworksAdded.get(state, [netuid]);
}

/** `ensure!(if_subnet_exist(netuid), Error::<T>::SubnetDoesNotExist)` of admin-utils. */
export function ensureSubnetExists(state: OverlayState, netuid: NetUid): void {
  ensure(isSubnetExisting(state, netuid), AdminUtilsErrors.SubnetDoesNotExist, `netuid ${netuid}`);
}
