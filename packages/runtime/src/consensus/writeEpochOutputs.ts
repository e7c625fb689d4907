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
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds, type WeightRow } from '../weights/schema.js';

export function writeMechanismEpochOutputs(
  state: OverlayState,
  netuid: NetUid,
  mecid: number,
  outputs: EpochOutputs,
): void {
  const index = storageIndexOf(netuid, mecid);
  Incentive.set(state, [index], outputs.incentive);
  outputs.bonds.forEach((row, uid) => {
    if (!Keys.contains(state, [netuid, uid])) return;
    const stored: WeightRow = outputs.validatorPermit[uid] === true ? row.map(([j, v]) => [j, v]) : [];
    Bonds.set(state, [index, uid], stored);
  });
}

export function writeSubnetEpochTerms(
  state: OverlayState,
  netuid: NetUid,
  terms: AggregatedEpochTerms,
): void {
  const key: [NetUid] = [netuid];
  Active.set(state, key, terms.active);
  Emission.set(state, key, terms.emission);
  Consensus.set(state, key, terms.consensus);
  Dividends.set(state, key, terms.dividends);
  ValidatorTrust.set(state, key, terms.validatorTrust);
  StakeWeight.set(state, key, terms.stakeWeight);
  ValidatorPermit.set(state, key, terms.validatorPermit);
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
