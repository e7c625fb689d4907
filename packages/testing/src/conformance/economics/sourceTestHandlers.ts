/**
 * Scenario vectors of `economics.json` that come from a Rust test of a pure function: the handler is chosen
 * by the test's name (the identifier after the last `::` of `source_test`, or the test file when the vector
 * covers a whole file).
 */
import type { EconomicsHandler } from './economicsSuite.js';

const HANDLERS = new Map<string, EconomicsHandler>();

/** The key of a `source_test`: `test_swap_basic` for `swap tests.rs::test_swap_basic`, else the file name. */
export function sourceTestKey(sourceTest: string): string {
  const at = sourceTest.lastIndexOf('::');
  if (at >= 0) return sourceTest.slice(at + 2).split(/[\s/]/)[0] ?? '';
  const file = sourceTest.split(/\s/)[0] ?? '';
  return file.slice(file.lastIndexOf('/') + 1);
}

export function sourceTestHandler(sourceTest: string): EconomicsHandler | undefined {
  return HANDLERS.get(sourceTestKey(sourceTest));
}
