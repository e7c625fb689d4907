/**
 * `remove_stake_full_limit(hotkey, netuid, limit_price: Option)` [103]: unstake the whole position, as
 * `remove_stake_limit` (fill-or-kill) with a limit price, as `remove_stake` without one.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Option, Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { subnetExists } from '../../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { getStake } from '../stakeAccounting.js';
import type { StakingModules } from '../stakingModules.js';
import { doRemoveStake } from './removeStake.js';
import { doRemoveStakeLimit } from './removeStakeLimit.js';

export function createRemoveStakeFullLimitCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 103,
    name: 'remove_stake_full_limit',
    args: Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, limit_price: Option(u64) }),
    pays: true,
    docs: 'Unstake the whole position of the coldkey on a hotkey and subnet, optionally above a limit price.',
    dispatch(ctx, origin, { hotkey, netuid, limit_price }) {
      ensure(subnetExists(ctx.state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
      const coldkey = ensureSigned(origin);
      const alpha = getStake(ctx.state, { hotkey, coldkey, netuid });
      if (limit_price === undefined) {
        doRemoveStake(ctx, modules, coldkey, hotkey, netuid, alpha);
        return;
      }
      const order = { amount: alpha, limitPriceRao: limit_price, allowPartial: false };
      doRemoveStakeLimit(ctx, modules, coldkey, hotkey, netuid, order);
    },
  });
}
