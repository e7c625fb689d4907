export * from './conformance/conformanceSuite.js';
export {
  type ConformanceReport,
  loadVectors,
  runConformance,
  runVector,
} from './conformance/runConformance.js';
export { suites } from './conformance/suites.js';
