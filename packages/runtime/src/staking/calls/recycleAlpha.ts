/** `recycle_alpha(hotkey, amount, netuid)` [101]: destroy own alpha stake and lower the alpha issuance. */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { destroyAlpha } from '../destroyAlpha.js';
import type { StakingModules } from '../stakingModules.js';

export function createRecycleAlphaCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 101,
    name: 'recycle_alpha',
    args: Struct({ hotkey: AccountIdCodec, amount: u64, netuid: NetUidCodec }),
    pays: true,
    docs: 'Destroy alpha staked by the coldkey on a hotkey; the subnet alpha issuance falls with it.',
    dispatch(ctx, origin, { hotkey, amount, netuid }) {
      const coldkey = ensureSigned(origin);
      destroyAlpha(ctx, modules, { coldkey, hotkey, netuid, amount, recycle: true });
    },
  });
}
