/**
 * `remove_stake(hotkey, netuid, amount_unstaked)` [3]: sell alpha (capped at the position) for TAO paid to
 * the coldkey. A nomination left below the nominator minimum is cleared, and a hotkey whose stake fell
 * below `StakeThreshold` loses its pending child keys.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MIN_PRICE_RAO } from '../../swap/math/doSwap.js';
import { clearPendingChildrenIfBelowThreshold, clearSmallNominationIfRequired } from '../nominations.js';
import { getStake } from '../stakeAccounting.js';
import type { StakingModules } from '../stakingModules.js';
import { unstakeFromSubnet } from '../unstakeFromSubnet.js';
import {
  ensureRemoveStakeWithinSwapLimit,
  ensureSubtokenEnabled,
  validateRemoveStake,
} from '../validateStake.js';

/** `do_remove_stake`: returns the TAO paid to the coldkey. */
export function doRemoveStake(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: NetUid,
  amount: bigint,
): bigint {
  const { swap } = modules;
  ensureSubtokenEnabled(ctx, netuid);
  const available = getStake(ctx.state, { hotkey, coldkey, netuid });
  const alpha = amount < available ? amount : available;
  ensureRemoveStakeWithinSwapLimit(ctx, swap, netuid, alpha);
  validateRemoveStake(ctx, swap, { coldkey, hotkey, netuid, alpha, max: alpha, allowPartial: false });
  const order = { hotkey, coldkey, beneficiary: coldkey, netuid, alpha, limitPriceRao: MIN_PRICE_RAO };
  const tao = unstakeFromSubnet(ctx, modules, { ...order, dropFees: false });
  clearSmallNominationIfRequired(ctx, modules, hotkey, coldkey, netuid);
  clearPendingChildrenIfBelowThreshold(ctx, swap, hotkey);
  return tao;
}

export function createRemoveStakeCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 3,
    name: 'remove_stake',
    args: Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, amount_unstaked: u64 }),
    pays: true,
    docs: 'Unstake alpha from a hotkey on a subnet: the alpha is sold through the pool for TAO.',
    dispatch(ctx, origin, { hotkey, netuid, amount_unstaked }) {
      doRemoveStake(ctx, modules, ensureSigned(origin), hotkey, netuid, amount_unstaked);
    },
  });
}
