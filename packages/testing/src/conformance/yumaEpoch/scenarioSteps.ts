/**
 * The storage-editing steps of an epoch scenario (every op but `epoch`), as yuma.md §3.1 and the vectors'
 * README define them:
 * - `set_weights`: `Weights[uid] = zip(uids, vec_u16_max_upscale_to_u16(values))` in the given order
 *   (zeros kept); `LastUpdate[uid] = block` only while commit-reveal is off;
 * - `set_weights_many`: the same row for every validator listed;
 * - `replace_neuron` (yuma.md §1.16): the uid's weight and bond rows are removed, every weight TO it is set
 *   to 0 (entry kept), `BlockAtRegistration = LastUpdate = block`, permit false, stake = the new hotkey's;
 *   like subtensor, the subnet owner's uid is never replaced;
 * - `reset_bonds_column` (`do_reset_bonds`): the column is dropped from every bond row;
 * - `set`: per-uid vectors take `{uid: value}` patches (or a whole list), any other key replaces the value.
 */
import { vecU16MaxUpscaleToU16 } from '@taonet/runtime';
import { type Cell, PARAM_KEYS, type ScenarioState, setAt } from './scenarioState.js';
import {
  big,
  bigList,
  bool,
  boolList,
  int,
  intList,
  list,
  type Rec,
  rec,
  rowList,
  ScenarioShapeError,
  uidEntries,
} from './scenarioValues.js';

function applySetWeights(state: ScenarioState, uid: number, uids: number[], values: number[], block: bigint) {
  if (uids.length !== values.length)
    throw new ScenarioShapeError('set_weights: uids and values differ in length');
  const upscaled = vecU16MaxUpscaleToU16(values);
  const row: Cell[] = uids.map((target, k) => [target, upscaled[k] ?? 0]);
  setAt(state.weights, uid, row, []);
  if (!state.params.commitRevealEnabled) setAt(state.lastUpdate, uid, block, 0n);
}

function applyReplaceNeuron(state: ScenarioState, uid: number, block: bigint, newStakeAlpha: bigint) {
  if (state.params.ownerUid === uid) return;
  setAt(state.weights, uid, [], []);
  setAt(state.bonds, uid, [], []);
  for (const row of state.weights) {
    for (const cell of row) if (cell[0] === uid) cell[1] = 0;
  }
  setAt(state.blockAtRegistration, uid, block, 0n);
  setAt(state.lastUpdate, uid, block, 0n);
  setAt(state.validatorPermit, uid, false, false);
  setAt(state.stakeAlpha, uid, newStakeAlpha, 0n);
}

function applyResetBondsColumn(state: ScenarioState, uid: number) {
  state.bonds = state.bonds.map((row) => row.filter(([j]) => j !== uid));
}

type VectorKey = 'stakeAlpha' | 'stakeTao' | 'blockAtRegistration' | 'lastUpdate' | 'commitBlocks';

const U64_VECTORS: ReadonlyMap<string, VectorKey> = new Map<string, VectorKey>([
  ['stake_alpha', 'stakeAlpha'],
  ['stake_tao', 'stakeTao'],
  ['block_at_registration', 'blockAtRegistration'],
  ['last_update', 'lastUpdate'],
]);

function patchVector<T>(
  values: T[],
  patch: unknown,
  what: string,
  read: (x: unknown, w: string) => T,
  fill: T,
) {
  for (const [uid, value] of uidEntries(patch, what)) setAt(values, uid, read(value, `${what}.${uid}`), fill);
}

function readCommit(value: unknown, what: string): bigint | null {
  return value === null ? null : big(value, what);
}

function applySetField(state: ScenarioState, key: string, value: unknown): void {
  const what = `set.${key}`;
  const isPatch = typeof value === 'object' && value !== null && !Array.isArray(value);
  const vectorKey = U64_VECTORS.get(key);
  const param = PARAM_KEYS.get(key);
  if (vectorKey !== undefined) {
    if (isPatch) patchVector(state[vectorKey], value, what, big, 0n);
    else state[vectorKey] = bigList(value, what);
  } else if (key === 'validator_permit') {
    if (isPatch) patchVector(state.validatorPermit, value, what, bool, false);
    else state.validatorPermit = boolList(value, what);
  } else if (key === 'commit_blocks') {
    if (isPatch) patchVector(state.commitBlocks, value, what, readCommit, null);
    else state.commitBlocks = list(value, what).map((x, i) => readCommit(x, `${what}[${i}]`));
  } else if (key === 'weights' || key === 'bonds') {
    state[key] = rowList(value, what);
  } else if (key === 'rao_emission') {
    state.raoEmission = big(value, what);
  } else if (param !== undefined) {
    state.params = { ...state.params, [param[0]]: param[1](value, what) };
  } else {
    throw new ScenarioShapeError(`${what}: unknown state field`);
  }
}

/** Applies one non-epoch step to the state; throws `ScenarioShapeError` on an unknown op or field. */
export function applyStorageStep(state: ScenarioState, step: Rec, where: string): void {
  switch (step.op) {
    case 'set_weights':
      applySetWeights(
        state,
        int(step.uid, `${where}.uid`),
        intList(step.uids, `${where}.uids`),
        intList(step.values, `${where}.values`),
        big(step.block, `${where}.block`),
      );
      return;
    case 'set_weights_many': {
      const uids = intList(step.uids, `${where}.uids`);
      const values = intList(step.values, `${where}.values`);
      const block = big(step.block, `${where}.block`);
      for (const validator of intList(step.validators, `${where}.validators`)) {
        applySetWeights(state, validator, uids, values, block);
      }
      return;
    }
    case 'replace_neuron':
      applyReplaceNeuron(
        state,
        int(step.uid, `${where}.uid`),
        big(step.block, `${where}.block`),
        big(step.new_stake_alpha ?? 0, `${where}.new_stake_alpha`),
      );
      return;
    case 'reset_bonds_column':
      applyResetBondsColumn(state, int(step.uid, `${where}.uid`));
      return;
    case 'set':
      // deterministic: a vector's fields are applied in the order the vector lists them
      for (const [key, value] of Object.entries(rec(step.fields, `${where}.fields`)))
        applySetField(state, key, value);
      return;
    default:
      throw new ScenarioShapeError(`${where}: unknown op ${JSON.stringify(step.op)}`);
  }
}
