/**
 * The reads a metagraph is built from, each done at most once per query and only when a requested
 * field needs it (a selective metagraph of two fields reads two things, not the whole subnet).
 * The per-hotkey maps of a subnet that most of its hotkeys have no entry in (axons: miners that serve
 * none; alpha dividends: validators only) are read after one scan of the subnet's keys, for the hotkeys
 * found there only: an absent entry costs a set lookup instead of a storage read.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { Active, BlockAtRegistration, Keys, Owner, SubnetworkN, ValidatorPermit } from '../neurons/schema.js';
import { type AxonInfo, Axons } from '../serving/schema.js';
import { getAxonInfo } from '../serving/views.js';
import { getStakeWeightsForNetwork, type NetworkStakeWeights } from '../staking/stakeWeights.js';
import { MemoryBackend } from '../state/memoryBackend.js';
import { OverlayState } from '../state/overlayState.js';
import type { StorageMapN } from '../state/storageItem.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { getSubnetHyperparams, type SubnetHyperparams } from './subnetHyperparams.js';

/** `AccountId32` of 32 zero bytes: what subtensor's `ValueQuery` reads give for an unset account. */
export const ZERO_ACCOUNT = `0x${'00'.repeat(32)}` as AccountId;

/** An empty state: what a read of an absent entry gives (the item's default), without a storage read. */
const NOTHING_STORED = new OverlayState(new MemoryBackend());

/**
 * `read` of (netuid, hotkey) for each hotkey, `item`'s keys under the subnet scanned first: a hotkey
 * with no entry gets what `read` gives in an empty state.
 */
export function readSparseByHotkey<V, T>(
  state: OverlayState,
  item: StorageMapN<[NetUid, AccountId], V>,
  netuid: NetUid,
  hotkeys: readonly AccountId[],
  read: (state: OverlayState, hotkey: AccountId) => T,
): T[] {
  const stored = new Set(state.keysWithPrefix(item.keyOf([netuid])));
  return hotkeys.map((hotkey) =>
    read(stored.has(item.keyOf([netuid, hotkey])) ? state : NOTHING_STORED, hotkey),
  );
}

export interface MetagraphReader {
  readonly state: OverlayState;
  readonly netuid: NetUid;
  readonly key: [NetUid];
  /** the storage index of mechanism 0 (per-mechanism columns: incentive, last update) */
  readonly mechanism0: [number];
  /** `SubnetworkN` */
  readonly n: number;
  /** uid order 0..n; zero account for a uid without a hotkey */
  readonly hotkeys: readonly AccountId[];
  readonly coldkeys: readonly AccountId[];
  readonly axons: readonly AxonInfo[];
  readonly blockAtRegistration: readonly bigint[];
  readonly active: readonly boolean[];
  readonly validatorPermit: readonly boolean[];
  readonly stakeWeights: NetworkStakeWeights;
  readonly hyperparams: SubnetHyperparams;
  /** a per-uid column of length n from a stored vector (missing entries: `fallback`) */
  column<T>(stored: readonly T[], fallback: T): T[];
}

function lazy<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}

/** A reader over an existing subnet (the caller checks `NetworksAdded`). */
export function createMetagraphReader(state: OverlayState, netuid: NetUid): MetagraphReader {
  const key: [NetUid] = [netuid];
  const n = SubnetworkN.get(state, key);
  const column = <T>(stored: readonly T[], fallback: T): T[] =>
    Array.from({ length: n }, (_, uid) => stored[uid] ?? fallback);
  const hotkeys = lazy(() =>
    Array.from({ length: n }, (_, uid) => Keys.getOption(state, [netuid, uid]) ?? ZERO_ACCOUNT),
  );
  const coldkeys = lazy(() => hotkeys().map((hotkey) => Owner.getOption(state, [hotkey]) ?? ZERO_ACCOUNT));
  const axons = lazy(() =>
    readSparseByHotkey(state, Axons, netuid, hotkeys(), (from, hotkey) => getAxonInfo(from, netuid, hotkey)),
  );
  const blockAtRegistration = lazy(() =>
    Array.from({ length: n }, (_, uid) => BlockAtRegistration.get(state, [netuid, uid])),
  );
  const active = lazy(() => column(Active.get(state, key), false));
  const validatorPermit = lazy(() => column(ValidatorPermit.get(state, key), false));
  const stakeWeights = lazy(() => getStakeWeightsForNetwork(state, netuid));
  const hyperparams = lazy(() => getSubnetHyperparams(state, netuid)!);
  return {
    state,
    netuid,
    key,
    mechanism0: [storageIndexOf(netuid, 0)],
    n,
    column,
    get hotkeys() {
      return hotkeys();
    },
    get coldkeys() {
      return coldkeys();
    },
    get axons() {
      return axons();
    },
    get blockAtRegistration() {
      return blockAtRegistration();
    },
    get active() {
      return active();
    },
    get validatorPermit() {
      return validatorPermit();
    },
    get stakeWeights() {
      return stakeWeights();
    },
    get hyperparams() {
      return hyperparams();
    },
  };
}
