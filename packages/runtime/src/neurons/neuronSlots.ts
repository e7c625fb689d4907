/**
 * Writing a subnet's neuron table (`subnets/uids.rs`, economics.md §5.2): `appendNeuron` takes the next uid
 * (`SubnetworkN`) and grows every per-uid vector; `replaceNeuron` gives an existing uid to a new hotkey, drops
 * the old hotkey's membership and endpoints and resets the uid's consensus state. Stake is never touched: a
 * deregistered hotkey keeps its stake (it just stops earning).
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { Axons, NeuronCertificates, Prometheus } from '../serving/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { MechanismCountCurrent, SubnetOwnerHotkey } from '../subnets/schema.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds, Weights } from '../weights/schema.js';
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
  StakeWeight,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from './schema.js';

/** The storage indices of the subnet's mechanisms (`mecid * 4096 + netuid`). */
function mechanismIndices(state: OverlayState, netuid: NetUid): number[] {
  const count = MechanismCountCurrent.get(state, [netuid]);
  return Array.from({ length: count }, (_, mecid) => storageIndexOf(netuid, mecid));
}

/** `set_element_at`: set a vector entry if it exists (vectors shorter than the uid are left alone). */
function setAt<T>(values: readonly T[], index: number, value: T): T[] {
  if (index >= values.length) return [...values];
  const next = [...values];
  next[index] = value;
  return next;
}

/** `set_last_update_for_uid`: the vector is padded with zeros to `SubnetworkN` first. */
function setLastUpdate(state: OverlayState, netuid: NetUid, index: number, uid: number, block: bigint): void {
  const lastUpdate = [...LastUpdate.get(state, [index])];
  const n = SubnetworkN.get(state, [netuid]);
  while (lastUpdate.length < n) lastUpdate.push(0n);
  if (uid >= lastUpdate.length) return;
  lastUpdate[uid] = block;
  LastUpdate.set(state, [index], lastUpdate);
}

function insertMembership(
  state: OverlayState,
  netuid: NetUid,
  uid: number,
  hotkey: AccountId,
  block: bigint,
) {
  Keys.set(state, [netuid, uid], hotkey);
  Uids.set(state, [netuid, hotkey], uid);
  BlockAtRegistration.set(state, [netuid, uid], block);
  IsNetworkMember.set(state, [hotkey, netuid], true);
}

const repeat = <T>(values: readonly T[], count: number, value: T): T[] => [
  ...values,
  ...Array.from({ length: count }, () => value),
];

/**
 * `append_neuron` for `hotkeys.length` hotkeys at once (genesis fills a subnet this way): the same writes
 * as appending them one by one (each per-uid vector grows by one default entry per hotkey, `LastUpdate` is
 * padded to `SubnetworkN` and the new uids get `block`), each vector encoded once. Returns the first uid.
 */
export function appendNeurons(
  state: OverlayState,
  netuid: NetUid,
  hotkeys: readonly AccountId[],
  block: bigint,
): number {
  const first = SubnetworkN.get(state, [netuid]);
  const count = hotkeys.length;
  if (count === 0) return first;
  const n = first + count;
  SubnetworkN.set(state, [netuid], n);
  Active.mutate(state, [netuid], (v) => repeat(v, count, true));
  Emission.mutate(state, [netuid], (v) => repeat(v, count, 0n));
  Consensus.mutate(state, [netuid], (v) => repeat(v, count, 0));
  for (const index of mechanismIndices(state, netuid)) {
    Incentive.mutate(state, [index], (v) => repeat(v, count, 0));
    const lastUpdate = [...LastUpdate.get(state, [index])];
    while (lastUpdate.length < n) lastUpdate.push(0n);
    for (let uid = first; uid < n; uid++) lastUpdate[uid] = block;
    LastUpdate.set(state, [index], lastUpdate);
  }
  Dividends.mutate(state, [netuid], (v) => repeat(v, count, 0));
  ValidatorTrust.mutate(state, [netuid], (v) => repeat(v, count, 0));
  ValidatorPermit.mutate(state, [netuid], (v) => repeat(v, count, false));
  for (const [i, hotkey] of hotkeys.entries()) insertMembership(state, netuid, first + i, hotkey, block);
  return first;
}

/** `append_neuron`: the hotkey takes uid `SubnetworkN`; returns that uid. */
export function appendNeuron(state: OverlayState, netuid: NetUid, hotkey: AccountId, block: bigint): number {
  return appendNeurons(state, netuid, [hotkey], block);
}

/**
 * `clear_neuron`: zero the uid's emission, consensus, incentive, dividends, stake weight, trust and permit;
 * drop its bonds and weights, and zero every weight pointing at it.
 */
export function clearNeuron(state: OverlayState, netuid: NetUid, uid: number): void {
  Emission.mutate(state, [netuid], (v) => setAt(v, uid, 0n));
  Consensus.mutate(state, [netuid], (v) => setAt(v, uid, 0));
  for (const index of mechanismIndices(state, netuid)) {
    Incentive.mutate(state, [index], (v) => setAt(v, uid, 0));
    Bonds.remove(state, [index, uid]);
    Weights.remove(state, [index, uid]);
    for (const [[, row], weights] of [...Weights.entries(state, [index])]) {
      if (!weights.some(([target]) => target === uid)) continue;
      Weights.set(
        state,
        [index, row],
        weights.map(([target, value]): [number, number] => [target, target === uid ? 0 : value]),
      );
    }
  }
  Dividends.mutate(state, [netuid], (v) => setAt(v, uid, 0));
  StakeWeight.mutate(state, [netuid], (v) => setAt(v, uid, 0));
  ValidatorTrust.mutate(state, [netuid], (v) => setAt(v, uid, 0));
  ValidatorPermit.mutate(state, [netuid], (v) => setAt(v, uid, false));
}

/**
 * `replace_neuron`: the uid passes to `hotkey`, registered at `block`. The subnet owner's hotkey is never
 * replaced (the call does nothing, as subtensor's guard does); returns whether the uid was replaced.
 */
export function replaceNeuron(
  state: OverlayState,
  netuid: NetUid,
  uid: number,
  hotkey: AccountId,
  block: bigint,
): boolean {
  const old = Keys.getOption(state, [netuid, uid]);
  if (old !== undefined && SubnetOwnerHotkey.getOption(state, [netuid]) === old) return false;
  if (old !== undefined) {
    Uids.remove(state, [netuid, old]);
    IsNetworkMember.remove(state, [old, netuid]);
    Keys.remove(state, [netuid, uid]);
  }
  Active.mutate(state, [netuid], (v) => setAt(v, uid, true));
  insertMembership(state, netuid, uid, hotkey, block);
  if (old !== undefined) {
    Axons.remove(state, [netuid, old]);
    NeuronCertificates.remove(state, [netuid, old]);
    Prometheus.remove(state, [netuid, old]);
  }
  clearNeuron(state, netuid, uid);
  for (const index of mechanismIndices(state, netuid)) setLastUpdate(state, netuid, index, uid, block);
  return true;
}
