/**
 * Neurons of a subnet in `SubtensorModule` storage: uid <-> hotkey, registration block, hotkey
 * ownership, and the per-uid vectors the epoch writes (yuma.md §1.14). Items keyed by
 * `NetUidStorageIndex` (= mecid * 4096 + netuid) are per mechanism; the others per subnet.
 */
import { type AccountId, AccountIdCodec, type NetUid } from '@taonet/primitives';
import { bool, u16, u64, Vector } from 'scale-ts';
import { Identity } from '../state/storageHasher.js';
import { keyPart, storageDoubleMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import {
  accountKey,
  accountMap,
  mechanismMap,
  netuidKey,
  subnetAccountMap,
  subnetMap,
} from '../subtensor/subtensorStorage.js';

/** uids are plain numbers (u16) inside the runtime, as the epoch's vectors index them */
const uidKey = keyPart<number>(u16, Identity);

// ---- membership ----
export const SubnetworkN = subnetMap(
  'SubnetworkN',
  u16,
  0,
  'Number of uids in use (the next uid to append).',
);
export const Keys = storageDoubleMap({
  pallet: SUBTENSOR,
  name: 'Keys',
  keys: [netuidKey, uidKey],
  value: AccountIdCodec,
  docs: 'The hotkey of a uid.',
});
export const Uids = subnetAccountMap('Uids', u16, undefined, 'The uid of a hotkey in a subnet.');
export const IsNetworkMember = storageDoubleMap<AccountId, NetUid, boolean>({
  pallet: SUBTENSOR,
  name: 'IsNetworkMember',
  keys: [accountKey, netuidKey],
  value: bool,
  default: false,
  docs: 'True when the hotkey holds a uid in the subnet.',
});
export const BlockAtRegistration = storageDoubleMap({
  pallet: SUBTENSOR,
  name: 'BlockAtRegistration',
  keys: [netuidKey, uidKey],
  value: u64,
  default: 0n,
  docs: 'Block at which the uid was (re)registered.',
});

// ---- hotkey ownership ----
export const Owner = accountMap('Owner', AccountIdCodec, undefined, 'The coldkey owning a hotkey.');
export const OwnedHotkeys = accountMap(
  'OwnedHotkeys',
  Vector(AccountIdCodec),
  () => [],
  'Hotkeys owned by a coldkey.',
);

// ---- per-uid vectors written by the epoch (yuma.md §1.14) ----
export const Active = subnetMap(
  'Active',
  Vector(bool),
  () => [],
  'Neuron set weights within the activity cutoff.',
);
export const Emission = subnetMap(
  'Emission',
  Vector(u64),
  () => [],
  'Last epoch emission per uid (alpha rao).',
);
export const Consensus = subnetMap(
  'Consensus',
  Vector(u16),
  () => [],
  'Stake-weighted median weight per uid.',
);
export const Dividends = subnetMap('Dividends', Vector(u16), () => [], 'Validator dividends per uid.');
export const ValidatorTrust = subnetMap('ValidatorTrust', Vector(u16), () => [], 'Validator trust per uid.');
export const ValidatorPermit = subnetMap(
  'ValidatorPermit',
  Vector(bool),
  () => [],
  'Validator permit per uid.',
);
export const StakeWeight = subnetMap(
  'StakeWeight',
  Vector(u16),
  () => [],
  'Normalised stake weight per uid at the last epoch.',
);
export const PruningScores = subnetMap('PruningScores', Vector(u16), () => [], 'Pruning score per uid.');
export const Rank = subnetMap('Rank', Vector(u16), () => [], 'Legacy rank per uid (kept for clients).');
export const Trust = subnetMap('Trust', Vector(u16), () => [], 'Legacy trust per uid (kept for clients).');
export const Incentive = mechanismMap(
  'Incentive',
  Vector(u16),
  () => [],
  'Miner incentive per uid, per mechanism.',
);
export const LastUpdate = mechanismMap(
  'LastUpdate',
  Vector(u64),
  () => [],
  'Block of the last weights per uid, per mechanism.',
);

export const neuronsStorage = [
  SubnetworkN,
  Keys,
  Uids,
  IsNetworkMember,
  BlockAtRegistration,
  Owner,
  OwnedHotkeys,
  Active,
  Emission,
  Consensus,
  Dividends,
  ValidatorTrust,
  ValidatorPermit,
  StakeWeight,
  PruningScores,
  Rank,
  Trust,
  Incentive,
  LastUpdate,
];
