/**
 * The storage items the SDK reads directly (where no runtime-API query serves them), mirroring the
 * runtime's schemas: `System.Account`, issuance, and `SubtensorModule` items for subnets, pools, neurons
 * and stake. Netuids and uids are plain numbers (u16), accounts 0x hex (`AccountId`).
 */
import { type AccountId, AccountIdCodec, type Hash, HashCodec } from '@taonet/primitives';
import { Bytes, bool, type Codec, i64, i128, Struct, Tuple, u8, u16, u32, u64, u128, Vector } from 'scale-ts';
import { defineStorageItem, type KeyPart } from './storageItem.js';

const SUBTENSOR = 'SubtensorModule';
const netuid: KeyPart<number> = { codec: u16, hasher: 'Identity' };
const uid: KeyPart<number> = { codec: u16, hasher: 'Identity' };
const account: KeyPart<AccountId> = { codec: AccountIdCodec, hasher: 'Blake2_128Concat' };

export const AccountInfoCodec = Struct({
  nonce: u32,
  consumers: u32,
  providers: u32,
  sufficients: u32,
  data: Struct({ free: u64, reserved: u64, frozen: u64, flags: u128 }),
});
export type AccountInfoValue = ReturnType<typeof AccountInfoCodec.dec>;

export const SystemAccount = defineStorageItem({
  pallet: 'System',
  name: 'Account',
  keys: [account] as const,
  value: AccountInfoCodec,
  fallback: {
    nonce: 0,
    consumers: 0,
    providers: 0,
    sufficients: 0,
    data: { free: 0n, reserved: 0n, frozen: 0n, flags: 1n << 127n },
  },
});

export const BalancesTotalIssuance = defineStorageItem({
  pallet: 'Balances',
  name: 'TotalIssuance',
  keys: [] as const,
  value: u64,
  fallback: 0n,
});

const value = <V>(name: string, codec: Codec<V>, fallback: V) =>
  defineStorageItem<[], V>({ pallet: SUBTENSOR, name, keys: [], value: codec, fallback });

const perSubnet = <V>(name: string, codec: Codec<V>, fallback: V | undefined) =>
  defineStorageItem<[number], V>({ pallet: SUBTENSOR, name, keys: [netuid], value: codec, fallback });

const perAccount = <V>(name: string, codec: Codec<V>, fallback: V | undefined) =>
  defineStorageItem<[AccountId], V>({ pallet: SUBTENSOR, name, keys: [account], value: codec, fallback });

// ---- network ----
export const SubtensorTotalIssuance = value('TotalIssuance', u64, 0n);
export const TotalStake = value('TotalStake', u64, 0n);
export const TotalNetworks = value('TotalNetworks', u16, 0);
export const TaoWeight = value('TaoWeight', u64, 971_718_665_099_567_868n);

// ---- subnets ----
export const SubnetIdentityCodec = Struct({
  subnet_name: Bytes(),
  github_repo: Bytes(),
  subnet_contact: Bytes(),
  subnet_url: Bytes(),
  discord: Bytes(),
  description: Bytes(),
  logo_url: Bytes(),
  additional: Bytes(),
});
export type SubnetIdentityValue = ReturnType<typeof SubnetIdentityCodec.dec>;

