/**
 * What an epoch persists (yuma.md §1.14). Per mechanism (`persist_mechanism_epoch_terms`):
 * `Incentive[netuid_index]`, and `Bonds[netuid_index][uid]` of every uid with a hotkey — its EMA bonds row
 * when it holds a new validator permit, else `[]` (a validator that lost its permit loses its bonds).
 * Per subnet (`persist_netuid_epoch_terms`, the terms aggregated over mechanisms): `Active`, `Emission`,
 * `Consensus`, `Dividends`, `ValidatorTrust`, `StakeWeight`, `ValidatorPermit`.
 */
import type { NetUid } from '@taonet/primitives';
import type { AggregatedEpochTerms, EpochOutputs, MechanismsEpochOutputs } from '../epoch/index.js';
import {
  Active,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  Keys,
  StakeWeight,
  ValidatorPermit,
  ValidatorTrust,
} from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { VecBool, VecU16, VecU64 } from '../state/vectorCodecs.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds } from '../weights/schema.js';
import { writeRow, writeVector } from './vectorStorage.js';

export function writeMechanismEpochOutputs(
  state: OverlayState,
  netuid: NetUid,
  mecid: number,
  outputs: EpochOutputs,
): void {
  const index = storageIndexOf(netuid, mecid);
  writeVector(state, Incentive, [index], outputs.incentive, VecU16);
  outputs.bonds.forEach((row, uid) => {
    if (!Keys.contains(state, [netuid, uid])) return;
    writeRow(state, Bonds, [index, uid], outputs.validatorPermit[uid] === true ? row : []);
  });
}

export function writeSubnetEpochTerms(
  state: OverlayState,
  netuid: NetUid,
  terms: AggregatedEpochTerms,
): void {
  const key: [NetUid] = [netuid];
  writeVector(state, Active, key, terms.active, VecBool);
  writeVector(state, Emission, key, terms.emission, VecU64);
  writeVector(state, Consensus, key, terms.consensus, VecU16);
  writeVector(state, Dividends, key, terms.dividends, VecU16);
  writeVector(state, ValidatorTrust, key, terms.validatorTrust, VecU16);
  writeVector(state, StakeWeight, key, terms.stakeWeight, VecU16);
  writeVector(state, ValidatorPermit, key, terms.validatorPermit, VecBool);
}

/** Persists the outputs of `epochWithMechanisms`: each mechanism's terms, then the subnet's. */
export function writeEpochOutputs(
  state: OverlayState,
  netuid: NetUid,
  outputs: MechanismsEpochOutputs,
): void {
  for (const [mecid, mechanism] of outputs.mechanisms.entries()) {
    writeMechanismEpochOutputs(state, netuid, mecid, mechanism);
  }
  writeSubnetEpochTerms(state, netuid, outputs.aggregated);
}
