/**
 * Storage of the root claim (economics.md §2.8, `staking/claim_root.rs`), with subtensor's names, codecs and
 * hashers: the claimable rate of every (hotkey, subnet), what each (hotkey, coldkey) staker already claimed,
 * each coldkey's claim type, the per-subnet claim threshold, and the index of staking coldkeys the block's
 * automatic claims draw from.
 */
import {
  type AccountId,
  AccountIdCodec,
  I96F32,
  I96F32Codec,
  type NetUid,
  NetUidCodec,
} from '@taonet/primitives';
import { _void, type Codec, Enum, enhanceCodec, Struct, Tuple, u64, u128, Vector } from 'scale-ts';
import { Blake2_128Concat, Identity } from '../state/storageHasher.js';
import { keyPart, storageMap, storageNMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { accountMap, netuidKey, subtensorValue } from '../subtensor/subtensorStorage.js';

/** `DefaultMinRootClaimAmount`: 500_000 rao of owed alpha before a claim executes. */
export const DEFAULT_ROOT_CLAIM_THRESHOLD = 500_000n;
/** `MAX_ROOT_CLAIM_THRESHOLD`: the highest threshold an owner may set. */
export const MAX_ROOT_CLAIM_THRESHOLD = 10_000_000n;
/** `DefaultNumRootClaim`: coldkeys claimed automatically each block. */
export const DEFAULT_NUM_ROOT_CLAIM = 5n;
/** `MAX_NUM_ROOT_CLAIMS` */
export const MAX_NUM_ROOT_CLAIMS = 50n;
/** `MAX_SUBNET_CLAIMS`: subnets one `claim_root` may name. */
export const MAX_SUBNET_CLAIMS = 5;

/** `RootClaimTypeEnum` */
export type RootClaimType =
  | { readonly kind: 'Swap' }
  | { readonly kind: 'Keep' }
  | { readonly kind: 'KeepSubnets'; readonly subnets: readonly NetUid[] };

const RootClaimTypeEnum = Enum({
  Swap: _void,
  Keep: _void,
  KeepSubnets: Struct({ subnets: Vector(NetUidCodec) }),
});

/** SCALE: variant index, then (KeepSubnets) the subnets as a sorted, deduplicated `BTreeSet<NetUid>`. */
export const RootClaimTypeCodec: Codec<RootClaimType> = enhanceCodec(
  RootClaimTypeEnum,
  (value: RootClaimType) =>
    value.kind === 'KeepSubnets'
      ? { tag: 'KeepSubnets' as const, value: { subnets: sortedNetuids(value.subnets) } }
      : { tag: value.kind, value: undefined },
  (decoded): RootClaimType =>
    decoded.tag === 'KeepSubnets'
      ? { kind: 'KeepSubnets', subnets: sortedNetuids(decoded.value.subnets) }
      : { kind: decoded.tag },
);

/** A `BTreeSet<NetUid>` as a sorted list without duplicates. */
export function sortedNetuids(netuids: readonly NetUid[]): NetUid[] {
  return [...new Set(netuids)].sort((a, b) => a - b);
}

/** `BTreeMap<NetUid, I96F32>` as its sorted entries. */
export type ClaimableRates = readonly (readonly [NetUid, I96F32])[];
const ClaimableRatesCodec = Vector(Tuple(NetUidCodec, I96F32Codec)) as unknown as Codec<ClaimableRates>;

export const RootClaimable = accountMap<ClaimableRates>(
  'RootClaimable',
  ClaimableRatesCodec,
  () => [],
  'Root alpha dividends claimable per unit of root stake of the hotkey, per subnet (I96F32 rates).',
);
export const RootClaimed = storageNMap<[NetUid, AccountId, AccountId], bigint>({
  pallet: SUBTENSOR,
  name: 'RootClaimed',
  keys: [netuidKey, keyPart(AccountIdCodec, Blake2_128Concat), keyPart(AccountIdCodec, Blake2_128Concat)],
  value: u128,
  default: 0n,
  docs: 'Root alpha a (hotkey, coldkey) root staker already claimed (or was credited on staking) on a subnet.',
});
export const RootClaimTypeStorage = accountMap<RootClaimType>(
  'RootClaimType',
  RootClaimTypeCodec,
  () => ({ kind: 'Swap' }),
  "How a coldkey's root dividends are claimed: swapped to root TAO (default) or kept as alpha.",
);
export const RootClaimableThreshold = storageMap<NetUid, I96F32>({
  pallet: SUBTENSOR,
  name: 'RootClaimableThreshold',
  key: keyPart(NetUidCodec, Blake2_128Concat),
  value: I96F32Codec,
  default: () => I96F32.fromInt(DEFAULT_ROOT_CLAIM_THRESHOLD),
  docs: 'Owed alpha below which a (non-forced) claim on the subnet does nothing.',
});
export const StakingColdkeysByIndex = storageMap<bigint, AccountId>({
  pallet: SUBTENSOR,
  name: 'StakingColdkeysByIndex',
  key: keyPart(u64, Identity),
  value: AccountIdCodec,
  docs: 'Coldkeys with stake, by index (the auto-claim draws indices from the parent block hash).',
});
export const StakingColdkeys = storageMap<AccountId, bigint>({
  pallet: SUBTENSOR,
  name: 'StakingColdkeys',
  key: keyPart(AccountIdCodec, Identity),
  value: u64,
  docs: 'The index of a staking coldkey in StakingColdkeysByIndex.',
});
export const NumStakingColdkeys = subtensorValue('NumStakingColdkeys', u64, 0n, 'Coldkeys in the index.');
export const NumRootClaim = subtensorValue(
  'NumRootClaim',
  u64,
  DEFAULT_NUM_ROOT_CLAIM,
  'Coldkeys whose root dividends are claimed automatically each block (0 disables).',
);

export const rootClaimStorage = [
  RootClaimable,
  RootClaimed,
  RootClaimTypeStorage,
  RootClaimableThreshold,
  StakingColdkeysByIndex,
  StakingColdkeys,
  NumStakingColdkeys,
  NumRootClaim,
];
