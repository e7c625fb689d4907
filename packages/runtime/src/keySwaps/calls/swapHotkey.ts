/** `swap_hotkey(hotkey, new_hotkey, netuid: Option)` [70]: deprecated `swap_hotkey_v2` with `keep_stake = false`. */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Option, Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { doSwapHotkey } from '../doSwapHotkey.js';
import type { KeySwapModules } from '../keySwapModules.js';

export function createSwapHotkeyCall(modules: KeySwapModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 70,
    name: 'swap_hotkey',
    args: Struct({ hotkey: AccountIdCodec, new_hotkey: AccountIdCodec, netuid: Option(NetUidCodec) }),
    pays: true,
    docs: 'Deprecated: swap_hotkey_v2 moving the stake too.',
    dispatch(ctx, origin, { hotkey, new_hotkey, netuid }) {
      const coldkey = ensureSigned(origin);
      doSwapHotkey(ctx, modules, {
        coldkey,
        oldHotkey: hotkey,
        newHotkey: new_hotkey,
        netuid,
        keepStake: false,
      });
    },
  });
}
