/**
 * §1.14 What the chain persists from one epoch: every I32F32 proportion as
 * `fixed_proportion_to_u16` = floor(x · 65535), bonds rows only for uids holding a new permit (original
 * Yuma stores them column max-upscaled, Yuma 3 as absolute proportions), one entry per uid 0..n.
 */
import { type I32F32, I64F64 } from '@taonet/primitives';
import type { EmissionTerms } from './computeEmission.js';
import type { StoredRow } from './epochInputs.js';
import type { EpochOutputs } from './epochOutputs.js';
import { fixedProportionToU16, inplaceColMaxUpscaleSparse, type SparseMatrix } from './math/index.js';

/** The bonds rows to store: original Yuma upscales each column to max 1 first (mutates `emaBonds`). */
export function toStoredBonds(
  yuma3: boolean,
  emaBonds: SparseMatrix,
  newPermits: readonly boolean[],
  n: number,
): StoredRow[] {
  if (!yuma3) inplaceColMaxUpscaleSparse(emaBonds, n);
  const rows: StoredRow[] = new Array(n);
  for (let uid = 0; uid < n; uid++) {
    const row = newPermits[uid] === true ? (emaBonds[uid] ?? []) : [];
    rows[uid] = row.map(([j, value]) => [j, fixedProportionToU16(value)] as const);
  }
  return rows;
}

export interface EpochTerms {
  readonly n: number;
  readonly consensus: readonly I32F32[];
  readonly incentive: readonly I32F32[];
  readonly dividends: readonly I32F32[];
  readonly validatorTrust: readonly I32F32[];
  readonly stake: readonly I32F32[];
  readonly totalStake: readonly I64F64[];
  readonly emission: EmissionTerms;
  readonly newPermits: readonly boolean[];
  readonly active: readonly boolean[];
  readonly bonds: StoredRow[];
}

/** A per-uid list of length n; a uid the source vector does not reach gets the default (`unwrap_or_default`). */
function perUid<T, U>(values: readonly T[], n: number, map: (x: T) => U, fallback: U): U[] {
  const out = new Array<U>(n);
  for (let uid = 0; uid < n; uid++) {
    const value = values[uid];
    out[uid] = value === undefined ? fallback : map(value);
  }
  return out;
}

export function toEpochOutputs(terms: EpochTerms): EpochOutputs {
  const { n } = terms;
  const u16 = (values: readonly I32F32[]) => perUid(values, n, fixedProportionToU16, 0);
  const same = <T>(values: readonly T[], fallback: T) => perUid(values, n, (x: T) => x, fallback);
  return {
    consensus: u16(terms.consensus),
    incentive: u16(terms.incentive),
    dividends: u16(terms.dividends),
    validatorTrust: u16(terms.validatorTrust),
    stakeWeight: u16(terms.stake),
    emission: same(terms.emission.emission, 0n),
    serverEmission: same(terms.emission.serverEmission, 0n),
    validatorEmission: same(terms.emission.validatorEmission, 0n),
    validatorPermit: same(terms.newPermits, false),
    active: same(terms.active, false),
    bonds: terms.bonds,
    stake: perUid(terms.totalStake, n, (x) => I64F64.toU64(x), 0n),
  };
}
