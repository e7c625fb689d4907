/**
 * The plain in-memory subnet an epoch scenario drives (yuma.md §3.1, vectors/README.md): the storage the
 * epoch reads, built from a vector's `inputs`, edited by its steps. The epoch itself is the runtime's.
 */
import type { EpochInputs, EpochParams } from '@taonet/runtime';
import {
  big,
  bigList,
  bool,
  boolList,
  int,
  list,
  type Rec,
  rec,
  rowList,
  ScenarioShapeError,
} from './scenarioValues.js';

export type Cell = [uid: number, value: number];

export interface ScenarioState {
  n: number;
  raoEmission: bigint;
  params: EpochParams;
  stakeAlpha: bigint[];
  stakeTao: bigint[];
  blockAtRegistration: bigint[];
  lastUpdate: bigint[];
  validatorPermit: boolean[];
  weights: Cell[][];
  bonds: Cell[][];
  /** earliest unexpired commit block per uid, null = none */
  commitBlocks: (bigint | null)[];
}

type ParamReader = (value: unknown, what: string) => EpochParams[keyof EpochParams];

/** vector `params` key -> [EpochParams key, reader] */
export const PARAM_KEYS: ReadonlyMap<string, readonly [keyof EpochParams, ParamReader]> = new Map<
  string,
  readonly [keyof EpochParams, ParamReader]
>([
  ['tempo', ['tempo', int]],
  ['activity_cutoff_blocks', ['activityCutoffBlocks', big]],
  ['kappa_u16', ['kappaU16', int]],
  ['bonds_moving_average', ['bondsMovingAverage', big]],
  ['bonds_penalty_u16', ['bondsPenaltyU16', int]],
  ['yuma3', ['yuma3', bool]],
  ['liquid_alpha', ['liquidAlpha', bool]],
  ['alpha_low_u16', ['alphaLowU16', int]],
  ['alpha_high_u16', ['alphaHighU16', int]],
  ['alpha_sigmoid_steepness', ['alphaSigmoidSteepness', int]],
  ['max_allowed_validators', ['maxAllowedValidators', int]],
  ['stake_threshold', ['stakeThreshold', big]],
  ['tao_weight_u64', ['taoWeightU64', big]],
  ['owner_uid', ['ownerUid', (value, what) => (value === null ? null : int(value, what))]],
  ['last_mechanism_step_block', ['lastMechanismStepBlock', big]],
  ['commit_reveal_enabled', ['commitRevealEnabled', bool]],
]);

export function parseEpochParams(value: unknown): EpochParams {
  const raw = rec(value, 'params');
  const params: Record<string, unknown> = {};
  for (const [key, [field, read]] of PARAM_KEYS) {
    if (!(key in raw)) throw new ScenarioShapeError(`params.${key} is missing`);
    params[field] = read(raw[key], `params.${key}`);
  }
  for (const key of Object.keys(raw)) {
    // deterministic: only checks membership
    if (!PARAM_KEYS.has(key)) throw new ScenarioShapeError(`params.${key} is not a known parameter`);
  }
  return params as unknown as EpochParams;
}

function emptyRows(n: number): Cell[][] {
  return Array.from({ length: n }, () => []);
}

function commitList(value: unknown, what: string): (bigint | null)[] {
  return list(value, what).map((x, i) => (x === null ? null : big(x, `${what}[${i}]`)));
}

export function createScenarioState(inputs: Rec): ScenarioState {
  const n = int(inputs.n, 'inputs.n');
  return {
    n,
    raoEmission: big(inputs.rao_emission, 'inputs.rao_emission'),
    params: parseEpochParams(inputs.params),
    stakeAlpha: bigList(inputs.stake_alpha, 'inputs.stake_alpha'),
    stakeTao: inputs.stake_tao === undefined ? new Array(n).fill(0n) : bigList(inputs.stake_tao, 'stake_tao'),
    blockAtRegistration: bigList(inputs.block_at_registration, 'inputs.block_at_registration'),
    lastUpdate: bigList(inputs.last_update, 'inputs.last_update'),
    validatorPermit: boolList(inputs.validator_permit, 'inputs.validator_permit'),
    weights: inputs.weights === undefined ? emptyRows(n) : rowList(inputs.weights, 'inputs.weights'),
    bonds: inputs.bonds === undefined ? emptyRows(n) : rowList(inputs.bonds, 'inputs.bonds'),
    commitBlocks:
      inputs.commit_blocks === undefined
        ? new Array(n).fill(null)
        : commitList(inputs.commit_blocks, 'inputs.commit_blocks'),
  };
}

/** The epoch's view of the state at `block`, distributing `raoEmission`. */
export function toEpochInputs(state: ScenarioState, block: bigint, raoEmission: bigint): EpochInputs {
  return {
    n: state.n,
    currentBlock: block,
    raoEmission,
    stakeAlpha: state.stakeAlpha,
    stakeTao: state.stakeTao,
    blockAtRegistration: state.blockAtRegistration,
    validatorPermit: state.validatorPermit,
    weights: state.weights,
    bonds: state.bonds,
    lastUpdate: state.lastUpdate,
    commitBlocks: state.commitBlocks,
  };
}

/** Writes `value` at `index`, first filling any gap with `fill` (storage vectors grow with the uids). */
export function setAt<T>(values: T[], index: number, value: T, fill: T): void {
  while (values.length < index) values.push(fill);
  values[index] = value;
}
