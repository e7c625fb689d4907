/**
 * `remove_network` (`coinbase/root.rs`): forget a subnet. Every storage item keyed by its netuid is cleared:
 * the subnet's own items and hyperparameters, the neuron table and per-uid vectors, the per-mechanism items
 * (netuid index `mecid * 4096 + netuid` for every possible mechanism), endpoints, weights and bonds, and the
 * (account, netuid) entries of membership, stake pools, child keys and auto-stake destinations, the
 * coinbase's pending emission and per-block counters, and the subnet's root-claim rates and watermarks. The pool itself (`SubnetTAO`, alpha
 * reserves, swap state) goes with `SwapApi.dissolvePool`, the stakes with `destroyAlphaInOutStakes`.
 *
 * A new per-subnet storage item must be listed here, in the group matching its key.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { NetworkPowRegistrationAllowed, TransactionKeyLastBlock } from '../admin/adminStorage.js';
import {
  AlphaDividendsPerSubnet,
  AutoStakeDestination,
  EMAPriceHalvingBlocks,
  MinerBurned,
  OwnerCutEnabled,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  RecycleOrBurnStorage,
  RootAlphaDividendsPerSubnet,
  RootProp,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetRootSellTao,
  SubnetTaoInEmission,
} from '../coinbase/schema.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import {
  Active,
  BlockAtRegistration,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  IsNetworkMember,
  Keys,
  LastUpdate,
  PruningScores,
  Rank,
  StakeWeight,
  SubnetworkN,
  Trust,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from '../neurons/schema.js';
import { RootClaimable, RootClaimableThreshold, RootClaimed } from '../rootClaim/schema.js';
import { Axons, NeuronCertificates, Prometheus } from '../serving/schema.js';
import {
  ChildKeys,
  ParentKeys,
  TotalHotkeyAlpha,
  TotalHotkeyAlphaLastEpoch,
  TotalHotkeySharesV2,
} from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds, WeightCommits, Weights } from '../weights/schema.js';
import { hyperparametersStorage, StakeThreshold } from './hyperparameters.js';
import {
  BlocksSinceLastStep,
  FirstEmissionBlockNumber,
  LastEpochBlock,
  LastMechansimStepBlock,
  MechanismCountCurrent,
  MechanismEmissionSplit,
  NetworkRegisteredAt,
  NetworksAdded,
  PendingEpochAt,
  RAORecycledForRegistration,
  SubnetEmissionEnabled,
  SubnetEpochIndex,
  SubnetIdentitiesV3,
  SubnetLocked,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetProtocolAlpha,
  SubtokenEnabled,
  Tempo,
  TokenSymbol,
  TotalNetworks,
} from './schema.js';
import { ROOT_NETUID } from './subnetRegistry.js';

/** Mechanisms a subnet can have (`GlobalMaxMechanismCount`): their netuid indices are all cleared. */
const MAX_MECHANISMS = 8;

/** An item removed by its full key (value types differ, only the key matters here). */
interface KeyedItem<K> {
  remove(state: OverlayState, key: K): void;
}
/** An item cleared by a leading part of its key. */
interface PrefixedItem {
  clear(state: OverlayState, leading: readonly unknown[]): number;
}
/** An item keyed (account, netuid): its entries are scanned for the netuid. */
interface AccountSubnetItem extends KeyedItem<[AccountId, NetUid]> {
  entries(state: OverlayState): Iterable<[[AccountId, NetUid], unknown]>;
}

/** Items keyed by the netuid alone. */
const SUBNET_ITEMS: readonly KeyedItem<[NetUid]>[] = [
  SubnetOwner,
  SubnetOwnerHotkey,
  NetworkRegisteredAt,
  SubnetLocked,
  TokenSymbol,
  FirstEmissionBlockNumber,
  SubtokenEnabled,
  SubnetEmissionEnabled,
  Tempo,
  LastEpochBlock,
  PendingEpochAt,
  BlocksSinceLastStep,
  LastMechansimStepBlock,
  SubnetEpochIndex,
  MechanismCountCurrent,
  MechanismEmissionSplit,
  SubnetMovingPrice,
  SubnetProtocolAlpha,
  RAORecycledForRegistration,
  SubnetworkN,
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
  NetworkPowRegistrationAllowed,
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
  EMAPriceHalvingBlocks,
  RootClaimableThreshold,
  ...(hyperparametersStorage.filter((item) => item !== StakeThreshold) as KeyedItem<[NetUid]>[]),
];

