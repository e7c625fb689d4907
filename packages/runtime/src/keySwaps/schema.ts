/**
 * Storage and constants of the hotkey and coldkey swaps (economics.md §6.1-6.2): the coldkey swap
 * announcements and disputes (`Twox64Concat(AccountId)`, block numbers are `u32` as `BlockNumberFor`), their
 * delays, the key swap cost, and the per-(subnet, coldkey) hotkey swap cooldown. Names, codecs, hashers and
 * defaults as in subtensor's `lib.rs` with the runtime's values.
 */
import { type AccountId, AccountIdCodec, type Hash, HashCodec, type NetUid } from '@taonet/primitives';
import { Tuple, u32, u64 } from 'scale-ts';
import { Twox64Concat } from '../state/storageHasher.js';
import { keyPart, storageDoubleMap, storageMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { accountKey, netuidKey, subtensorValue } from '../subtensor/subtensorStorage.js';

/** `KeySwapOnSubnetCost`: a hotkey swap on one subnet costs 0.001 TAO, recycled. */
export const KEY_SWAP_ON_SUBNET_COST = 1_000_000n;
/** `HotkeySwapOnSubnetInterval`: blocks between two hotkey swaps of a coldkey on a subnet (one day). */
export const HOTKEY_SWAP_ON_SUBNET_INTERVAL = 7_200n;

const twoxAccountKey = keyPart(AccountIdCodec, Twox64Concat);

export const KeySwapCost = subtensorValue(
  'KeySwapCost',
  u64,
  100_000_000n,
  'TAO recycled by a hotkey swap on all subnets and by a first coldkey swap announcement (0.1 TAO).',
);
export const ColdkeySwapAnnouncements = storageMap<AccountId, [number, Hash]>({
  pallet: SUBTENSOR,
  name: 'ColdkeySwapAnnouncements',
  key: twoxAccountKey,
  value: Tuple(u32, HashCodec),
  docs: 'Announced coldkey swaps: the block from which it may execute and BlakeTwo256 of the new coldkey.',
});
export const ColdkeySwapDisputes = storageMap<AccountId, number>({
  pallet: SUBTENSOR,
  name: 'ColdkeySwapDisputes',
  key: twoxAccountKey,
  value: u32,
  docs: 'Block at which a coldkey disputed its announced swap; the account is frozen until root resets it.',
});
export const ColdkeySwapAnnouncementDelay = subtensorValue(
  'ColdkeySwapAnnouncementDelay',
  u32,
  36_000,
  'Blocks between an announcement and the swap it allows (5 days).',
);
export const ColdkeySwapReannouncementDelay = subtensorValue(
  'ColdkeySwapReannouncementDelay',
  u32,
  7_200,
  'Blocks after the execution block before a swap may be re-announced or cleared (1 day).',
);
export const LastHotkeySwapOnNetuid = storageDoubleMap<NetUid, AccountId, bigint>({
  pallet: SUBTENSOR,
  name: 'LastHotkeySwapOnNetuid',
  keys: [netuidKey, accountKey],
  value: u64,
  default: 0n,
  docs: 'Block of the last hotkey swap of a coldkey touching a subnet.',
});

export const keySwapsStorage = [
  KeySwapCost,
  ColdkeySwapAnnouncements,
  ColdkeySwapDisputes,
  ColdkeySwapAnnouncementDelay,
  ColdkeySwapReannouncementDelay,
  LastHotkeySwapOnNetuid,
];
