/**
 * A scenario step's `expect`: what the Rust test asserts. Per-uid lists or `{uid: value}` dicts (exact, or
 * within the tolerance named in `expect.tolerance`), bond cells `[i, j, u16]` (absent = 0), and the few
 * relations the Rust tests check (`bonds_gt_zero`, `server_plus_validator_total`,
 * `server_emission_equal_positive`, `relations` between bonds before and after).
 */
import type { EpochOutputs, StoredRow } from '@taonet/runtime';
import { bondCell, compareField, OUTPUT_FIELDS, show, type Tolerance } from './compareEpochOutputs.js';
import { big, int, list, type Rec, rec, ScenarioShapeError } from './scenarioValues.js';

const TOLERANCES = new Set<string>(['exact', 'u16_prop_1e-3']);

function tolerances(value: unknown): ReadonlyMap<string, Tolerance> {
  const out = new Map<string, Tolerance>();
  if (value === undefined) return out;
  // deterministic: a lookup table, order irrelevant
  for (const [key, tol] of Object.entries(rec(value, 'expect.tolerance'))) {
    if (typeof tol !== 'string' || !TOLERANCES.has(tol)) {
      throw new ScenarioShapeError(`expect.tolerance.${key}: unknown tolerance ${show(tol)}`);
    }
    out.set(key, tol as Tolerance);
  }
  return out;
}

function pair(value: unknown, what: string): [number, number] {
  const cell = list(value, what);
  return [int(cell[0], `${what}[0]`), int(cell[1], `${what}[1]`)];
}

function checkBondCells(cells: unknown, bonds: readonly StoredRow[]): string | null {
  for (const [k, raw] of list(cells, 'expect.bonds').entries()) {
    const cell = list(raw, `expect.bonds[${k}]`);
    const [i, j] = pair(cell, `expect.bonds[${k}]`);
    const want = int(cell[2], `expect.bonds[${k}][2]`);
    const got = bondCell(bonds, i, j);
    if (got !== want) return `expect.bonds[uid ${i}][col ${j}]: expected ${want}, got ${got}`;
  }
  return null;
}

function checkBondsPositive(cells: unknown, bonds: readonly StoredRow[]): string | null {
  for (const [k, raw] of list(cells, 'expect.bonds_gt_zero').entries()) {
    const [i, j] = pair(raw, `expect.bonds_gt_zero[${k}]`);
    if (bondCell(bonds, i, j) <= 0) return `expect.bonds_gt_zero: bond [uid ${i}][col ${j}] is 0`;
  }
  return null;
}

function checkEmissionTotal(value: unknown, out: EpochOutputs): string | null {
  const [target, tolerance] = list(value, 'expect.server_plus_validator_total').map((x) => big(x, 'total'));
  const total = [...out.serverEmission, ...out.validatorEmission].reduce((a, b) => a + b, 0n);
  const diff = total - (target ?? 0n);
  const within = (diff < 0n ? -diff : diff) <= (tolerance ?? 0n);
  return within
    ? null
    : `expect.server_plus_validator_total: expected ${target} ± ${tolerance}, got ${total}`;
}

function checkEqualPositive(value: unknown, out: EpochOutputs): string | null {
  const [a, b] = pair(value, 'expect.server_emission_equal_positive');
  const [x, y] = [out.serverEmission[a], out.serverEmission[b]];
  if (x !== undefined && x === y && x > 0n) return null;
  return `expect.server_emission_equal_positive: server_emission[${a}] = ${x}, server_emission[${b}] = ${y}`;
}

const RELATION =
  /^(bonds_after|bonds_before)\[(\d+)\]\[(\d+)\]\s*(>=|<=|==|>|<)\s*(bonds_after|bonds_before)\[(\d+)\]\[(\d+)\]$/;

function checkRelations(
  value: unknown,
  after: readonly StoredRow[],
  before: readonly StoredRow[] | undefined,
) {
  for (const raw of list(value, 'expect.relations')) {
    const match = typeof raw === 'string' ? RELATION.exec(raw.trim()) : null;
    if (match === null) throw new ScenarioShapeError(`expect.relations: cannot read ${show(raw)}`);
    const cell = (which: string | undefined, i: string | undefined, j: string | undefined) => {
      const bonds = which === 'bonds_after' ? after : before;
      if (bonds === undefined)
        throw new ScenarioShapeError('expect.relations: no earlier step recorded bonds');
      return bondCell(bonds, Number(i), Number(j));
    };
    const left = cell(match[1], match[2], match[3]);
    const right = cell(match[5], match[6], match[7]);
    const op = match[4];
    const holds =
      op === '>='
        ? left >= right
        : op === '<='
          ? left <= right
          : op === '>'
            ? left > right
            : op === '<'
              ? left < right
              : left === right;
    if (!holds) return `expect.relations: ${raw} does not hold (${left} vs ${right})`;
  }
  return null;
}

/** Checks every key of `expect`; `bondsBefore` = the bonds recorded by an earlier `record_bonds` step. */
export function checkExpect(
  expect: Rec,
  out: EpochOutputs,
  bondsBefore?: readonly StoredRow[],
): string | null {
  const tols = tolerances(expect.tolerance);
  // deterministic: keys are checked in the vector's order, the first failure is reported
  for (const [key, value] of Object.entries(expect)) {
    let problem: string | null = null;
    if (key === 'tolerance') continue;
    if (OUTPUT_FIELDS.has(key)) problem = compareField(key, value, out, tols.get(key) ?? 'exact', 'expect');
    else if (key === 'bonds') problem = checkBondCells(value, out.bonds);
    else if (key === 'bonds_gt_zero') problem = checkBondsPositive(value, out.bonds);
    else if (key === 'server_plus_validator_total') problem = checkEmissionTotal(value, out);
    else if (key === 'server_emission_equal_positive') problem = checkEqualPositive(value, out);
    else if (key === 'relations') problem = checkRelations(value, out.bonds, bondsBefore);
    else throw new ScenarioShapeError(`expect.${key}: unknown expectation`);
    if (problem !== null) return problem;
  }
  return null;
}
