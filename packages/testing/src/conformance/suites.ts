/** Every conformance suite, in the order they are asked whether they accept a vector. */
import type { ConformanceSuite } from './conformanceSuite.js';

export const suites: readonly ConformanceSuite[] = [];
