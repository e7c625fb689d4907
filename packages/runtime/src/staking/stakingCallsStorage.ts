/**
 * Storage of the staking calls (economics.md §4.2-4.5, §7), next to the accounting items of schema.ts:
 * the nomination minimum, delegate and childkey takes with their bounds and rate limits, pending child
 * keys and their cooldown, and the add_stake_burn rate limit. Names, codecs, hashers and defaults as in
 * subtensor's `lib.rs` (runtime values, not the test mock's).
 */
import { type AccountId, AccountIdCodec, type NetUid } from '@taonet/primitives';
import { Tuple, u16, u64, Vector } from 'scale-ts';
import { Identity } from '../state/storageHasher.js';
import { keyPart, storageDoubleMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { accountKey, netuidKey, subnetMap, subtensorValue } from '../subtensor/subtensorStorage.js';

// ---- staking calls: minimum stake, delegation, takes, child keys (economics.md §4.2-4.5) ----

/** `DefaultMinStake` (`SubtensorInitialMinStake`): the smallest stake, in TAO rao (0.002 TAO). */
export const DEFAULT_MIN_STAKE = 2_000_000n;
/** The child keys of a parent on a subnet, at most five: `(proportion / u64::MAX, child)`. */
export const MAX_CHILDREN = 5;
/** `TransactionType::SetChildren`: blocks between two `set_children` of a hotkey on a subnet. */
export const SET_CHILDREN_RATE_LIMIT = 150n;
const ChildrenCodec = Vector(Tuple(u64, AccountIdCodec));

export const NominatorMinRequiredStake = subtensorValue(
  'NominatorMinRequiredStake',
  u64,
  0n,
  'Factor (per million) of DefaultMinStake below which a nomination is cleared (mainnet 10_000_000).',
);
export const MinDelegateTake = subtensorValue(
  'MinDelegateTake',
  u16,
  0,
  'Lowest delegate take (u16 fraction).',
);
export const MaxDelegateTake = subtensorValue(
  'MaxDelegateTake',
  u16,
  11_796,
  'Highest delegate take (u16 fraction, 18%).',
);
export const TxDelegateTakeRateLimit = subtensorValue(
  'TxDelegateTakeRateLimit',
  u64,
  216_000n,
  'Blocks between two delegate take changes of a hotkey.',
);
export const ChildkeyTake = storageDoubleMap<AccountId, NetUid, number>({
  pallet: SUBTENSOR,
  name: 'ChildkeyTake',
  keys: [accountKey, keyPart(netuidKey.codec, Identity)],
  value: u16,
  default: 0,
  docs: 'Share of the dividends a child hotkey keeps from its parents on a subnet (u16 fraction).',
});
export const MinChildkeyTake = subtensorValue(
  'MinChildkeyTake',
  u16,
  0,
  'Lowest childkey take (u16 fraction).',
);
export const MaxChildkeyTake = subtensorValue(
  'MaxChildkeyTake',
  u16,
  11_796,
  'Highest childkey take (u16 fraction, 18%).',
);
export const MinChildkeyTakePerSubnet = subnetMap(
  'MinChildkeyTakePerSubnet',
  u16,
  0,
  'Subnet-specific lowest childkey take (can only make the global minimum stricter).',
);
export const TxChildkeyTakeRateLimit = subtensorValue(
  'TxChildkeyTakeRateLimit',
  u64,
  216_000n,
  'Blocks between two childkey take increases of a hotkey on a subnet.',
);
export const PendingChildKeys = storageDoubleMap<NetUid, AccountId, [[bigint, AccountId][], bigint]>({
  pallet: SUBTENSOR,
  name: 'PendingChildKeys',
  keys: [netuidKey, accountKey],
  value: Tuple(ChildrenCodec, u64),
  default: () => [[], 0n],
  docs: 'Children a parent scheduled on a subnet, with the block after which they apply.',
});
export const PendingChildKeyCooldown = subtensorValue(
  'PendingChildKeyCooldown',
  u64,
  7_200n,
  'Blocks a scheduled set of children waits before it applies.',
);
export const AddStakeBurnLastBlock = subnetMap(
  'AddStakeBurnLastBlock',
  u64,
  0n,
  'Block of the last add_stake_burn on a subnet (subtensor: LastRateLimitedBlock[AddStakeBurn(netuid)]).',
);

/** Storage the staking calls add to the accounting items above. */
export const stakingCallsStorage = [
  NominatorMinRequiredStake,
  MinDelegateTake,
  MaxDelegateTake,
  TxDelegateTakeRateLimit,
  ChildkeyTake,
  MinChildkeyTake,
  MaxChildkeyTake,
  MinChildkeyTakePerSubnet,
  TxChildkeyTakeRateLimit,
  PendingChildKeys,
  PendingChildKeyCooldown,
  AddStakeBurnLastBlock,
];
