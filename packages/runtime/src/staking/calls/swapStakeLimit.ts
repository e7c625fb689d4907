/**
 * `swap_stake_limit(hotkey, origin_netuid, destination_netuid, alpha_amount, limit_price, allow_partial)`
 * [90]: `swap_stake` limited by the origin/destination price ratio in rao per alpha (`get_max_amount_move`);
 * fill-or-kill (`SlippageTooHigh`) unless `allow_partial`.
 */
import { bool, Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import type { StakingModules } from '../stakingModules.js';
import { swapStake, swapStakeFields } from './swapStake.js';

export function createSwapStakeLimitCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 90,
    name: 'swap_stake_limit',
    args: Struct({ ...swapStakeFields, limit_price: u64, allow_partial: bool }),
    pays: true,
    docs: 'swap_stake limited by the origin/destination price ratio (rao per alpha).',
    dispatch(ctx, origin, args) {
      const opts = {
        checkTransferToggle: false,
        limitPriceRao: args.limit_price,
        allowPartial: args.allow_partial,
      };
      swapStake(ctx, modules, origin, args, opts);
    },
  });
}
