/** `burn_alpha(hotkey, amount, netuid)` [102]: destroy own alpha stake; it still counts as issued. */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { destroyAlpha } from '../destroyAlpha.js';
import type { StakingModules } from '../stakingModules.js';

/** `do_burn_alpha`: returns the alpha burned. */
export function doBurnAlpha(
  ctx: DispatchContext,
  modules: StakingModules,
  coldkey: AccountId,
  hotkey: AccountId,
  amount: bigint,
  netuid: NetUid,
): bigint {
  return destroyAlpha(ctx, modules, { coldkey, hotkey, netuid, amount, recycle: false });
}

export function createBurnAlphaCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 102,
    name: 'burn_alpha',
    args: Struct({ hotkey: AccountIdCodec, amount: u64, netuid: NetUidCodec }),
    pays: true,
    docs: 'Destroy alpha staked by the coldkey on a hotkey without lowering the alpha issuance.',
    dispatch(ctx, origin, { hotkey, amount, netuid }) {
      doBurnAlpha(ctx, modules, ensureSigned(origin), hotkey, amount, netuid);
    },
  });
}
