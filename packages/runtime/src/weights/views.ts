/** Runtime-API style reads of the weights module (metagraph weights and bonds, pending commits). */
import type { AccountId, NetUid } from '@taonet/primitives';
import { SubnetworkN } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds, type WeightCommit, WeightCommits, type WeightRow, Weights } from './schema.js';

/** `Weights` rows of uids `0..SubnetworkN` of one mechanism (an unset row is `[]`). */
export function getWeightsMatrix(state: OverlayState, netuid: NetUid, mecid = 0): WeightRow[] {
  const index = storageIndexOf(netuid, mecid);
  const n = SubnetworkN.get(state, [netuid]);
  return Array.from({ length: n }, (_, uid) => Weights.get(state, [index, uid]));
}

/** `Bonds` rows of uids `0..SubnetworkN` of one mechanism. */
export function getBondsMatrix(state: OverlayState, netuid: NetUid, mecid = 0): WeightRow[] {
  const index = storageIndexOf(netuid, mecid);
  const n = SubnetworkN.get(state, [netuid]);
  return Array.from({ length: n }, (_, uid) => Bonds.get(state, [index, uid]));
}

/** The unrevealed commit-reveal v2 commits of a hotkey, oldest first. */
export function getWeightCommits(
  state: OverlayState,
  netuid: NetUid,
  hotkey: AccountId,
  mecid = 0,
): WeightCommit[] {
  return WeightCommits.getOption(state, [storageIndexOf(netuid, mecid), hotkey]) ?? [];
}
