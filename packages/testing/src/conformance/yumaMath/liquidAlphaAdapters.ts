/**
 * Adapters for liquid alpha (Yuma 3, yuma.md §1.10): the element-wise sigmoid, the sparse alpha matrix,
 * and the relation "liquid alpha with low == high behaves like the fixed alpha" on dense `compute_bonds`.
 */
import { I32F32 } from '@taonet/primitives';
import {
  alphaSigmoid,
  type BondsEmaParams,
  computeBondsDense,
  computeLiquidAlphaValuesSparse,
  u16ProportionToFixed,
} from '@taonet/runtime';
import { fail, pass, type Vector } from '../conformanceSuite.js';
import type { MathAdapter } from './mathAdapter.js';
import type { MathArgs } from './mathArgs.js';
import { decodeTolerance, diffOutput, output } from './mathOutput.js';

const steepnessOf = (a: MathArgs, name: string): I32F32 => I32F32.saturatingFromInt(a.int(name));

const alphaSigmoidAdapter: MathAdapter = (a) => {
  const consensus = a.vec('consensus');
  const weight = a.vec('weight');
  const bond = a.vec('bond');
  const low = a.fixed('alpha_low');
  const high = a.fixed('alpha_high');
  const steepness = a.fixed('steepness');
  const length = Math.min(consensus.length, weight.length, bond.length);
  const alphas = Array.from({ length }, (_, i) =>
    alphaSigmoid(consensus[i] as I32F32, weight[i] as I32F32, bond[i] as I32F32, low, high, steepness),
  );
  return output.vector(alphas);
};

const liquidAlphaSparseAdapter: MathAdapter = (a) =>
  output.dense(
    computeLiquidAlphaValuesSparse(
      a.sparse('weights'),
      a.sparse('bonds'),
      a.vec('consensus'),
      a.fixed('alpha_low'),
      a.fixed('alpha_high'),
      a.fixed('steepness'),
    ),
  );

/** `compute_bonds` dense with liquid alpha on (low = high) against liquid alpha off, within the tolerance. */
const liquidVsFixedAdapter: MathAdapter = (a, vector: Vector) => {
  const weights = a.dense('weights');
  const bonds = a.dense('bonds');
  const consensus = a.vec('consensus');
  const params: BondsEmaParams = {
    liquidAlpha: true,
    alphaLow: u16ProportionToFixed(a.int('alpha_low_u16')),
    alphaHigh: u16ProportionToFixed(a.int('alpha_high_u16')),
    alphaSigmoidSteepness: steepnessOf(a, 'alpha_sigmoid_steepness'),
    bondsMovingAverage: a.u64('bonds_moving_average'),
  };
  const liquid = output.dense(computeBondsDense(weights, bonds, consensus, params));
  const fixed = output.dense(computeBondsDense(weights, bonds, consensus, { ...params, liquidAlpha: false }));
  const diff = diffOutput(liquid, fixed.value, decodeTolerance(vector.tolerance, 'I32F32'));
  return diff === null ? pass : fail(`liquid alpha (expected = fixed alpha) vs actual (liquid): ${diff}`);
};

export const LIQUID_ALPHA_ADAPTERS: ReadonlyMap<string, MathAdapter> = new Map<string, MathAdapter>([
  ['alpha_sigmoid', alphaSigmoidAdapter],
  ['compute_liquid_alpha_values_sparse', liquidAlphaSparseAdapter],
  ['compute_bonds_dense_liquid_vs_fixed', liquidVsFixedAdapter],
]);
