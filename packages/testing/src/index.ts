export * from './conformance/conformanceSuite.js';
export { loadVectors, runConformance, runVector, type ConformanceReport } from './conformance/runConformance.js';
export { suites } from './conformance/suites.js';
