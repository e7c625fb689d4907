/**
 * `add_stake_limit(hotkey, netuid, amount_staked, limit_price, allow_partial)` [88]: `add_stake` that stops
 * at `limit_price` (rao per alpha); fill-or-kill (`SlippageTooHigh`) unless `allow_partial`, in which case
 * only what fits below the limit is taken from the coldkey.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { bool, Struct, u64 } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { getOwningColdkey } from '../../neurons/hotkeyOwnership.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { maybeBecomeDelegate } from '../delegation.js';
import { stakeIntoSubnet } from '../stakeIntoSubnet.js';
import type { StakingModules } from '../stakingModules.js';
import { validateAddStake } from '../validateStake.js';

export interface LimitOrder {
  readonly amount: bigint;
  readonly limitPriceRao: bigint;
  readonly allowPartial: boolean;
}

/** `do_add_stake_limit`: returns the alpha staked. */
export function doAddStakeLimit(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: NetUid,
  order: LimitOrder,
): bigint {
  const max = modules.swap.maxAmountAdd(ctx, netuid, order.limitPriceRao);
  const possible = order.amount < max ? order.amount : max;
  const check = { coldkey, hotkey, netuid, amount: order.amount, max, allowPartial: order.allowPartial };
  validateAddStake(ctx, modules.swap, check);
  if (getOwningColdkey(ctx.state, hotkey) !== coldkey) maybeBecomeDelegate(ctx.state, hotkey);
  const stake = {
    hotkey,
    coldkey,
    netuid,
    tao: possible,
    limitPriceRao: order.limitPriceRao,
    dropFees: false,
  };
  return stakeIntoSubnet(ctx, modules, stake);
}

export function createAddStakeLimitCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 88,
    name: 'add_stake_limit',
    args: Struct({
      hotkey: AccountIdCodec,
      netuid: NetUidCodec,
      amount_staked: u64,
      limit_price: u64,
      allow_partial: bool,
    }),
    pays: true,
    docs: 'Stake TAO up to a limit price (rao per alpha); fill-or-kill unless partial fills are allowed.',
    dispatch(ctx, origin, args) {
      const order = {
        amount: args.amount_staked,
        limitPriceRao: args.limit_price,
        allowPartial: args.allow_partial,
      };
      doAddStakeLimit(ctx, modules, ensureSigned(origin), args.hotkey, args.netuid, order);
    },
  });
}
