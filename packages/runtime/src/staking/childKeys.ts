/**
 * Parent/child hotkey relations on a subnet (subtensor's `PCRelations`, `set_children.rs`): the children of
 * a pivot hotkey (`ChildKeys[pivot][netuid]`) and its parents (`ParentKeys[pivot][netuid]`), each with a u64
 * proportion of `u64::MAX`. Invariants: no self-loop (`InvalidChild`), at most five children
 * (`TooManyChildren`), proportions summing to at most `u64::MAX` (`ProportionOverflow`), and no key both a
 * parent and a child of the pivot (`ChildParentInconsistency`). Persisting a pivot's relations rewrites both
 * directions, children in account order as subtensor's `BTreeMap` keeps them.
 */
import { type AccountId, type NetUid, U64_MAX } from '@taonet/primitives';
import { ensure } from '../dispatch/dispatchError.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { ChildKeys, ParentKeys } from './schema.js';
import { MAX_CHILDREN } from './stakingCallsStorage.js';

export type ChildEdge = [proportion: bigint, hotkey: AccountId];

export interface Relations {
  pivot: AccountId;
  /** child -> proportion, in account order */
  children: Map<AccountId, bigint>;
  /** parent -> proportion, in account order */
  parents: Map<AccountId, bigint>;
}

/** A map keyed in account (byte) order, duplicates resolved last-wins, the pivot left out. */
function toSortedMap(edges: readonly ChildEdge[], skip?: AccountId): Map<AccountId, bigint> {
  const byKey = new Map<AccountId, bigint>();
  for (const [proportion, hotkey] of edges) if (hotkey !== skip) byKey.set(hotkey, proportion);
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(keys.map((key) => [key, byKey.get(key) ?? 0n]));
}

function ensureNoSelfLoop(pivot: AccountId, set: ReadonlyMap<AccountId, bigint>): void {
  ensure(!set.has(pivot), SubtensorErrors.InvalidChild);
}

function ensureTotalProportions(children: ReadonlyMap<AccountId, bigint>): void {
  let total = 0n;
  for (const proportion of children.values()) total += proportion;
  ensure(total <= U64_MAX, SubtensorErrors.ProportionOverflow);
}

function ensureBipartite(
  children: ReadonlyMap<AccountId, bigint>,
  parents: ReadonlyMap<AccountId, bigint>,
): void {
  for (const child of children.keys()) ensure(!parents.has(child), SubtensorErrors.ChildParentInconsistency);
}

function linkChildren(relations: Relations, children: Map<AccountId, bigint>): void {
  ensureNoSelfLoop(relations.pivot, children);
  ensureTotalProportions(children);
  ensureBipartite(children, relations.parents);
  relations.children = children;
}

function linkParents(relations: Relations, parents: Map<AccountId, bigint>): void {
  ensureNoSelfLoop(relations.pivot, parents);
  ensureBipartite(relations.children, parents);
  relations.parents = parents;
}

/** `load_child_parent_relations`: the stored relations around `hotkey` (self-loops in storage ignored). */
export function loadRelations(state: OverlayState, hotkey: AccountId, netuid: NetUid): Relations {
  const relations: Relations = { pivot: hotkey, children: new Map(), parents: new Map() };
  linkChildren(relations, toSortedMap(ChildKeys.get(state, [hotkey, netuid]), hotkey));
  linkParents(relations, toSortedMap(ParentKeys.get(state, [hotkey, netuid]), hotkey));
  return relations;
}

/** `load_relations_from_pending`: `children` as the pivot's new children, its stored parents kept. */
export function loadRelationsFromPending(
  state: OverlayState,
  pivot: AccountId,
  children: readonly ChildEdge[],
  netuid: NetUid,
): Relations {
  const relations: Relations = { pivot, children: new Map(), parents: new Map() };
  linkChildren(relations, toSortedMap(children, pivot));
  linkParents(relations, toSortedMap(ParentKeys.get(state, [pivot, netuid]), pivot));
  return relations;
}

/** `ensure_pending_consistency`: `children` may replace the pivot's children. */
export function ensurePendingConsistency(relations: Relations, children: readonly ChildEdge[]): void {
  const next = toSortedMap(children);
  ensureNoSelfLoop(relations.pivot, next);
  ensure(next.size <= MAX_CHILDREN, SubtensorErrors.TooManyChildren);
  ensureTotalProportions(next);
  ensureBipartite(next, relations.parents);
}

/** `rebind_pivot`: the same relations around another hotkey. */
export function rebindPivot(relations: Relations, pivot: AccountId): void {
  ensureNoSelfLoop(pivot, relations.children);
  ensureNoSelfLoop(pivot, relations.parents);
  relations.pivot = pivot;
}

const toEdges = (map: ReadonlyMap<AccountId, bigint>): ChildEdge[] =>
  [...map].map(([hotkey, proportion]): ChildEdge => [proportion, hotkey]);

function upsertEdge(list: ChildEdge[], proportion: bigint, hotkey: AccountId): ChildEdge[] {
  const index = list.findIndex(([, who]) => who === hotkey);
  if (index < 0) return [...list, [proportion, hotkey]];
  return list.map((edge, i): ChildEdge => (i === index ? [proportion, hotkey] : edge));
}

export function removeEdge(list: readonly ChildEdge[], hotkey: AccountId): ChildEdge[] {
  return list.filter(([, who]) => who !== hotkey);
}

/** `set_childkeys` / `set_parentkeys`: an empty list removes the entry. */
export function setEdges(
  item: typeof ChildKeys | typeof ParentKeys,
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  edges: ChildEdge[],
): void {
  if (edges.length === 0) item.remove(state, [hotkey, netuid]);
  else item.set(state, [hotkey, netuid], edges);
}

/**
 * Rewrite one direction of the pivot's relations: `own` (ChildKeys or ParentKeys of the pivot) becomes
 * `next`, and each neighbour's reverse list (`reverse`) gains, updates or loses the pivot.
 */
function persistSide(
  state: OverlayState,
  netuid: NetUid,
  pivot: AccountId,
  own: typeof ChildKeys,
  reverse: typeof ChildKeys,
  next: ReadonlyMap<AccountId, bigint>,
): void {
  const previous = own.get(state, [pivot, netuid]).map(([, hotkey]) => hotkey);
  setEdges(own, state, pivot, netuid, toEdges(next));
  for (const [neighbour, proportion] of next) {
    const edges = upsertEdge(reverse.get(state, [neighbour, netuid]), proportion, pivot);
    setEdges(reverse, state, neighbour, netuid, edges);
  }
  for (const neighbour of previous) {
    if (next.has(neighbour)) continue;
    setEdges(reverse, state, neighbour, netuid, removeEdge(reverse.get(state, [neighbour, netuid]), pivot));
  }
}

/** `persist_child_parent_relations`: write the pivot's children and parents, both directions. */
export function persistRelations(state: OverlayState, relations: Relations, netuid: NetUid): void {
  persistSide(state, netuid, relations.pivot, ChildKeys, ParentKeys, relations.children);
  persistSide(state, netuid, relations.pivot, ParentKeys, ChildKeys, relations.parents);
}