/** Double maps whose first key is the netuid: cleared by prefix. */
const SUBNET_PREFIXED_ITEMS: readonly PrefixedItem[] = [
  Keys,
  Uids,
  BlockAtRegistration,
  Axons,
  NeuronCertificates,
  Prometheus,
  AlphaDividendsPerSubnet,
  RootAlphaDividendsPerSubnet,
  RootClaimed,
];

/** Items keyed by the mechanism's netuid index alone. */
const MECHANISM_ITEMS: readonly KeyedItem<[number]>[] = [Incentive, LastUpdate];

/** Double maps whose first key is the mechanism's netuid index: cleared by prefix. */
const MECHANISM_PREFIXED_ITEMS: readonly PrefixedItem[] = [Weights, Bonds, WeightCommits];

/** Maps keyed (account, netuid, ...): every entry of the netuid is found and removed. */
const ACCOUNT_SUBNET_ITEMS: readonly AccountSubnetItem[] = [
  IsNetworkMember,
  TotalHotkeyAlpha,
  TotalHotkeyAlphaLastEpoch,
  TotalHotkeySharesV2,
  ChildKeys,
  ParentKeys,
  AutoStakeDestination,
];

function removeAccountSubnetEntries(state: OverlayState, item: AccountSubnetItem, netuid: NetUid): void {
  const keys = [...item.entries(state)].map(([key]) => key).filter(([, keyNetuid]) => keyNetuid === netuid);
  for (const key of keys) item.remove(state, key);
}

function removeTransactionKeys(state: OverlayState, netuid: NetUid): void {
  const keys = [...TransactionKeyLastBlock.entries(state)]
    .map(([key]) => key)
    .filter(([, keyNetuid]) => keyNetuid === netuid);
  for (const key of keys) TransactionKeyLastBlock.remove(state, key);
}

/** `RootClaimable` holds a rate per subnet in each hotkey's list: the subnet's rate is dropped. */
function removeRootClaimableRates(state: OverlayState, netuid: NetUid): void {
  for (const [[hotkey], rates] of [...RootClaimable.entries(state)]) {
    if (!rates.some(([rateNetuid]) => rateNetuid === netuid)) continue;
    const kept = rates.filter(([rateNetuid]) => rateNetuid !== netuid);
    if (kept.length === 0) RootClaimable.remove(state, [hotkey]);
    else RootClaimable.set(state, [hotkey], kept);
  }
}

/** Root weights pointing at the subnet (legacy root weights: uid -> netuid) become 0. */
function zeroRootWeightsFor(state: OverlayState, netuid: NetUid): void {
  const rootIndex = storageIndexOf(ROOT_NETUID, 0);
  for (const [[, uid], row] of [...Weights.entries(state, [rootIndex])]) {
    if (!row.some(([target]) => target === netuid)) continue;
    const zeroed = row.map(([target, value]): [number, number] => [target, target === netuid ? 0 : value]);
    Weights.set(state, [rootIndex, uid], zeroed);
  }
}

/** `remove_network`: clear every item of the subnet and count it out of `TotalNetworks`. */
export function removeNetwork(ctx: DispatchContext, netuid: NetUid): void {
  const { state } = ctx;
  if (SubnetIdentitiesV3.contains(state, [netuid])) {
    SubnetIdentitiesV3.remove(state, [netuid]);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'SubnetIdentityRemoved', data: { netuid } });
  }
  NetworksAdded.remove(state, [netuid]);
  TotalNetworks.mutate(state, (n) => (n > 0 ? n - 1 : 0));
  for (const item of SUBNET_ITEMS) item.remove(state, [netuid]);
  for (const item of SUBNET_PREFIXED_ITEMS) item.clear(state, [netuid]);
  zeroRootWeightsFor(state, netuid);
  for (let mecid = 0; mecid < MAX_MECHANISMS; mecid++) {
    const index = storageIndexOf(netuid, mecid);
    for (const item of MECHANISM_ITEMS) item.remove(state, [index]);
    for (const item of MECHANISM_PREFIXED_ITEMS) item.clear(state, [index]);
  }
  for (const item of ACCOUNT_SUBNET_ITEMS) removeAccountSubnetEntries(state, item, netuid);
  removeTransactionKeys(state, netuid);
  removeRootClaimableRates(state, netuid);
}
