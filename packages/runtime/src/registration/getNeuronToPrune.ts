/**
 * `get_neuron_to_prune` (economics.md §5.3): which uid a registration on a full subnet replaces.
 *
 * The owner's immortal hotkeys (its hotkeys holding a uid, oldest registration first, at most
 * `ImmuneOwnerUidsLimit`, the `SubnetOwnerHotkey` always first) are never pruned. Among the others the
 * candidate is the lowest `Emission`, then the earliest `BlockAtRegistration`, then the lowest uid; the best
 * non-immune one while more than `MinNonImmuneUids` non-immune uids remain, else the best immune one.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { getOwningColdkey } from '../neurons/hotkeyOwnership.js';
import { isNeuronImmune } from '../neurons/neuronRegistry.js';
import { BlockAtRegistration, Emission, Keys, SubnetworkN, Uids } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { ImmuneOwnerUidsLimit, MinNonImmuneUids } from '../subnets/hyperparameters.js';
import { SubnetOwner, SubnetOwnerHotkey } from '../subnets/schema.js';

interface Candidate {
  readonly emission: bigint;
  readonly registeredAt: bigint;
  readonly uid: number;
}

/** `get_immune_owner_uids`: the owner's hotkeys that pruning never touches, as (uid, hotkey). */
export function getImmuneOwnerUids(state: OverlayState, netuid: NetUid): [number, AccountId][] {
  const owner = SubnetOwner.getOption(state, [netuid]);
  const limit = ImmuneOwnerUidsLimit.get(state, [netuid]);
  const owned: { block: bigint; uid: number; hotkey: AccountId }[] = [];
  const n = SubnetworkN.get(state, [netuid]);
  for (let uid = 0; uid < n; uid++) {
    const hotkey = Keys.getOption(state, [netuid, uid]);
    if (hotkey === undefined || owner === undefined || getOwningColdkey(state, hotkey) !== owner) continue;
    owned.push({ block: BlockAtRegistration.get(state, [netuid, uid]), uid, hotkey });
  }
  owned.sort((a, b) => (a.block === b.block ? a.uid - b.uid : a.block < b.block ? -1 : 1));
  const immune: [number, AccountId][] = owned.slice(0, limit).map(({ uid, hotkey }) => [uid, hotkey]);
  const ownerHotkey = SubnetOwnerHotkey.getOption(state, [netuid]);
  const ownerUid = ownerHotkey === undefined ? undefined : Uids.getOption(state, [netuid, ownerHotkey]);
  if (ownerHotkey !== undefined && ownerUid !== undefined) {
    if (!immune.some(([uid, hotkey]) => uid === ownerUid && hotkey === ownerHotkey)) {
      immune.unshift([ownerUid, ownerHotkey]);
      immune.splice(limit);
    }
  }
  return immune;
}

function isBetter(candidate: Candidate, best: Candidate | undefined): boolean {
  if (best === undefined) return true;
  if (candidate.emission !== best.emission) return candidate.emission < best.emission;
  if (candidate.registeredAt !== best.registeredAt) return candidate.registeredAt < best.registeredAt;
  return candidate.uid < best.uid;
}

/** The uid a registration at `block` would replace, or undefined (`NoNeuronIdAvailable`). */
export function getNeuronToPrune(state: OverlayState, netuid: NetUid, block: bigint): number | undefined {
  const n = SubnetworkN.get(state, [netuid]);
  if (n === 0) return undefined;
  const immortal = new Set(getImmuneOwnerUids(state, netuid).map(([, hotkey]) => hotkey));
  const emissions = Emission.get(state, [netuid]);
  let freeCount = 0;
  let bestNonImmune: Candidate | undefined;
  let bestImmune: Candidate | undefined;
  for (let uid = 0; uid < n; uid++) {
    const hotkey = Keys.getOption(state, [netuid, uid]);
    if (hotkey === undefined || immortal.has(hotkey)) continue;
    const candidate = {
      emission: emissions[uid] ?? 0n,
      registeredAt: BlockAtRegistration.get(state, [netuid, uid]),
      uid,
    };
    if (isNeuronImmune(state, netuid, uid, block)) {
      if (isBetter(candidate, bestImmune)) bestImmune = candidate;
    } else {
      freeCount += 1;
      if (isBetter(candidate, bestNonImmune)) bestNonImmune = candidate;
    }
  }
  const canPruneNonImmune = freeCount > MinNonImmuneUids.get(state, [netuid]);
  if (canPruneNonImmune && bestNonImmune !== undefined) return bestNonImmune.uid;
  return bestImmune?.uid;
}
