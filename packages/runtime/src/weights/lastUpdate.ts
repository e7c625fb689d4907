/** `LastUpdate` per (mechanism, uid): the block of a uid's last weights or commit (yuma.md §1.1). */
import type { NetUid } from '@taonet/primitives';
import { LastUpdate, SubnetworkN } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import type { NetUidStorageIndex } from '../subtensor/subtensorStorage.js';

/** `get_last_update_for_uid`: 0 when never set. */
export function getLastUpdateForUid(
  state: OverlayState,
  netuidIndex: NetUidStorageIndex,
  uid: number,
): bigint {
  return LastUpdate.get(state, [netuidIndex])[uid] ?? 0n;
}

/**
 * `set_last_update_for_uid`: the stored vector is padded with 0 up to `SubnetworkN` (`get_last_update`),
 * then the uid's entry is set; a uid beyond the vector is ignored.
 */
export function setLastUpdateForUid(
  state: OverlayState,
  netuid: NetUid,
  netuidIndex: NetUidStorageIndex,
  uid: number,
  block: bigint,
): void {
  const lastUpdate = [...LastUpdate.get(state, [netuidIndex])];
  const n = SubnetworkN.get(state, [netuid]);
  while (lastUpdate.length < n) lastUpdate.push(0n);
  if (uid >= lastUpdate.length) return;
  lastUpdate[uid] = block;
  LastUpdate.set(state, [netuidIndex], lastUpdate);
}
