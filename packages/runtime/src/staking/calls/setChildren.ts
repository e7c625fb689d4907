/**
 * `set_children(hotkey, netuid, children)` [67]: the owning coldkey schedules at most five child hotkeys,
 * each with a u64 proportion of the parent's stake (economics.md §4.2). Once per 150 blocks per (hotkey,
 * subnet); not on root; the parent needs `StakeThreshold` of stake unless it is the subnet owner's hotkey or
 * the list is empty. The set applies `PendingChildKeyCooldown` blocks later at the subnet's epoch
 * (`applyPendingChildKeys`), or at once while the subnet has not started. Event
 * `SetChildrenScheduled(hotkey, netuid, cooldown_block, children)`.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, Tuple, u64, Vector } from 'scale-ts';
import { TransactionKeyLastBlock } from '../../admin/adminStorage.js';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { coldkeyOwnsHotkey } from '../../neurons/hotkeyOwnership.js';
import { StakeThreshold } from '../../subnets/hyperparameters.js';
import { SubnetOwnerHotkey, SubtokenEnabled } from '../../subnets/schema.js';
import { ROOT_NETUID, subnetExists } from '../../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { type ChildEdge, ensurePendingConsistency, loadRelations } from '../childKeys.js';
import { persistPendingChildren } from '../hooks.js';
import { getTotalStakeForHotkey } from '../nominations.js';
import {
  PendingChildKeyCooldown,
  PendingChildKeys,
  SET_CHILDREN_RATE_LIMIT,
} from '../stakingCallsStorage.js';
import type { StakingModules } from '../stakingModules.js';

/** `TransactionType::SetChildren` in `TransactionKeyLastBlock` */
const SET_CHILDREN_TX = 0;

function ensureNoDuplicates(children: readonly ChildEdge[]): void {
  const seen = new Set<AccountId>();
  for (const [, child] of children) {
    ensure(!seen.has(child), SubtensorErrors.DuplicateChild);
    seen.add(child);
  }
}

function ensureChildren(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  args: { hotkey: AccountId; netuid: NetUid; children: ChildEdge[] },
): void {
  const { state } = ctx;
  const { hotkey, netuid, children } = args;
  const last = TransactionKeyLastBlock.get(state, [hotkey, netuid, SET_CHILDREN_TX]);
  const block = BigInt(ctx.block.number);
  ensure(last === 0n || block - last >= SET_CHILDREN_RATE_LIMIT, SubtensorErrors.TxRateLimitExceeded);
  ensure(netuid !== ROOT_NETUID, SubtensorErrors.RegistrationNotPermittedOnRootSubnet);
  ensure(subnetExists(state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
  ensure(coldkeyOwnsHotkey(state, coldkey, hotkey), SubtensorErrors.NonAssociatedColdKey);
  ensureNoDuplicates(children);
  ensurePendingConsistency(loadRelations(state, hotkey, netuid), children);
  const enoughStake =
    children.length === 0 ||
    getTotalStakeForHotkey(ctx, modules.swap, hotkey) >= StakeThreshold.get(state) ||
    SubnetOwnerHotkey.getOption(state, [netuid]) === hotkey;
  ensure(enoughStake, SubtensorErrors.NotEnoughStakeToSetChildkeys);
}

export function createSetChildrenCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 67,
    name: 'set_children',
    args: Struct({
      hotkey: AccountIdCodec,
      netuid: NetUidCodec,
      children: Vector(Tuple(u64, AccountIdCodec)),
    }),
    pays: true,
    docs: 'Schedule the child hotkeys (at most five, u64 proportions) of a hotkey on a subnet.',
    dispatch(ctx, origin, args) {
      const { hotkey, netuid, children } = args;
      ensureChildren(ctx, modules, ensureSigned(origin), args);
      const block = BigInt(ctx.block.number);
      TransactionKeyLastBlock.set(ctx.state, [hotkey, netuid, SET_CHILDREN_TX], block);
      if (!SubtokenEnabled.get(ctx.state, [netuid])) {
        persistPendingChildren(ctx, netuid, hotkey, children);
        return;
      }
      const cooldownBlock = block + PendingChildKeyCooldown.get(ctx.state);
      PendingChildKeys.set(ctx.state, [netuid, hotkey], [children, cooldownBlock]);
      const data = { hotkey, netuid, cooldownBlock, children };
      ctx.events.emit({ pallet: SUBTENSOR, name: 'SetChildrenScheduled', data });
    },
  });
}
