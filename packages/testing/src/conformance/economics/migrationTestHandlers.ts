/** `economics.json` scenarios from subtensor's migration tests, run through the runtime's migrations. */
import {
  getNetworkLockCostAt,
  migrateNetworkLockReductionInterval,
  NetworkLastLockCost,
  NetworkLockReductionInterval,
  NetworkRateLimit,
} from '@taonet/runtime';
import type { EconomicsHandler } from './economicsHandler.js';
import { createMockChain } from './mockChain.js';

/** The migration tests step one block before migrating (`step_block(1)`: the current block is 2). */
const MIGRATION_BLOCK = 2;

/**
 * `test_migrate_network_lock_reduction_interval_and_decay`: after the migration the last lock block is a week
 * ahead, so the lock costs twice the last lock until then.
 */
const lockReductionInterval: EconomicsHandler = (inputs, expected, check) => {
  const chain = createMockChain(MIGRATION_BLOCK);
  const { state } = chain;
  check.isTrue('migration', migrateNetworkLockReductionInterval(chain.ctx()), 'the migration did not run');
  check.exact('NetworkLastLockCost (input)', inputs.NetworkLastLockCost, NetworkLastLockCost.get(state));
  check.exact('lock_cost', expected.lock_cost, getNetworkLockCostAt(state, BigInt(chain.block)));
  check.exact(
    'NetworkLockReductionInterval',
    expected.NetworkLockReductionInterval,
    NetworkLockReductionInterval.get(state),
  );
  check.exact('NetworkRateLimit', expected.NetworkRateLimit, NetworkRateLimit.get(state));
  check.isTrue('rerun', !migrateNetworkLockReductionInterval(chain.ctx()), 'the migration ran twice');
};

export const MIGRATION_TEST_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_migrate_network_lock_reduction_interval_and_decay', lockReductionInterval],
];