export const NetworksAdded = perSubnet('NetworksAdded', bool, false);
export const SubnetOwner = perSubnet<AccountId>('SubnetOwner', AccountIdCodec, undefined);
export const SubnetOwnerHotkey = perSubnet<AccountId>('SubnetOwnerHotkey', AccountIdCodec, undefined);
export const NetworkRegisteredAt = perSubnet('NetworkRegisteredAt', u64, 0n);
export const SubnetLocked = perSubnet('SubnetLocked', u64, 0n);
export const TokenSymbol = perSubnet('TokenSymbol', Bytes(), new Uint8Array());
export const SubnetIdentitiesV3 = perSubnet<SubnetIdentityValue>(
  'SubnetIdentitiesV3',
  SubnetIdentityCodec,
  undefined,
);
export const FirstEmissionBlockNumber = perSubnet<bigint>('FirstEmissionBlockNumber', u64, undefined);
export const SubtokenEnabled = perSubnet('SubtokenEnabled', bool, false);
export const Tempo = perSubnet('Tempo', u16, 360);
export const BlocksSinceLastStep = perSubnet('BlocksSinceLastStep', u64, 0n);
export const LastMechansimStepBlock = perSubnet('LastMechansimStepBlock', u64, 0n);
export const MechanismCountCurrent = perSubnet('MechanismCountCurrent', u8, 1);
/** I96F32 raw bits */
export const SubnetMovingPrice = perSubnet('SubnetMovingPrice', i128, 0n);
export const SubnetTAO = perSubnet('SubnetTAO', u64, 0n);
export const SubnetAlphaIn = perSubnet('SubnetAlphaIn', u64, 0n);
export const SubnetAlphaOut = perSubnet('SubnetAlphaOut', u64, 0n);
export const SubnetMechanism = perSubnet('SubnetMechanism', u16, 0);
export const SubnetVolume = perSubnet('SubnetVolume', u128, 0n);
export const Burn = perSubnet('Burn', u64, 1_000_000_000n);
export const SubnetworkN = perSubnet('SubnetworkN', u16, 0);

// ---- neurons ----
export const Keys = defineStorageItem<[number, number], AccountId>({
  pallet: SUBTENSOR,
  name: 'Keys',
  keys: [netuid, uid],
  value: AccountIdCodec,
  fallback: undefined,
});
export const Uids = defineStorageItem<[number, AccountId], number>({
  pallet: SUBTENSOR,
  name: 'Uids',
  keys: [netuid, account],
  value: u16,
  fallback: undefined,
});
export const IsNetworkMember = defineStorageItem<[AccountId, number], boolean>({
  pallet: SUBTENSOR,
  name: 'IsNetworkMember',
  keys: [account, netuid],
  value: bool,
  fallback: false,
});
export const BlockAtRegistration = defineStorageItem<[number, number], bigint>({
  pallet: SUBTENSOR,
  name: 'BlockAtRegistration',
  keys: [netuid, uid],
  value: u64,
  fallback: 0n,
});
const RowCodec = Vector(Tuple(u16, u16));
/** weights and bonds rows, keyed by (mechid * 4096 + netuid, uid) */
export const Weights = defineStorageItem<[number, number], [number, number][]>({
  pallet: SUBTENSOR,
  name: 'Weights',
  keys: [{ codec: u16, hasher: 'Identity' }, uid],
  value: RowCodec,
  fallback: [],
});
export const Bonds = defineStorageItem<[number, number], [number, number][]>({
  pallet: SUBTENSOR,
  name: 'Bonds',
  keys: [{ codec: u16, hasher: 'Identity' }, uid],
  value: RowCodec,
  fallback: [],
});

// ---- keys and stake ----
const SafeFloatCodec = Struct({ mantissa: u128, exponent: i64 });
export type SafeFloatValue = ReturnType<typeof SafeFloatCodec.dec>;
const ZERO_SHARES: SafeFloatValue = { mantissa: 0n, exponent: 0n };

export const Owner = perAccount<AccountId>('Owner', AccountIdCodec, undefined);
export const OwnedHotkeys = perAccount<AccountId[]>('OwnedHotkeys', Vector(AccountIdCodec), []);
export const StakingHotkeys = perAccount<AccountId[]>('StakingHotkeys', Vector(AccountIdCodec), []);
export const Delegates = perAccount('Delegates', u16, 11_796);

const hotkeySubnet = <V>(name: string, codec: Codec<V>, fallback: V) =>
  defineStorageItem<[AccountId, number], V>({
    pallet: SUBTENSOR,
    name,
    keys: [account, netuid],
    value: codec,
    fallback,
  });

