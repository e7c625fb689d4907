/**
 * `perform_hotkey_swap_on_one_subnet` (economics.md §6.1): everything of the old hotkey on one subnet goes
 * to the new one: the stake pool (unless `keep_stake`), membership, uid and key, axon, prometheus and TLS
 * certificate, weight commits of every mechanism, child and parent relations (also as a pending child of
 * others), childkey take, the subnet owner hotkey, the last-epoch stake record, then whatever the injected
 * hooks keep (root claim, auto-stake).
 */
import { type AccountId, type NetUid, saturatingAddU64 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { IsNetworkMember, Keys, Uids } from '../neurons/schema.js';
import { Axons, NeuronCertificates, Prometheus } from '../serving/schema.js';
import {
  type ChildEdge,
  ensurePendingConsistency,
  loadRelations,
  persistRelations,
  rebindPivot,
  removeEdge,
  setEdges,
} from '../staking/childKeys.js';
import { ChildKeys, ParentKeys, TotalHotkeyAlphaLastEpoch } from '../staking/schema.js';
import { ChildkeyTake, PendingChildKeys } from '../staking/stakingCallsStorage.js';
import type { OverlayState } from '../state/overlayState.js';
import { MechanismCountCurrent, SubnetOwnerHotkey } from '../subnets/schema.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { WeightCommits } from '../weights/schema.js';
import type { KeySwapModules } from './keySwapModules.js';
import { moveHotkeyStake } from './moveHotkeyStake.js';

/** A `(first key, hotkey) -> value` item whose entry moves to another hotkey. */
interface MovableItem<K, V> {
  getOption(state: OverlayState, key: [K, AccountId]): V | undefined;
  set(state: OverlayState, key: [K, AccountId], value: V): void;
  remove(state: OverlayState, key: [K, AccountId]): void;
}

function moveEntry<K, V>(
  item: MovableItem<K, V>,
  state: OverlayState,
  first: K,
  from: AccountId,
  to: AccountId,
) {
  const value = item.getOption(state, [first, from]);
  if (value === undefined) return;
  item.remove(state, [first, from]);
  item.set(state, [first, to], value);
}

/** uid, key and the per-neuron serving and weights state of a member. */
function moveMembership(
  state: OverlayState,
  netuid: NetUid,
  oldHotkey: AccountId,
  newHotkey: AccountId,
): void {
  const member = IsNetworkMember.get(state, [oldHotkey, netuid]);
  IsNetworkMember.remove(state, [oldHotkey, netuid]);
  if (!member) return;
  IsNetworkMember.set(state, [newHotkey, netuid], true);
  const uid = Uids.getOption(state, [netuid, oldHotkey]);
  if (uid !== undefined) {
    Uids.remove(state, [netuid, oldHotkey]);
    Uids.set(state, [netuid, newHotkey], uid);
    Keys.set(state, [netuid, uid], newHotkey);
  }
  moveEntry(Prometheus, state, netuid, oldHotkey, newHotkey);
  moveEntry(Axons, state, netuid, oldHotkey, newHotkey);
  moveEntry(NeuronCertificates, state, netuid, oldHotkey, newHotkey);
  for (let mecid = 0; mecid < MechanismCountCurrent.get(state, [netuid]); mecid++) {
    moveEntry(WeightCommits, state, storageIndexOf(netuid, mecid), oldHotkey, newHotkey);
  }
}

/** `parent_child_swap_hotkey` plus the pending child lists that name the old hotkey. */
function moveRelations(
  state: OverlayState,
  netuid: NetUid,
  oldHotkey: AccountId,
  newHotkey: AccountId,
): void {
  const relations = loadRelations(state, oldHotkey, netuid);
  for (const child of relations.children.keys()) {
    setEdges(ParentKeys, state, child, netuid, removeEdge(ParentKeys.get(state, [child, netuid]), oldHotkey));
  }
  for (const parent of relations.parents.keys()) {
    setEdges(ChildKeys, state, parent, netuid, removeEdge(ChildKeys.get(state, [parent, netuid]), oldHotkey));
  }
  setEdges(ChildKeys, state, oldHotkey, netuid, []);
  setEdges(ParentKeys, state, oldHotkey, netuid, []);
  rebindPivot(relations, newHotkey);
  const pending = PendingChildKeys.getOption(state, [netuid, oldHotkey]);
  if (pending !== undefined) {
    ensurePendingConsistency(relations, pending[0]);
    PendingChildKeys.remove(state, [netuid, oldHotkey]);
    PendingChildKeys.set(state, [netuid, newHotkey], pending);
  }
  persistRelations(state, relations, netuid);
  for (const [[, parent], [children, cooldown]] of [...PendingChildKeys.entries(state, [netuid])]) {
    const index = children.findIndex(([, child]) => child === oldHotkey);
    if (index < 0) continue;
    const entry = children[index] as ChildEdge;
    const next: ChildEdge[] = [...children.filter((_, i) => i !== index), [entry[0], newHotkey]];
    PendingChildKeys.set(state, [netuid, parent], [next, cooldown]);
  }
}

/** Returns the coldkeys whose stake moved (empty with `keepStake`). */
export function swapHotkeyOnSubnet(
  ctx: DispatchContext,
  modules: KeySwapModules,
  swap: { oldHotkey: AccountId; newHotkey: AccountId; netuid: NetUid; keepStake: boolean },
): AccountId[] {
  const { state } = ctx;
  const { oldHotkey, newHotkey, netuid } = swap;
  const moved = swap.keepStake ? [] : moveHotkeyStake(state, oldHotkey, newHotkey, netuid);
  moveMembership(state, netuid, oldHotkey, newHotkey);
  moveRelations(state, netuid, oldHotkey, newHotkey);
  const take = ChildkeyTake.getOption(state, [oldHotkey, netuid]);
  if (take !== undefined) {
    ChildkeyTake.remove(state, [oldHotkey, netuid]);
    ChildkeyTake.set(state, [newHotkey, netuid], take);
  }
  if (SubnetOwnerHotkey.getOption(state, [netuid]) === oldHotkey) {
    SubnetOwnerHotkey.set(state, [netuid], newHotkey);
  }
  const lastEpoch = TotalHotkeyAlphaLastEpoch.get(state, [oldHotkey, netuid]);
  if (lastEpoch > 0n) {
    TotalHotkeyAlphaLastEpoch.remove(state, [oldHotkey, netuid]);
    TotalHotkeyAlphaLastEpoch.mutate(state, [newHotkey, netuid], (value) =>
      saturatingAddU64(value, lastEpoch),
    );
  }
  modules.hooks?.onHotkeySwapped?.(ctx, oldHotkey, newHotkey, netuid, swap.keepStake);
  return moved;
}
