/**
 * Conformance suite for `kind: "epoch_scenario"` vectors (`yuma_epoch.json`, `yuma_epoch_examples.json`):
 * builds the in-memory subnet from `inputs`, applies the steps in order, runs the runtime's `yuma()` at
 * every `epoch` step (then stores its permits and bonds, as the chain does), and compares every field of
 * `emulator_exact` bit for bit and every key of `expect`.
 */
import { type StoredRow, yuma } from '@taonet/runtime';
import { type ConformanceSuite, fail, pass, type Vector, type VectorOutcome } from '../conformanceSuite.js';
import { checkExpect } from './checkExpect.js';
import { compareEmulatorExact } from './compareEpochOutputs.js';
import { createScenarioState, type ScenarioState, toEpochInputs } from './scenarioState.js';
import { applyStorageStep } from './scenarioSteps.js';
import { big, list, type Rec, rec, ScenarioShapeError } from './scenarioValues.js';

interface EpochCheck {
  readonly problem: string | null;
  readonly bonds: readonly StoredRow[];
}

function runEpochStep(
  state: ScenarioState,
  step: Rec,
  where: string,
  bondsBefore?: readonly StoredRow[],
): EpochCheck {
  const block = big(step.block, `${where}.block`);
  const raoEmission = step.rao_emission === undefined ? state.raoEmission : big(step.rao_emission, where);
  const out = yuma(toEpochInputs(state, block, raoEmission), state.params);
  let problem: string | null = null;
  if (step.emulator_exact !== undefined) {
    problem = compareEmulatorExact(rec(step.emulator_exact, `${where}.emulator_exact`), out);
  }
  if (problem === null && step.expect !== undefined) {
    problem = checkExpect(rec(step.expect, `${where}.expect`), out, bondsBefore);
  }
  state.validatorPermit = [...out.validatorPermit];
  state.bonds = out.bonds.map((row) => row.map(([j, value]): [number, number] => [j, value]));
  return { problem: problem === null ? null : `${where} at block ${block}: ${problem}`, bonds: out.bonds };
}

function runScenario(vector: Vector): VectorOutcome {
  const inputs = rec(vector.inputs, 'inputs');
  const state = createScenarioState(inputs);
  let bondsBefore: readonly StoredRow[] | undefined;
  for (const [index, raw] of list(inputs.steps, 'inputs.steps').entries()) {
    const step = rec(raw, `steps[${index}]`);
    const where = `step ${index} (${String(step.op)})`;
    if (step.op !== 'epoch') {
      applyStorageStep(state, step, where);
      continue;
    }
    const check = runEpochStep(state, step, where, bondsBefore);
    if (check.problem !== null) return fail(check.problem);
    if (step.record_bonds === 'before') bondsBefore = check.bonds;
  }
  return pass;
}

export const yumaEpochSuite: ConformanceSuite = {
  name: 'yuma epoch',
  accepts: (vector) => vector.kind === 'epoch_scenario',
  run(vector) {
    try {
      return runScenario(vector);
    } catch (error) {
      if (error instanceof ScenarioShapeError) return fail(`malformed scenario: ${error.message}`);
      throw error;
    }
  },
};
