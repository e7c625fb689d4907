/** Storage of the runtime migrations: `HasMigrationRun[name]`, so each migration runs once. */
import { Bytes, bool } from 'scale-ts';
import { Identity } from '../state/storageHasher.js';
import { keyPart, storageMap } from '../state/storageItem.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';

export const HasMigrationRun = storageMap<Uint8Array, boolean>({
  pallet: SUBTENSOR,
  name: 'HasMigrationRun',
  key: keyPart(Bytes(), Identity),
  value: bool,
  default: false,
  docs: 'Whether the migration of this name (UTF-8 bytes) has run.',
});

export const migrationsStorage = [HasMigrationRun];

/** The key of a migration name. */
export const migrationKey = (name: string): Uint8Array => new TextEncoder().encode(name);
