/** `SubtensorModule` calls (pallet 7) that swap a hotkey (all subnets or one). */
import { AccountIdCodec } from '@taonet/primitives';
import { bool, Option, Struct, u16 } from 'scale-ts';
import { defineCall } from './defineCall.js';

export const swapHotkeyCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'swap_hotkey',
  index: 70,
  args: Struct({ hotkey: AccountIdCodec, new_hotkey: AccountIdCodec, netuid: Option(u16) }),
});

export const swapHotkeyV2Call = defineCall({
  pallet: 'SubtensorModule',
  name: 'swap_hotkey_v2',
  index: 72,
  args: Struct({ hotkey: AccountIdCodec, new_hotkey: AccountIdCodec, netuid: Option(u16), keep_stake: bool }),
});
