/**
 * `SubtensorModule` storage that the admin setters write and no shared schema declares yet: the admin
 * freeze window, owner rate limits and their last-use markers, and network-wide parameters (owner cut,
 * tx rate limit, mechanism limits). Names, codecs, hashers and defaults as in subtensor's `lib.rs`.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { _void, bool, Enum, Tuple, u8, u16, u64 } from 'scale-ts';
import { Blake2_128Concat, Identity } from '../state/storageHasher.js';
import { keyPart, storageMap, storageNMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { netuidKey, subnetMap, subtensorValue } from '../subtensor/subtensorStorage.js';

// ---- admin freeze window and owner rate limits ----
export const AdminFreezeWindow = subtensorValue(
  'AdminFreezeWindow',
  u16,
  10,
  'Blocks at the end of each tempo during which admin changes are refused.',
);
export const OwnerHyperparamRateLimit = subtensorValue(
  'OwnerHyperparamRateLimit',
  u16,
  2,
  'Tempos an owner waits between two changes of the same hyperparameter.',
);
export const WeightsVersionKeyRateLimit = subtensorValue(
  'WeightsVersionKeyRateLimit',
  u64,
  5n,
  'Tempos an owner waits between two weights version key changes.',
);
export const MinActivityCutoff = subtensorValue(
  'MinActivityCutoff',
  u16,
  360,
  'Floor of the per-subnet ActivityCutoff (blocks).',
);

/** `RateLimitKey<AccountId>`: what `LastRateLimitedBlock` is keyed by (variant order = SCALE index). */
export const RateLimitKeyCodec = Enum({
  SetSNOwnerHotkey: NetUidCodec,
  OwnerHyperparamUpdate: Tuple(NetUidCodec, u8),
  NetworkLastRegistered: _void,
  LastTxBlock: AccountIdCodec,
  LastTxBlockChildKeyTake: AccountIdCodec,
  LastTxBlockDelegateTake: AccountIdCodec,
});
export type RateLimitKey = ReturnType<typeof RateLimitKeyCodec.dec>;

export const LastRateLimitedBlock = storageMap<RateLimitKey, bigint>({
  pallet: SUBTENSOR,
  name: 'LastRateLimitedBlock',
  key: keyPart(RateLimitKeyCodec, Identity),
  value: u64,
  default: 0n,
  docs: 'Last block a rate-limited action was taken, by rate-limit key (owner hyperparameters, tx limits).',
});
export const TransactionKeyLastBlock = storageNMap<[AccountId, NetUid, number], bigint>({
  pallet: SUBTENSOR,
  name: 'TransactionKeyLastBlock',
  keys: [keyPart(AccountIdCodec, Blake2_128Concat), netuidKey, keyPart(u16, Identity)],
  value: u64,
  default: 0n,
  docs: 'Last block of a (key, netuid, transaction type) rate-limited transaction.',
});

// ---- network-wide parameters ----
export const TxRateLimit = subtensorValue(
  'TxRateLimit',
  u64,
  1_000n,
  'Blocks between two rate-limited transactions of one key (hotkey swaps).',
);
export const SubnetOwnerCut = subtensorValue(
  'SubnetOwnerCut',
  u16,
  11_796,
  "Share of a subnet's alpha emission paid to its owner (u16 fraction, 11_796 = 18%).",
);
export const MaxMechanismCount = subtensorValue(
  'MaxMechanismCount',
  u8,
  2,
  'Maximum mechanisms a subnet owner may configure.',
);
export const MechanismCountSetRateLimit = subtensorValue(
  'MechanismCountSetRateLimit',
  u64,
  7_200n,
  'Blocks an owner waits between two mechanism count changes.',
);
export const MechanismEmissionRateLimit = subtensorValue(
  'MechanismEmissionRateLimit',
  u64,
  7_200n,
  'Blocks an owner waits between two mechanism emission split changes.',
);
export const NetworkPowRegistrationAllowed = subnetMap(
  'NetworkPowRegistrationAllowed',
  bool,
  false,
  'Legacy proof-of-work registration switch (registration is burned; kept for clients).',
);

export const adminStorage = [
  AdminFreezeWindow,
  OwnerHyperparamRateLimit,
  WeightsVersionKeyRateLimit,
  MinActivityCutoff,
  LastRateLimitedBlock,
  TransactionKeyLastBlock,
  TxRateLimit,
  SubnetOwnerCut,
  MaxMechanismCount,
  MechanismCountSetRateLimit,
  MechanismEmissionRateLimit,
  NetworkPowRegistrationAllowed,
];
