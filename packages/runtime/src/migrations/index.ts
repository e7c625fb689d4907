export { migrateNetworkLockReductionInterval } from './migrateNetworkLockReductionInterval.js';
export { HasMigrationRun, migrationKey, migrationsStorage } from './schema.js';
