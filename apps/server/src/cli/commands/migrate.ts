import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Apply database migrations (SQLite file or KETLUAN_DATABASE_URL)')
    .action(async () => {
      const config = loadConfig(process.env);
      const db = createDatabase(config.database);
      try {
        const applied = await migrateToLatest(db.kysely);
        process.stdout.write(
          applied.length
            ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
            : 'Database is up to date.\n',
        );
      } finally {
        await db.destroy();
      }
    });
}
