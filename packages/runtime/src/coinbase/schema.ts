/**
 * Storage of the coinbase (economics.md §1-2, §7), with subtensor's names, codecs, hashers and defaults:
 * the block emission, the per-block emission counters of every subnet, the pending amounts waiting for the
 * subnet's epoch, the miner-burn and root-proportion readings, the owner-cut and recycle-or-burn switches,
 * the moving-price parameters, the childkey burn, the last epoch's dividends per hotkey and the auto-stake
 * destinations of mining incentives.
 */
import {
  type AccountId,
  AccountIdCodec,
  I96F32Codec,
  type NetUid,
  U96F32,
  U96F32Codec,
} from '@taonet/primitives';
import { bool, enhanceCodec, u8, u64 } from 'scale-ts';
import { storageDoubleMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { accountKey, netuidKey, subnetMap, subtensorValue } from '../subtensor/subtensorStorage.js';
import { DEFAULT_BLOCK_EMISSION } from './math/blockEmission.js';
import { DEFAULT_EMA_PRICE_HALVING_BLOCKS, DEFAULT_SUBNET_MOVING_ALPHA } from './math/movingPrice.js';

// ---- block emission ----
export const BlockEmission = subtensorValue(
  'BlockEmission',
  u64,
  DEFAULT_BLOCK_EMISSION,
  'TAO emitted per block (rao), from TotalIssuance by the halving law; written when it changes.',
);

// ---- per-block emission counters of a subnet ----
const perBlock = (name: string, docs: string) => subnetMap(name, u64, 0n, docs);
export const SubnetTaoInEmission = perBlock(
  'SubnetTaoInEmission',
  'TAO injected into the pool this block (rao).',
);
export const SubnetAlphaInEmission = perBlock(
  'SubnetAlphaInEmission',
  'Alpha injected into the pool this block.',
);
export const SubnetAlphaOutEmission = perBlock(
  'SubnetAlphaOutEmission',
  'Alpha emitted to participants this block.',
);
export const SubnetExcessTao = perBlock(
  'SubnetExcessTao',
  'TAO the protocol spent this block buying alpha (the part of the emission above the injection cap).',
);
export const SubnetRootSellTao = perBlock(
  'SubnetRootSellTao',
  'TAO root claims sold out of the pool this block (cleared by the next coinbase).',
);

// ---- pending emission until the subnet's epoch ----
export const PendingServerEmission = perBlock(
  'PendingServerEmission',
  "Miners' alpha waiting for the epoch.",
);
export const PendingValidatorEmission = perBlock(
  'PendingValidatorEmission',
  "Validators' alpha waiting for the epoch (root's share removed).",
);
export const PendingRootAlphaDivs = perBlock(
  'PendingRootAlphaDivs',
  "Root stakers' alpha waiting for the epoch.",
);
export const PendingOwnerCut = perBlock('PendingOwnerCut', "The owner's alpha waiting for the epoch.");

// ---- readings and switches ----
export const MinerBurned = subnetMap(
  'MinerBurned',
  U96F32Codec,
  () => U96F32.ZERO,
  "Share (0..1) of the last epoch's miner incentive withheld from owner-held hotkeys (lowers TAO shares).",
);
export const RootProp = subnetMap(
  'RootProp',
  U96F32Codec,
  () => U96F32.ZERO,
  "Root's proportion of the subnet (informational, written each block for emitting subnets).",
);
export const OwnerCutEnabled = subnetMap(
  'OwnerCutEnabled',
  bool,
  true,
  'Whether the owner takes SubnetOwnerCut of the alpha emission.',
);

/** `RecycleOrBurnEnum`: what happens to incentive earned by hotkeys of the subnet owner. */
export type RecycleOrBurn = 'Burn' | 'Recycle';
const RECYCLE_OR_BURN: readonly RecycleOrBurn[] = ['Burn', 'Recycle'];
/** A unit enum: one byte, the variant index (`Burn` = 0, `Recycle` = 1). */
export const RecycleOrBurnCodec = enhanceCodec<number, RecycleOrBurn>(
  u8,
  (value) => RECYCLE_OR_BURN.indexOf(value),
  (index) => RECYCLE_OR_BURN[index] ?? 'Burn',
);
export const RecycleOrBurnStorage = subnetMap<RecycleOrBurn>(
  'RecycleOrBurn',
  RecycleOrBurnCodec,
  'Burn',
  "Owner hotkeys' incentive: burned (still counted as issued) or recycled (issuance falls).",
);

// ---- moving price ----
export const SubnetMovingAlpha = subtensorValue(
  'SubnetMovingAlpha',
  I96F32Codec,
  () => DEFAULT_SUBNET_MOVING_ALPHA,
  'Base EMA factor of the moving price (I96F32, default 0.000003).',
);
export const EMAPriceHalvingBlocks = subnetMap(
  'EMAPriceHalvingBlocks',
  u64,
  DEFAULT_EMA_PRICE_HALVING_BLOCKS,
  'Blocks after start_call for the EMA factor to reach half of SubnetMovingAlpha.',
);

// ---- dividends ----
export const CKBurn = subtensorValue(
  'CKBurn',
  u64,
  0n,
  'Share (u64 / u64::MAX) of the dividends parents pass to a childkey of another coldkey that is recycled.',
);
const subnetHotkeyMap = (name: string, docs: string) =>
  storageDoubleMap<NetUid, AccountId, bigint>({
    pallet: SUBTENSOR,
    name,
    keys: [netuidKey, accountKey],
    value: u64,
    default: 0n,
    docs,
  });
export const AlphaDividendsPerSubnet = subnetHotkeyMap(
  'AlphaDividendsPerSubnet',
  "The hotkey's alpha dividends of the subnet's last epoch (its nominators' part).",
);
export const RootAlphaDividendsPerSubnet = subnetHotkeyMap(
  'RootAlphaDividendsPerSubnet',
  "The hotkey's root alpha dividends of the subnet's last epoch (what its root stakers may claim).",
);
export const AutoStakeDestination = storageDoubleMap<AccountId, NetUid, AccountId>({
  pallet: SUBTENSOR,
  name: 'AutoStakeDestination',
  keys: [accountKey, netuidKey],
  value: AccountIdCodec,
  docs: "The hotkey a coldkey's mining incentive on the subnet is staked to (OptionQuery).",
});

export const coinbaseStorage = [
  BlockEmission,
  SubnetTaoInEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetRootSellTao,
  PendingServerEmission,
  PendingValidatorEmission,
  PendingRootAlphaDivs,
  PendingOwnerCut,
  MinerBurned,
  RootProp,
  OwnerCutEnabled,
  RecycleOrBurnStorage,
  SubnetMovingAlpha,
  EMAPriceHalvingBlocks,
  CKBurn,
  AlphaDividendsPerSubnet,
  RootAlphaDividendsPerSubnet,
  AutoStakeDestination,
];
