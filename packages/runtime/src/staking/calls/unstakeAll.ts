/**
 * `unstake_all(hotkey)` [83]: sell every position of the coldkey on the hotkey, root included, to TAO,
 * skipping subnets where staking is closed or the position cannot be unstaked whole (no error then).
 */
import { type AccountId, AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { hotkeyAccountExists } from '../../neurons/hotkeyOwnership.js';
import { SubtokenEnabled } from '../../subnets/schema.js';
import { getAllSubnetNetuids, ROOT_NETUID } from '../../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MIN_PRICE_RAO } from '../../swap/math/doSwap.js';
import { clearSmallNominationIfRequired } from '../nominations.js';
import { getStake } from '../stakeAccounting.js';
import type { StakingModules } from '../stakingModules.js';
import { unstakeFromSubnet } from '../unstakeFromSubnet.js';
import { isRemoveStakeValid } from '../validateStake.js';

/** Unstake every eligible position of (hotkey, coldkey); returns the TAO received. */
export function unstakeEverywhere(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  hotkey: AccountId,
  includeRoot: boolean,
): bigint {
  ensure(hotkeyAccountExists(ctx.state, hotkey), SubtensorErrors.HotKeyAccountNotExists);
  let total = 0n;
  for (const netuid of getAllSubnetNetuids(ctx.state)) {
    if (!SubtokenEnabled.get(ctx.state, [netuid])) continue;
    if (!includeRoot && netuid === ROOT_NETUID) continue;
    const alpha = getStake(ctx.state, { hotkey, coldkey, netuid });
    const check = { coldkey, hotkey, netuid, alpha, max: alpha, allowPartial: false };
    if (!isRemoveStakeValid(ctx, modules.swap, check) || alpha === 0n) continue;
    const order = { hotkey, coldkey, beneficiary: coldkey, netuid, alpha, limitPriceRao: MIN_PRICE_RAO };
    total += unstakeFromSubnet(ctx, modules, { ...order, dropFees: false });
    clearSmallNominationIfRequired(ctx, modules, hotkey, coldkey, netuid);
  }
  return total;
}

export function createUnstakeAllCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 83,
    name: 'unstake_all',
    args: Struct({ hotkey: AccountIdCodec }),
    pays: true,
    docs: 'Unstake every position of the coldkey on a hotkey, root included, to TAO.',
    dispatch(ctx, origin, { hotkey }) {
      unstakeEverywhere(ctx, modules, ensureSigned(origin), hotkey, true);
    },
  });
}
