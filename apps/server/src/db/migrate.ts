/**
 * Applies the migrations in `migrations/` in order, on both engines. The list is static (no
 * folder scanning) so that it works the same from source, in tests and in a bundle.
 * @module
 */
import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as m0001 from './migrations/0001-initial.ts';
import * as m0002 from './migrations/0002-task-extension.ts';
import * as m0004 from './migrations/0004-notifications.ts';
import * as m0005 from './migrations/0005-performance.ts';
import type { Database } from './schema.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-task-extension': m0002,
  '0004-notifications': m0004,
  '0005-performance': m0005,
};

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResultSet['results'],
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Migrates to the latest version; returns the names applied now (empty when up to date). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${String(error)}`, results);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of every migration this version knows, in order. */
export const knownMigrations = (): string[] => Object.keys(MIGRATIONS).sort();

/**
 * Migrates up to and including `name` (a restore loads a backup into the schema it was taken
 * from, then migrates to the latest).
 */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateTo(name);
  if (error) throw new MigrationError(`Migration to ${name} failed: ${String(error)}`, []);
}
