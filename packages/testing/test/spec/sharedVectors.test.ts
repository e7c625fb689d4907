/**
 * The shared conformance vectors, run inside `npm test` through the same runner as
 * `npm run conformance`: every runnable vector must pass; only descriptive entries may be skipped.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runConformance } from '../../src/conformance/runConformance.js';
import { suites } from '../../src/conformance/suites.js';

const VECTORS = join(dirname(fileURLToPath(import.meta.url)), '../../vectors');

/** Files whose every runnable vector is implemented; the others join as their issues land. */
const FILES = [
  'yuma_math.json',
  'yuma_math_examples.json',
  'yuma_epoch.json',
  'yuma_epoch_examples.json',
  'economics_examples.json',
  'economics.json',
];

describe('shared conformance vectors', () => {
  for (const file of FILES) {
    it(`${file}: 0 failed, only descriptive skips`, () => {
      const lines: string[] = [];
      const report = runConformance([join(VECTORS, file)], suites, (line) => lines.push(line));
      const problems = lines.filter((line) => line.startsWith('FAIL') || line.startsWith('ERROR'));
      assert.deepEqual(problems, [], problems.join('\n'));
      assert.equal(report.brokenFiles, 0);
      assert.ok(report.passed > 0, 'no vector ran');
      const skips = lines.filter((line) => line.startsWith('SKIP'));
      for (const skip of skips) assert.match(skip, /descript|description/, skip);
    });
  }
});
