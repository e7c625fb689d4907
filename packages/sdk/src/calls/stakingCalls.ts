/** `SubtensorModule` calls (pallet 7) that stake, unstake, move stake, and manage delegation and children. */
import { AccountIdCodec } from '@taonet/primitives';
import { bool, Option, Struct, Tuple, u16, u64, Vector } from 'scale-ts';
import { defineCall } from './defineCall.js';

export const addStakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'add_stake',
  index: 2,
  args: Struct({ hotkey: AccountIdCodec, netuid: u16, amount_staked: u64 }),
});

export const addStakeLimitCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'add_stake_limit',
  index: 88,
  args: Struct({
    hotkey: AccountIdCodec,
    netuid: u16,
    amount_staked: u64,
    limit_price: u64,
    allow_partial: bool,
  }),
});

export const removeStakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'remove_stake',
  index: 3,
  args: Struct({ hotkey: AccountIdCodec, netuid: u16, amount_unstaked: u64 }),
});

export const removeStakeLimitCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'remove_stake_limit',
  index: 89,
  args: Struct({
    hotkey: AccountIdCodec,
    netuid: u16,
    amount_unstaked: u64,
    limit_price: u64,
    allow_partial: bool,
  }),
});

export const removeStakeFullLimitCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'remove_stake_full_limit',
  index: 103,
  args: Struct({ hotkey: AccountIdCodec, netuid: u16, limit_price: Option(u64) }),
});

export const unstakeAllCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'unstake_all',
  index: 83,
  args: Struct({ hotkey: AccountIdCodec }),
});

export const unstakeAllAlphaCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'unstake_all_alpha',
  index: 84,
  args: Struct({ hotkey: AccountIdCodec }),
});

export const moveStakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'move_stake',
  index: 85,
  args: Struct({
    origin_hotkey: AccountIdCodec,
    destination_hotkey: AccountIdCodec,
    origin_netuid: u16,
    destination_netuid: u16,
    alpha_amount: u64,
  }),
});

export const transferStakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'transfer_stake',
  index: 86,
  args: Struct({
    destination_coldkey: AccountIdCodec,
    hotkey: AccountIdCodec,
    origin_netuid: u16,
    destination_netuid: u16,
    alpha_amount: u64,
  }),
});

const swapFields = { hotkey: AccountIdCodec, origin_netuid: u16, destination_netuid: u16, alpha_amount: u64 };

export const swapStakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'swap_stake',
  index: 87,
  args: Struct(swapFields),
});

export const swapStakeLimitCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'swap_stake_limit',
  index: 90,
  args: Struct({ ...swapFields, limit_price: u64, allow_partial: bool }),
});

export const increaseTakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'increase_take',
  index: 66,
  args: Struct({ hotkey: AccountIdCodec, take: u16 }),
});

export const decreaseTakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'decrease_take',
  index: 65,
  args: Struct({ hotkey: AccountIdCodec, take: u16 }),
});

export const setChildrenCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'set_children',
  index: 67,
  args: Struct({ hotkey: AccountIdCodec, netuid: u16, children: Vector(Tuple(u64, AccountIdCodec)) }),
});

export const setChildkeyTakeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'set_childkey_take',
  index: 75,
  args: Struct({ hotkey: AccountIdCodec, netuid: u16, take: u16 }),
});
