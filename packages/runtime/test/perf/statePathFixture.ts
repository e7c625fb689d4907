/**
 * Subnets written into chain state for the state-path bench: n uids, the first `validators` staked (alpha
 * and root TAO) and permitted, each weighting every other uid with seeded random weights, carrying the
 * bonds of one previous epoch (run through the state path itself), everything committed to a
 * `MemoryBackend` as a node's stored state would be.
 */
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import { readMechanismEpochInputs } from '../../src/consensus/readEpochInputs.js';
import { writeEpochOutputs } from '../../src/consensus/writeEpochOutputs.js';
import { epochWithMechanisms } from '../../src/epoch/index.js';
import {
  BlockAtRegistration,
  IsNetworkMember,
  Keys,
  LastUpdate,
  SubnetworkN,
  Uids,
  ValidatorPermit,
} from '../../src/neurons/schema.js';
import { TaoWeight, TotalHotkeyAlpha } from '../../src/staking/schema.js';
import { MemoryBackend } from '../../src/state/memoryBackend.js';
import { OverlayState } from '../../src/state/overlayState.js';
import { ActivityCutoffFactorMilli, MaxAllowedValidators } from '../../src/subnets/hyperparameters.js';
import { NetworksAdded, Tempo } from '../../src/subnets/schema.js';
import { type WeightRow, Weights } from '../../src/weights/schema.js';

export const EPOCH_BLOCK = 1000n;
export const EMISSION = 1_000_000_000n;
const ROOT = netUid(0);

export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic hotkey of subnet `netuid`, uid `uid`. */
export function hotkeyOf(netuid: number, uid: number): AccountId {
  const bytes = new Uint8Array(32);
  bytes[0] = netuid & 255;
  bytes[1] = netuid >> 8;
  bytes[2] = uid & 255;
  bytes[3] = uid >> 8;
  bytes[31] = 7;
  return accountId(bytes);
}

/** Max-upscaled u16 weights on every uid but `self`. */
function randomRow(n: number, self: number, random: () => number): WeightRow {
  const raw: [number, number][] = [];
  for (let j = 0; j < n; j++) if (j !== self) raw.push([j, 1 + Math.floor(random() * 65535)]);
  const max = raw.reduce((m, [, v]) => Math.max(m, v), 0);
  return raw.map(([j, v]) => [j, Math.floor((v * 65535) / max)]);
}

/** Writes subnet `netuid` with n uids into `state` (uncommitted). */
export function writeSubnet(
  state: OverlayState,
  netuid: NetUid,
  n: number,
  validators: number,
  seed: number,
): void {
  const random = seeded(seed);
  NetworksAdded.set(state, [netuid], true);
  Tempo.set(state, [netuid], 360);
  ActivityCutoffFactorMilli.set(state, [netuid], 14_000);
  MaxAllowedValidators.set(state, [netuid], validators);
  SubnetworkN.set(state, [netuid], n);
  LastUpdate.set(state, [netuid], new Array<bigint>(n).fill(EPOCH_BLOCK - 100n));
  ValidatorPermit.set(
    state,
    [netuid],
    Array.from({ length: n }, (_, uid) => uid < validators),
  );
  for (let uid = 0; uid < n; uid++) {
    const hotkey = hotkeyOf(netuid, uid);
    Keys.set(state, [netuid, uid], hotkey);
    Uids.set(state, [netuid, hotkey], uid);
    IsNetworkMember.set(state, [hotkey, netuid], true);
    BlockAtRegistration.set(state, [netuid, uid], 1n);
    if (uid >= validators) continue;
    TotalHotkeyAlpha.set(state, [hotkey, netuid], BigInt(1 + Math.floor(random() * 1e12)));
    TotalHotkeyAlpha.set(state, [hotkey, ROOT], BigInt(Math.floor(random() * 1e12)));
    Weights.set(state, [netuid, uid], randomRow(n, uid, random));
  }
}

/** One epoch through the state path: read, `epochWithMechanisms`, write. */
export function epochThroughState(state: OverlayState, netuid: NetUid): void {
  const { inputs, params } = readMechanismEpochInputs(state, netuid, EPOCH_BLOCK, EMISSION);
  writeEpochOutputs(state, netuid, epochWithMechanisms(inputs, params));
}

/** A backend holding the given subnets, each after one epoch (so bonds are stored). */
export function buildBackend(subnets: readonly { n: number; validators: number }[]): MemoryBackend {
  const backend = new MemoryBackend();
  const state = new OverlayState(backend);
  TaoWeight.set(state, 3_689_348_814_741_910_323n); // 0.2 of u64::MAX, root stake counts
  subnets.forEach(({ n, validators }, i) => {
    writeSubnet(state, netUid(i + 1), n, validators, n * 7 + validators + i);
  });
  backend.apply(state.takeChanges());
  subnets.forEach((_, i) => {
    epochThroughState(state, netUid(i + 1));
  });
  backend.apply(state.takeChanges());
  return backend;
}
