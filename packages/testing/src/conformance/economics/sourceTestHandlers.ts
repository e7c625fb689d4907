/**
 * Scenario vectors of `economics.json` that come from a Rust test of a pure function: the handler is chosen
 * by the test's name (the identifier after the last `::` of `source_test`, or the test file when the vector
 * covers a whole file).
 */
import { COINBASE_TEST_HANDLERS } from './coinbaseTestHandlers.js';
import type { EconomicsHandler } from './economicsHandler.js';
import { REGISTRATION_TEST_HANDLERS } from './registrationTestHandlers.js';
import { SHARE_POOL_TEST_HANDLERS } from './sharePoolTestHandlers.js';
import { SWAP_TEST_HANDLERS } from './swapTestHandlers.js';

const HANDLERS = new Map<string, EconomicsHandler>([
  ...COINBASE_TEST_HANDLERS,
  ...REGISTRATION_TEST_HANDLERS,
  ...SHARE_POOL_TEST_HANDLERS,
  ...SWAP_TEST_HANDLERS,
]);

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
