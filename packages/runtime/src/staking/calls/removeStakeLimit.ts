/**
 * `remove_stake_limit(hotkey, netuid, amount_unstaked, limit_price, allow_partial)` [89]: `remove_stake`
 * that sells no lower than `limit_price` (rao per alpha); fill-or-kill (`SlippageTooHigh`) unless
 * `allow_partial`, in which case only what sells above the limit leaves the position.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { bool, Struct, u64 } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { clearPendingChildrenIfBelowThreshold, clearSmallNominationIfRequired } from '../nominations.js';
import type { StakingModules } from '../stakingModules.js';
import { unstakeFromSubnet } from '../unstakeFromSubnet.js';
import { ensureRemoveStakeWithinSwapLimit, validateRemoveStake } from '../validateStake.js';
import type { LimitOrder } from './addStakeLimit.js';

/** `do_remove_stake_limit`: returns the TAO paid to the coldkey. */
export function doRemoveStakeLimit(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: NetUid,
  order: LimitOrder,
): bigint {
  const { swap } = modules;
  const alpha = order.amount;
  ensureRemoveStakeWithinSwapLimit(ctx, swap, netuid, alpha);
  const max = swap.maxAmountRemove(ctx, netuid, order.limitPriceRao);
  const possible = alpha < max ? alpha : max;
  validateRemoveStake(ctx, swap, { coldkey, hotkey, netuid, alpha, max, allowPartial: order.allowPartial });
  const tao = unstakeFromSubnet(ctx, modules, {
    hotkey,
    coldkey,
    beneficiary: coldkey,
    netuid,
    alpha: possible,
    limitPriceRao: order.limitPriceRao,
    dropFees: false,
  });
  clearSmallNominationIfRequired(ctx, modules, hotkey, coldkey, netuid);
  clearPendingChildrenIfBelowThreshold(ctx, swap, hotkey);
  return tao;
}

export function createRemoveStakeLimitCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 89,
    name: 'remove_stake_limit',
    args: Struct({
      hotkey: AccountIdCodec,
      netuid: NetUidCodec,
      amount_unstaked: u64,
      limit_price: u64,
      allow_partial: bool,
    }),
    pays: true,
    docs: 'Unstake alpha down to a limit price (rao per alpha); fill-or-kill unless partial fills are allowed.',
    dispatch(ctx, origin, args) {
      const order = {
        amount: args.amount_unstaked,
        limitPriceRao: args.limit_price,
        allowPartial: args.allow_partial,
      };
      doRemoveStakeLimit(ctx, modules, ensureSigned(origin), args.hotkey, args.netuid, order);
    },
  });
}