export const TotalHotkeyAlpha = hotkeySubnet('TotalHotkeyAlpha', u64, 0n);
export const TotalHotkeySharesV2 = hotkeySubnet('TotalHotkeySharesV2', SafeFloatCodec, ZERO_SHARES);
export const ChildKeys = hotkeySubnet<[bigint, AccountId][]>(
  'ChildKeys',
  Vector(Tuple(u64, AccountIdCodec)),
  [],
);
export const ParentKeys = hotkeySubnet<[bigint, AccountId][]>(
  'ParentKeys',
  Vector(Tuple(u64, AccountIdCodec)),
  [],
);
export const AlphaV2 = defineStorageItem<[AccountId, AccountId, number], SafeFloatValue>({
  pallet: SUBTENSOR,
  name: 'AlphaV2',
  keys: [account, account, netuid],
  value: SafeFloatCodec,
  fallback: ZERO_SHARES,
});

// ---- child keys, takes, key swaps ----
export const ChildkeyTake = hotkeySubnet('ChildkeyTake', u16, 0);
export const PendingChildKeys = defineStorageItem<[number, AccountId], [[bigint, AccountId][], bigint]>({
  pallet: SUBTENSOR,
  name: 'PendingChildKeys',
  keys: [netuid, account],
  value: Tuple(Vector(Tuple(u64, AccountIdCodec)), u64),
  fallback: [[], 0n],
});
export const MinDelegateTake = value('MinDelegateTake', u16, 0);
export const MaxDelegateTake = value('MaxDelegateTake', u16, 11_796);
export const MaxChildkeyTake = value('MaxChildkeyTake', u16, 11_796);
const twoxAccount: KeyPart<AccountId> = { codec: AccountIdCodec, hasher: 'Twox64Concat' };
/** [the block from which the swap may execute, BlakeTwo256 of the new coldkey] */
export const ColdkeySwapAnnouncements = defineStorageItem<[AccountId], [number, Hash]>({
  pallet: SUBTENSOR,
  name: 'ColdkeySwapAnnouncements',
  keys: [twoxAccount],
  value: Tuple(u32, HashCodec),
  fallback: undefined,
});
/** the block at which the coldkey disputed its announced swap */
export const ColdkeySwapDisputes = defineStorageItem<[AccountId], number>({
  pallet: SUBTENSOR,
  name: 'ColdkeySwapDisputes',
  keys: [twoxAccount],
  value: u32,
  fallback: undefined,
});
export const ColdkeySwapAnnouncementDelay = value('ColdkeySwapAnnouncementDelay', u32, 36_000);
export const ColdkeySwapReannouncementDelay = value('ColdkeySwapReannouncementDelay', u32, 7_200);
export const KeySwapCost = value('KeySwapCost', u64, 100_000_000n);

/** Every item above (a test checks each against the runtime's declaration). */
export const SDK_STORAGE_ITEMS = [
  SystemAccount,
  BalancesTotalIssuance,
  SubtensorTotalIssuance,
  TotalStake,
  TotalNetworks,
  TaoWeight,
  NetworksAdded,
  SubnetOwner,
  SubnetOwnerHotkey,
  NetworkRegisteredAt,
  SubnetLocked,
  TokenSymbol,
  SubnetIdentitiesV3,
  FirstEmissionBlockNumber,
  SubtokenEnabled,
  Tempo,
  BlocksSinceLastStep,
  LastMechansimStepBlock,
  MechanismCountCurrent,
  SubnetMovingPrice,
  SubnetTAO,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetMechanism,
  SubnetVolume,
  Burn,
  SubnetworkN,
  Keys,
  Uids,
  IsNetworkMember,
  BlockAtRegistration,
  Weights,
  Bonds,
  Owner,
  OwnedHotkeys,
  StakingHotkeys,
  Delegates,
  TotalHotkeyAlpha,
  TotalHotkeySharesV2,
  ChildKeys,
  ParentKeys,
  AlphaV2,
  ChildkeyTake,
  PendingChildKeys,
  MinDelegateTake,
  MaxDelegateTake,
  MaxChildkeyTake,
  ColdkeySwapAnnouncements,
  ColdkeySwapDisputes,
  ColdkeySwapAnnouncementDelay,
  ColdkeySwapReannouncementDelay,
  KeySwapCost,
] as const;
