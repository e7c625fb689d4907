/**
 * `do_recycle_alpha` / `do_burn_alpha` (economics.md §4.4): a coldkey destroys its own alpha on a non-root
 * subnet, capped at what the position holds. Recycling lowers the alpha issuance (`SubnetAlphaOut`);
 * burning leaves it counted as issued. Events `AlphaRecycled` / `AlphaBurned(coldkey, hotkey, alpha,
 * netuid)`.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { hotkeyAccountExists } from '../neurons/hotkeyOwnership.js';
import { ROOT_NETUID, subnetExists } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { SubnetAlphaOut } from '../swap/schema.js';
import { decreaseStake, getStake } from './stakeAccounting.js';
import type { StakingModules } from './stakingModules.js';
import { ensureSubtokenEnabled } from './validateStake.js';

export interface DestroyAlpha {
  readonly coldkey: AccountId;
  readonly hotkey: AccountId;
  readonly netuid: NetUid;
  readonly amount: bigint;
  /** true: recycle (issuance falls); false: burn */
  readonly recycle: boolean;
}

/** Returns the alpha the position lost. */
export function destroyAlpha(ctx: DispatchContext, modules: StakingModules, order: DestroyAlpha): bigint {
  const { state } = ctx;
  const { coldkey, hotkey, netuid } = order;
  ensure(subnetExists(state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
  ensure(netuid !== ROOT_NETUID, SubtensorErrors.CannotBurnOrRecycleOnRootSubnet);
  ensureSubtokenEnabled(ctx, netuid);
  ensure(hotkeyAccountExists(state, hotkey), SubtensorErrors.HotKeyAccountNotExists);
  const position = { hotkey, coldkey, netuid };
  const available = getStake(state, position);
  const amount = order.amount < available ? order.amount : available;
  ensure(SubnetAlphaOut.get(state, [netuid]) >= amount, SubtensorErrors.InsufficientLiquidity);
  const decreased = decreaseStake(state, position, amount);
  if (order.recycle) modules.swap.recycleSubnetAlpha(ctx, netuid, amount);
  else modules.swap.burnSubnetAlpha(ctx, netuid, amount);
  const name = order.recycle ? 'AlphaRecycled' : 'AlphaBurned';
  ctx.events.emit({ pallet: SUBTENSOR, name, data: { coldkey, hotkey, alpha: decreased, netuid } });
  return decreased;
}
