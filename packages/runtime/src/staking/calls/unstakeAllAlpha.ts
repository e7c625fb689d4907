/**
 * `unstake_all_alpha(hotkey)` [84]: sell every subnet position (root left alone) of the coldkey on the
 * hotkey and re-stake all the TAO on root; `AmountTooLow` when there was nothing to move.
 */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { ROOT_NETUID } from '../../subnets/subnetRegistry.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MAX_PRICE_RAO } from '../../swap/math/doSwap.js';
import { stakeIntoSubnet } from '../stakeIntoSubnet.js';
import type { StakingModules } from '../stakingModules.js';
import { unstakeEverywhere } from './unstakeAll.js';

export function createUnstakeAllAlphaCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 84,
    name: 'unstake_all_alpha',
    args: Struct({ hotkey: AccountIdCodec }),
    pays: true,
    docs: 'Unstake every subnet position of the coldkey on a hotkey and re-stake the TAO on root.',
    dispatch(ctx, origin, { hotkey }) {
      const coldkey = ensureSigned(origin);
      const tao = unstakeEverywhere(ctx, modules, coldkey, hotkey, false);
      const order = {
        hotkey,
        coldkey,
        netuid: ROOT_NETUID,
        tao,
        limitPriceRao: MAX_PRICE_RAO,
        dropFees: false,
      };
      stakeIntoSubnet(ctx, modules, order);
    },
  });
}
