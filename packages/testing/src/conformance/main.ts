/**
 * `npm run conformance -- path/to/vectors.json [more.json ...]`
 * Exit status 0 only when nothing failed and every file parsed.
 */
import { runConformance } from './runConformance.js';
import { suites } from './suites.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run conformance -- <vectors.json> [more.json ...]');
  process.exit(2);
}
const report = runConformance(files, suites, (line) => console.log(line));
process.exitCode = report.failed === 0 && report.brokenFiles === 0 ? 0 : 1;
