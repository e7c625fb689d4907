/** The shape of every economics vector handler: read inputs, compute through the runtime, record differences. */
import type { Vector } from '../conformanceSuite.js';
import type { OutputCheck } from './outputCheck.js';
import type { Rec } from './vectorValues.js';

export type EconomicsHandler = (inputs: Rec, expected: Rec, check: OutputCheck, vector: Vector) => void;
