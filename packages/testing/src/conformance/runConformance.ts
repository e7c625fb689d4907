/**
 * Runs vector files through the suites and reports one line per vector, then
 * `N passed, M failed, K skipped` (the runner contract of the shared vectors' README).
 */
import { readFileSync } from 'node:fs';
import type { ConformanceSuite, Vector, VectorOutcome } from './conformanceSuite.js';
import { fail, skip } from './conformanceSuite.js';
import { parseJsonLossless } from './parseJsonLossless.js';

export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** files that could not be read or parsed */
  readonly brokenFiles: number;
}

const DESCRIPTIVE_KINDS = new Set(['description', 'property']);

export function runVector(vector: Vector, suites: readonly ConformanceSuite[]): VectorOutcome {
  const suite = suites.find((candidate) => candidate.accepts(vector));
  if (suite === undefined) {
    if (vector.kind !== undefined && DESCRIPTIVE_KINDS.has(vector.kind)) {
      return skip(`kind "${vector.kind}" has no runnable inputs`);
    }
    const what = vector.function ?? vector.kind ?? 'unknown';
    return fail(`not implemented: no conformance suite runs "${what}" yet`);
  }
  try {
    return suite.run(vector);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(`${suite.name} threw: ${message}`);
  }
}

export function loadVectors(path: string): Vector[] {
  const parsed = parseJsonLossless(readFileSync(path, 'utf8'));
  const list = Array.isArray(parsed) ? parsed : (parsed as { vectors?: unknown }).vectors;
  if (!Array.isArray(list)) throw new Error('expected a JSON array of vectors (or {"vectors": [...]})');
  return list.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`entry ${index} is not an object`);
    const name = (entry as { name?: unknown }).name;
    return { ...(entry as object), name: typeof name === 'string' ? name : `#${index}` } as Vector;
  });
}

export function runConformance(
  files: readonly string[],
  suites: readonly ConformanceSuite[],
  print: (line: string) => void,
): ConformanceReport {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let brokenFiles = 0;
  for (const file of files) {
    let vectors: Vector[];
    try {
      vectors = loadVectors(file);
    } catch (error) {
      brokenFiles++;
      print(`ERROR ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const vector of vectors) {
      const outcome = runVector(vector, suites);
      if (outcome.status === 'pass') {
        passed++;
        print(`PASS ${vector.name}`);
      } else if (outcome.status === 'fail') {
        failed++;
        print(`FAIL ${vector.name}: ${outcome.reason}`);
      } else {
        skipped++;
        print(`SKIP ${vector.name}: ${outcome.reason}`);
      }
    }
  }
  print(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { passed, failed, skipped, brokenFiles };
}
