/** Every conformance suite, in the order they are asked whether they accept a vector. */
import type { ConformanceSuite } from './conformanceSuite.js';
import { economicsSuite } from './economics/economicsSuite.js';
import { yumaEpochSuite } from './yumaEpoch/yumaEpochSuite.js';
import { yumaMathSuite } from './yumaMath/yumaMathSuite.js';

export const suites: readonly ConformanceSuite[] = [economicsSuite, yumaEpochSuite, yumaMathSuite];
