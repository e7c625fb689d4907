/**
 * Stake accounting storage of `SubtensorModule` (economics.md §4.1, §4.7): one share pool per
 * (hotkey, netuid) whose shared value is `TotalHotkeyAlpha` and whose stakers hold `AlphaV2` shares of
 * `TotalHotkeySharesV2` (SafeFloat: mantissa u128, exponent i64), the TAO staked in pools, the TAO
 * weight of root stake, delegation and child keys.
 */
import { type AccountId, AccountIdCodec, type NetUid, type SafeFloat } from '@taonet/primitives';
import { type Codec, i64, Struct, Tuple, u16, u64, u128, Vector } from 'scale-ts';
import { Blake2_128Concat, Identity } from '../state/storageHasher.js';
import { keyPart, storageDoubleMap, storageNMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { accountKey, accountMap, netuidKey, subtensorValue } from '../subtensor/subtensorStorage.js';

const SafeFloatStruct = Struct({ mantissa: u128, exponent: i64 });
export const SafeFloatCodec: Codec<SafeFloat> = SafeFloatStruct as unknown as Codec<SafeFloat>;
const ZERO_SHARES = (): SafeFloat => ({ mantissa: 0n, exponent: 0n });

/** (hotkey, netuid) items: `Blake2_128Concat(hotkey), Identity(netuid)` as subtensor declares them. */
function hotkeySubnetMap<V>(name: string, value: Codec<V>, fallback: () => V, docs: string) {
  return storageDoubleMap<AccountId, NetUid, V>({
    pallet: SUBTENSOR,
    name,
    keys: [accountKey, netuidKey],
    value,
    default: fallback,
    docs,
  });
}

export const TotalHotkeyAlpha = hotkeySubnetMap(
  'TotalHotkeyAlpha',
  u64,
  () => 0n,
  'Alpha staked to a hotkey on a subnet by all its stakers (the share pool value).',
);
export const TotalHotkeyAlphaLastEpoch = hotkeySubnetMap(
  'TotalHotkeyAlphaLastEpoch',
  u64,
  () => 0n,
  'TotalHotkeyAlpha at the last epoch.',
);
export const TotalHotkeySharesV2 = hotkeySubnetMap(
  'TotalHotkeySharesV2',
  SafeFloatCodec,
  ZERO_SHARES,
  'Share denominator of the (hotkey, netuid) pool.',
);
export const AlphaV2 = storageNMap<[AccountId, AccountId, NetUid], SafeFloat>({
  pallet: SUBTENSOR,
  name: 'AlphaV2',
  keys: [keyPart(AccountIdCodec, Blake2_128Concat), keyPart(AccountIdCodec, Blake2_128Concat), netuidKey],
  value: SafeFloatCodec,
  default: ZERO_SHARES,
  docs: 'Shares of a (hotkey, coldkey) staker in the (hotkey, netuid) pool.',
});
export const StakingHotkeys = accountMap(
  'StakingHotkeys',
  Vector(AccountIdCodec),
  () => [],
  'Hotkeys a coldkey has stake on.',
);
export const TotalStake = subtensorValue('TotalStake', u64, 0n, 'TAO held by all subnet pools (rao).');
export const TaoWeight = subtensorValue(
  'TaoWeight',
  u64,
  971_718_665_099_567_868n,
  'Weight of root TAO stake in stake weight (u64 fraction of 2^64; mainnet 0.18).',
);
export const Delegates = accountMap('Delegates', u16, 11_796, 'Delegate take of a hotkey (u16 fraction).');
export const ChildKeys = storageDoubleMap<AccountId, NetUid, [bigint, AccountId][]>({
  pallet: SUBTENSOR,
  name: 'ChildKeys',
  keys: [accountKey, keyPart(netuidKey.codec, Identity)],
  value: Vector(Tuple(u64, AccountIdCodec)),
  default: () => [],
  docs: 'Children of a parent hotkey on a subnet with their u64 proportions.',
});
export const ParentKeys = storageDoubleMap<AccountId, NetUid, [bigint, AccountId][]>({
  pallet: SUBTENSOR,
  name: 'ParentKeys',
  keys: [accountKey, keyPart(netuidKey.codec, Identity)],
  value: Vector(Tuple(u64, AccountIdCodec)),
  default: () => [],
  docs: 'Parents of a child hotkey on a subnet with their u64 proportions.',
});

export const stakingStorage = [
  TotalHotkeyAlpha,
  TotalHotkeyAlphaLastEpoch,
  TotalHotkeySharesV2,
  AlphaV2,
  StakingHotkeys,
  TotalStake,
  TaoWeight,
  Delegates,
  ChildKeys,
  ParentKeys,
];
