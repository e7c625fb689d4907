/**
 * `add_stake(hotkey, netuid, amount_staked)` [2]: buy alpha on `netuid` with TAO at any price (swap fee
 * to the block author) and stake it to `hotkey` (economics.md §3.8, §4.3).
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MAX_PRICE_RAO } from '../../swap/math/doSwap.js';
import { stakeIntoSubnet } from '../stakeIntoSubnet.js';
import type { StakingModules } from '../stakingModules.js';
import { ensureSubtokenEnabled, validateAddStake } from '../validateStake.js';

/** `do_add_stake`: returns the alpha staked. */
export function doAddStake(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: NetUid,
  amount: bigint,
): bigint {
  ensureSubtokenEnabled(ctx, netuid);
  validateAddStake(ctx, modules.swap, { coldkey, hotkey, netuid, amount, max: amount, allowPartial: false });
  const order = { hotkey, coldkey, netuid, tao: amount, limitPriceRao: MAX_PRICE_RAO, dropFees: false };
  return stakeIntoSubnet(ctx, modules, order);
}

export function createAddStakeCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 2,
    name: 'add_stake',
    args: Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, amount_staked: u64 }),
    pays: true,
    docs: 'Stake TAO to a hotkey on a subnet: the TAO buys alpha through the subnet pool.',
    dispatch(ctx, origin, { hotkey, netuid, amount_staked }) {
      doAddStake(ctx, modules, ensureSigned(origin), hotkey, netuid, amount_staked);
    },
  });
}
