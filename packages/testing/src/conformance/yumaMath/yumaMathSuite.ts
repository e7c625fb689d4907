/**
 * Conformance suite for the Yuma math vectors (`yuma_math.json`, `yuma_math_examples.json`; yuma.md §3.2):
 * `{name, function, args, types, expected, expected_type, tolerance}`. The `function` picks an adapter that
 * calls the runtime's epoch math helper on the arguments decoded by `types`; the output is compared with
 * `expected` decoded by `expected_type` (bit for bit when `tolerance` is "exact"). Only descriptive entries
 * (`expected_type: "description"`, or no arguments) are skipped.
 */
import {
  type ConformanceSuite,
  fail,
  pass,
  skip,
  type Vector,
  type VectorOutcome,
} from '../conformanceSuite.js';
import { DENSE_ADAPTERS } from './denseAdapters.js';
import { LIQUID_ALPHA_ADAPTERS } from './liquidAlphaAdapters.js';
import type { MathAdapter } from './mathAdapter.js';
import { MathArgs } from './mathArgs.js';
import { decodeExpected, decodeTolerance, diffOutput } from './mathOutput.js';
import { MathVectorError } from './mathVectorError.js';
import { MATRIX_ADAPTERS } from './matrixAdapters.js';
import { VECTOR_ADAPTERS } from './vectorAdapters.js';

const ADAPTERS: ReadonlyMap<string, MathAdapter> = new Map([
  ...VECTOR_ADAPTERS,
  ...MATRIX_ADAPTERS,
  ...LIQUID_ALPHA_ADAPTERS,
  ...DENSE_ADAPTERS,
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A math vector: a `function` with `args` / `expected_type`, not an economics vector (`kind`, `inputs`). */
function isMathVector(vector: Vector): boolean {
  return (
    typeof vector.function === 'string' &&
    vector.kind === undefined &&
    !('inputs' in vector) &&
    ('args' in vector || 'expected_type' in vector)
  );
}

function runMathVector(vector: Vector, adapter: MathAdapter, args: Record<string, unknown>): VectorOutcome {
  const types = isRecord(vector.types) ? vector.types : {};
  const result = adapter(new MathArgs(args, types), vector);
  if ('status' in result) return result;
  const expectedType = String(vector.expected_type);
  const expected = decodeExpected(vector.expected, result.shape, result.leaf, expectedType);
  const diff = diffOutput(result, expected, decodeTolerance(vector.tolerance, result.leaf));
  return diff === null ? pass : fail(diff);
}

export const yumaMathSuite: ConformanceSuite = {
  name: 'yuma-math',
  accepts: isMathVector,
  run(vector) {
    const fn = vector.function as string;
    if (vector.expected_type === 'description') {
      return skip(`descriptive entry for ${fn} (expected_type "description")`);
    }
    if (!isRecord(vector.args) || Object.keys(vector.args).length === 0) {
      return skip(`descriptive entry for ${fn} (no runnable args)`);
    }
    const adapter = ADAPTERS.get(fn);
    if (adapter === undefined) return fail(`not implemented: no math adapter for "${fn}"`);
    try {
      return runMathVector(vector, adapter, vector.args);
    } catch (error) {
      if (error instanceof MathVectorError) return fail(`malformed math vector: ${error.message}`);
      throw error;
    }
  },
};
