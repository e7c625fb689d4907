/**
 * §1.13 `epoch_with_mechanisms`: a subnet's emission is split across its mechanisms (sub-subnets), one
 * `epoch_mechanism` runs per mechanism on its share (each with its own weights, bonds and LastUpdate, all
 * sharing stake, registrations and permits), and the per-uid terms are aggregated:
 * - server and validator emissions are summed, raw stakes summed, `active` and permits OR-ed;
 * - dividends, stake weight, consensus, validator trust and combined emission are weighted sums
 *   `Σ value · sub_emission / emission` (U64F64, floored at each step; mechanism 0 weighs 1 when the
 *   emission is 0);
 * - quirk kept from subtensor: `incentive` is only the FIRST mechanism's weighted value (never summed);
 *   the per-mechanism incentive is what the chain persists.
 */
import { U16_MAX, U64_MAX, U64F64 } from '@taonet/primitives';
import type { EpochParams, MechanismInputs, SubnetInputs } from './epochInputs.js';
import type { EpochOutputs } from './epochOutputs.js';
import { toU16, toU64 } from './getEpochStorage.js';
import { splitEmissions } from './math/index.js';
import { yuma } from './yuma.js';

export interface MechanismEpochInputs extends SubnetInputs {
  /** the subnet's emission for this epoch, in rao */
  readonly raoEmission: bigint;
  /** one entry per mechanism (`MechanismCountCurrent`), mechanism 0 first */
  readonly mechanisms: readonly MechanismInputs[];
  /** `MechanismEmissionSplit` (u16 parts of 65535), null/absent = even split */
  readonly emissionSplit?: readonly number[] | null;
}

/** The per-uid terms after aggregation over the mechanisms (what `persist_netuid_epoch_terms` writes). */
export interface AggregatedEpochTerms {
  readonly dividends: number[];
  readonly incentive: number[];
  readonly stakeWeight: number[];
  readonly consensus: number[];
  readonly validatorTrust: number[];
  readonly emission: bigint[];
  readonly serverEmission: bigint[];
  readonly validatorEmission: bigint[];
  readonly active: boolean[];
  readonly validatorPermit: boolean[];
  readonly stake: bigint[];
}

export interface MechanismsEpochOutputs {
  /** each mechanism's own epoch (its `Incentive` and `Bonds` are persisted per mechanism) */
  readonly mechanisms: EpochOutputs[];
  /** each mechanism's share of the emission */
  readonly subEmissions: bigint[];
  readonly aggregated: AggregatedEpochTerms;
}

function weightedAcc(existing: bigint, added: bigint, weight: U64F64, max: bigint): bigint {
  const sum = U64F64.saturatingAdd(
    U64F64.saturatingFromInt(existing),
    U64F64.saturatingMul(U64F64.saturatingFromInt(added), weight),
  );
  const value = U64F64.toU64(sum);
  return value > max ? max : value;
}

const accU16 = (existing: number, added: number, weight: U64F64) =>
  // float-ok: no float: the bigint is clamped to u16::MAX, so Number() is exact
  Number(weightedAcc(BigInt(existing), BigInt(added), weight, BigInt(U16_MAX)));
const accRao = (existing: bigint, added: bigint, weight: U64F64) =>
  weightedAcc(existing, added, weight, U64_MAX);

/** `sub_emission / rao_emission` (U64F64), or 1 for mechanism 0 / 0 for the others when rao_emission is 0. */
function subWeight(subEmission: bigint, raoEmission: bigint, mechanism: number): U64F64 {
  return U64F64.safeDivOr(
    U64F64.saturatingFromInt(subEmission),
    U64F64.saturatingFromInt(raoEmission),
    U64F64.fromInt(mechanism === 0 ? 1 : 0),
  );
}

function emptyTerms(n: number): AggregatedEpochTerms {
  const zeros = () => new Array<number>(n).fill(0);
  const none = () => new Array<bigint>(n).fill(0n);
  return {
    dividends: zeros(),
    incentive: zeros(),
    stakeWeight: zeros(),
    consensus: zeros(),
    validatorTrust: zeros(),
    emission: none(),
    serverEmission: none(),
    validatorEmission: none(),
    active: new Array<boolean>(n).fill(false),
    validatorPermit: new Array<boolean>(n).fill(false),
    stake: none(),
  };
}

/** Folds one mechanism's outputs into the aggregate (`first` = the mechanism that inserts the uid). */
function accumulate(acc: AggregatedEpochTerms, out: EpochOutputs, weight: U64F64, first: boolean): void {
  for (let uid = 0; uid < acc.dividends.length; uid++) {
    const at = <T>(values: readonly T[], fallback: T): T => values[uid] ?? fallback;
    acc.serverEmission[uid] = toU64(at(acc.serverEmission, 0n) + at(out.serverEmission, 0n));
    acc.validatorEmission[uid] = toU64(at(acc.validatorEmission, 0n) + at(out.validatorEmission, 0n));
    acc.dividends[uid] = accU16(at(acc.dividends, 0), at(out.dividends, 0), weight);
    acc.stakeWeight[uid] = accU16(at(acc.stakeWeight, 0), at(out.stakeWeight, 0), weight);
    acc.consensus[uid] = accU16(at(acc.consensus, 0), at(out.consensus, 0), weight);
    acc.validatorTrust[uid] = accU16(at(acc.validatorTrust, 0), at(out.validatorTrust, 0), weight);
    acc.emission[uid] = accRao(at(acc.emission, 0n), at(out.emission, 0n), weight);
    acc.active[uid] = at(acc.active, false) || at(out.active, false);
    acc.validatorPermit[uid] = at(acc.validatorPermit, false) || at(out.validatorPermit, false);
    acc.stake[uid] = toU64(at(acc.stake, 0n) + at(out.stake, 0n));
    if (first) acc.incentive[uid] = accU16(0, at(out.incentive, 0), weight);
  }
}

export function epochWithMechanisms(
  inputs: MechanismEpochInputs,
  params: EpochParams,
): MechanismsEpochOutputs {
  const n = toU16(inputs.n);
  const raoEmission = toU64(inputs.raoEmission);
  const mechanisms = Array.isArray(inputs.mechanisms) ? inputs.mechanisms : [];
  const split = Array.isArray(inputs.emissionSplit) ? inputs.emissionSplit.map((s) => toU16(s)) : null;
  const subEmissions = splitEmissions(mechanisms.length, split, raoEmission);
  const aggregated = emptyTerms(n);
  const outputs = mechanisms.map((mechanism, index) => {
    const subEmission = subEmissions[index] ?? 0n;
    const out = yuma({ ...inputs, ...mechanism, n, raoEmission: subEmission }, params);
    accumulate(aggregated, out, subWeight(subEmission, raoEmission, index), index === 0);
    return out;
  });
  return { mechanisms: outputs, subEmissions, aggregated };
}
