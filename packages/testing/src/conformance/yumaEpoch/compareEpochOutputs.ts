/**
 * Comparing an epoch's outputs with a scenario step's `emulator_exact` (every field bit for bit, bonds rows
 * in stored order) and `expect` (per-uid lists or `{uid: value}` dicts, bond cells, the Rust tests'
 * tolerances and relations). Each check returns null when it holds, else a message naming the field, the
 * first differing uid and expected vs actual.
 */
import { I32F32 } from '@taonet/primitives';
import type { EpochOutputs, StoredRow } from '@taonet/runtime';
import { big, bool, int, list, type Rec, ScenarioShapeError, uidEntries } from './scenarioValues.js';

type Value = number | bigint | boolean;

interface FieldSpec {
  readonly get: (out: EpochOutputs) => readonly Value[];
  readonly read: (value: unknown, what: string) => Value;
}

const u16Field = (get: (out: EpochOutputs) => readonly number[]): FieldSpec => ({ get, read: int });
const raoField = (get: (out: EpochOutputs) => readonly bigint[]): FieldSpec => ({ get, read: big });
const boolField = (get: (out: EpochOutputs) => readonly boolean[]): FieldSpec => ({ get, read: bool });

/** vector output key -> how to read it from the outputs and the vector */
const FIELDS: ReadonlyMap<string, FieldSpec> = new Map([
  ['consensus', u16Field((out) => out.consensus)],
  ['incentive', u16Field((out) => out.incentive)],
  ['dividends', u16Field((out) => out.dividends)],
  ['validator_trust', u16Field((out) => out.validatorTrust)],
  ['stake_weight', u16Field((out) => out.stakeWeight)],
  ['emission', raoField((out) => out.emission)],
  ['server_emission', raoField((out) => out.serverEmission)],
  ['validator_emission', raoField((out) => out.validatorEmission)],
  ['validator_permit', boolField((out) => out.validatorPermit)],
  ['active', boolField((out) => out.active)],
]);

function show(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  const text = JSON.stringify(value, (_key, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

/** `u16_proportion_to_fixed(actual)` within I32F32 1e-3 of `I32F32::from_num(target as f32)` */
function withinU16Proportion(actual: number, target: unknown, what: string): boolean {
  if (typeof target !== 'number') throw new ScenarioShapeError(`${what}: expected a number`);
  const actualFixed = I32F32.safeDiv(I32F32.fromInt(actual), I32F32.fromInt(65535));
  const diff = I32F32.abs(I32F32.sub(actualFixed, I32F32.fromF32(target)));
  return diff <= I32F32.fromF64(1e-3);
}

type Tolerance = 'exact' | 'u16_prop_1e-3';

function compareValue(
  spec: FieldSpec,
  expected: unknown,
  actual: Value | undefined,
  tol: Tolerance,
  what: string,
) {
  if (actual === undefined) return `${what}: expected ${show(expected)}, got no entry`;
  if (tol === 'u16_prop_1e-3') {
    if (typeof actual !== 'number' || !withinU16Proportion(actual, expected, what)) {
      return `${what}: expected ${show(expected)} (u16 proportion within 1e-3), got ${show(actual)}`;
    }
    return null;
  }
  const want = spec.read(expected, what);
  return want === actual ? null : `${what}: expected ${show(want)}, got ${show(actual)}`;
}

/** A per-uid field: a full list (lengths must match) or a `{uid: value}` dict. */
function compareField(key: string, expected: unknown, out: EpochOutputs, tol: Tolerance, source: string) {
  const spec = FIELDS.get(key);
  if (spec === undefined) throw new ScenarioShapeError(`${source}.${key}: unknown output field`);
  const actual = spec.get(out);
  if (Array.isArray(expected)) {
    for (let uid = 0; uid < expected.length; uid++) {
      const problem = compareValue(spec, expected[uid], actual[uid], tol, `${source}.${key}[uid ${uid}]`);
      if (problem !== null) return problem;
    }
    return expected.length === actual.length
      ? null
      : `${source}.${key}: expected ${expected.length} entries, got ${actual.length}`;
  }
  for (const [uid, value] of uidEntries(expected, `${source}.${key}`)) {
    const problem = compareValue(spec, value, actual[uid], tol, `${source}.${key}[uid ${uid}]`);
    if (problem !== null) return problem;
  }
  return null;
}

function compareBondRows(expected: unknown, actual: readonly StoredRow[], source: string): string | null {
  const rows = list(expected, `${source}.bonds`);
  for (let uid = 0; uid < Math.max(rows.length, actual.length); uid++) {
    const want = rows[uid] === undefined ? undefined : list(rows[uid], `${source}.bonds[${uid}]`);
    const got = actual[uid];
    if (want === undefined || got === undefined) {
      return `${source}.bonds: expected ${rows.length} rows, got ${actual.length}`;
    }
    const same =
      want.length === got.length &&
      want.every((cell, k) => {
        const pair = list(cell, `${source}.bonds[${uid}][${k}]`);
        return int(pair[0], 'uid') === got[k]?.[0] && int(pair[1], 'value') === got[k]?.[1];
      });
    if (!same) return `${source}.bonds[uid ${uid}]: expected ${show(want)}, got ${show(got)}`;
  }
  return null;
}

/** Every field of `emulator_exact`, bit for bit. */
export function compareEmulatorExact(expected: Rec, out: EpochOutputs): string | null {
  // deterministic: fields are checked in the vector's order, the first difference is reported
  for (const [key, value] of Object.entries(expected)) {
    const problem =
      key === 'bonds'
        ? compareBondRows(value, out.bonds, 'emulator_exact')
        : compareField(key, value, out, 'exact', 'emulator_exact');
    if (problem !== null) return problem;
  }
  return null;
}

/** The stored u16 bond of row i on column j (the first cell of that column), 0 when absent. */
export function bondCell(bonds: readonly StoredRow[], i: number, j: number): number {
  return bonds[i]?.find(([column]) => column === j)?.[1] ?? 0;
}

export type { Tolerance };
export { compareField, FIELDS as OUTPUT_FIELDS, show };
