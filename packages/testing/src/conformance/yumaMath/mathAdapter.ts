/** An adapter runs one math function of the runtime on a vector's decoded arguments. */
import type { Vector, VectorOutcome } from '../conformanceSuite.js';
import type { MathArgs } from './mathArgs.js';
import type { MathOutput } from './mathOutput.js';

/** Returns the function's output (compared with `expected` by the suite), or a finished outcome (relations). */
export type MathAdapter = (args: MathArgs, vector: Vector) => MathOutput | VectorOutcome;
