/**
 * Scenario vectors of `economics.json`, each from a Rust test: the handler is chosen by the test's name (the
 * identifier after the last `::` of `source_test`, or the test file when the vector covers a whole file). Tests
 * of a pure function call it; stateful tests (coinbase, distribution, root claims, migrations) run the
 * runtime's functions on a mock chain set up as the test does.
 */
import { COINBASE_SCENARIO_HANDLERS } from './coinbaseScenarioHandlers.js';
import { COINBASE_TEST_HANDLERS } from './coinbaseTestHandlers.js';
import { DISTRIBUTION_SCENARIO_HANDLERS } from './distributionScenarioHandlers.js';
import type { EconomicsHandler } from './economicsHandler.js';
import { MIGRATION_TEST_HANDLERS } from './migrationTestHandlers.js';
import { REGISTRATION_TEST_HANDLERS } from './registrationTestHandlers.js';
import { ROOT_CLAIM_SCENARIO_HANDLERS } from './rootClaimScenarioHandlers.js';
import { SHARE_POOL_TEST_HANDLERS } from './sharePoolTestHandlers.js';
import { SWAP_TEST_HANDLERS } from './swapTestHandlers.js';

const HANDLERS = new Map<string, EconomicsHandler>([
  ...COINBASE_TEST_HANDLERS,
  ...COINBASE_SCENARIO_HANDLERS,
  ...DISTRIBUTION_SCENARIO_HANDLERS,
  ...ROOT_CLAIM_SCENARIO_HANDLERS,
  ...MIGRATION_TEST_HANDLERS,
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
