/**
 * Per-block work of staking: applying scheduled child keys (`try_set_pending_children`, block step 7,
 * economics.md §2.1). Pending children of a subnet apply when its epoch runs in this block and their
 * cooldown has passed, or at once while the subnet has not started (`SubtokenEnabled` false). A set that
 * would break the relation invariants is dropped silently, as in subtensor.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { isDispatchError } from '../dispatch/dispatchError.js';
import { LastEpochBlock, SubtokenEnabled } from '../subnets/schema.js';
import { getAllSubnetNetuids } from '../subnets/subnetRegistry.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { type ChildEdge, loadRelationsFromPending, persistRelations } from './childKeys.js';
import { PendingChildKeys } from './stakingCallsStorage.js';

/** `persist_pending_children_ok`: make `children` the hotkey's children; nothing happens if they cannot be. */
export function persistPendingChildren(
  ctx: DispatchContext,
  netuid: NetUid,
  hotkey: AccountId,
  children: ChildEdge[],
): void {
  try {
    ctx.state.transaction(() =>
      ctx.events.transaction(() => {
        persistRelations(ctx.state, loadRelationsFromPending(ctx.state, hotkey, children, netuid), netuid);
        ctx.events.emit({ pallet: SUBTENSOR, name: 'SetChildren', data: { hotkey, netuid, children } });
      }),
    );
  } catch (error) {
    if (!isDispatchError(error)) throw error;
  }
}

/** `do_set_pending_children(netuid)`: apply and remove the due pending child keys of a subnet. */
export function setPendingChildren(ctx: DispatchContext, netuid: NetUid): void {
  const block = BigInt(ctx.block.number);
  const started = SubtokenEnabled.get(ctx.state, [netuid]);
  const due = [...PendingChildKeys.entries(ctx.state, [netuid])].filter(
    ([, [, cooldownBlock]]) => cooldownBlock < block || !started,
  );
  for (const [[, hotkey], [children]] of due) {
    persistPendingChildren(ctx, netuid, hotkey, children);
    PendingChildKeys.remove(ctx.state, [netuid, hotkey]);
  }
}

/**
 * Block step 7: the pending child keys of every subnet whose epoch ran in this block (`LastEpochBlock` is
 * this block), after the coinbase and the epochs.
 */
export function applyPendingChildKeys(ctx: DispatchContext): void {
  const block = BigInt(ctx.block.number);
  for (const netuid of getAllSubnetNetuids(ctx.state)) {
    if (LastEpochBlock.get(ctx.state, [netuid]) === block) setPendingChildren(ctx, netuid);
  }
}
