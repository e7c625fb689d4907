/**
 * `migrate_network_lock_reduction_interval`: mainnet's subnet-registration parameters (economics.md §7): the
 * lock decays over 57_600 blocks (eight days), subnets register at most every 28_800 blocks (four days), the
 * last lock is 1_000 TAO and is held (cost 2_000 TAO) for a week from the migration block, when registrations
 * open. Runs once (`HasMigrationRun`); returns whether it ran.
 */
import { saturatingAddU64 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import {
  NetworkLastLockCost,
  NetworkLastRegistered,
  NetworkLockReductionInterval,
  NetworkRateLimit,
  NetworkRegistrationStartBlock,
} from '../subnets/schema.js';
import { HasMigrationRun, migrationKey } from './schema.js';

const NAME = 'migrate_network_lock_reduction_interval';
const EIGHT_DAYS = 57_600n;
const FOUR_DAYS = 28_800n;
const ONE_WEEK_BLOCKS = 50_400n;
const LAST_LOCK = 1_000_000_000_000n;

export function migrateNetworkLockReductionInterval(ctx: Pick<DispatchContext, 'state' | 'block'>): boolean {
  const { state } = ctx;
  const key = migrationKey(NAME);
  if (HasMigrationRun.get(state, [key])) return false;
  const start = saturatingAddU64(BigInt(ctx.block.number), ONE_WEEK_BLOCKS);
  NetworkLockReductionInterval.set(state, EIGHT_DAYS);
  NetworkRateLimit.set(state, FOUR_DAYS);
  NetworkLastLockCost.set(state, LAST_LOCK);
  NetworkLastRegistered.set(state, start);
  NetworkRegistrationStartBlock.set(state, start);
  HasMigrationRun.set(state, [key], true);
  return true;
}
