/** `SubtensorModule` calls (pallet 7) that swap a hotkey (all subnets or one) or a coldkey (announced). */
import { AccountIdCodec, HashCodec } from '@taonet/primitives';
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

/** The coldkey swap: announce BlakeTwo256 of the new coldkey, then (after the delay) execute it. */
export const announceColdkeySwapCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'announce_coldkey_swap',
  index: 125,
  args: Struct({ new_coldkey_hash: HashCodec }),
});

export const swapColdkeyAnnouncedCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'swap_coldkey_announced',
  index: 126,
  args: Struct({ new_coldkey: AccountIdCodec }),
});

export const disputeColdkeySwapCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'dispute_coldkey_swap',
  index: 127,
  args: Struct({}),
});

export const clearColdkeySwapAnnouncementCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'clear_coldkey_swap_announcement',
  index: 133,
  args: Struct({}),
});

/** Associate a hotkey with the signing coldkey without registering it (a no-op when it has an owner). */
export const tryAssociateHotkeyCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'try_associate_hotkey',
  index: 91,
  args: Struct({ hotkey: AccountIdCodec }),
});
