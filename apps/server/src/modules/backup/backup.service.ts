/**
 * `ketluan backup FILE` and `ketluan restore FILE`: a consistent copy of the database and its
 * attachments while the server runs, and the way back. SQLite is copied with its online backup
 * API into a database file; PostgreSQL (or SQLite with `--format jsonl`) is exported as JSON
 * lines from one snapshot transaction. A restore goes into an empty database (or, with
 * `force`, replaces the current one), then checks row counts and the audit hash chain.
 * @module
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../../config.ts';
import { createDatabase, type Db } from '../../db/database.ts';
import { knownMigrations, migrateTo, migrateToLatest } from '../../db/migrate.ts';
import type { Database } from '../../db/schema.ts';
import { systemClock } from '../../lib/clock.ts';
import { createAuditService } from '../audit/audit.service.ts';
import { type Counts, exportLogical, importLogical, parseHeader } from './logical.ts';
import { backupSqlite, isSqliteFile, restoreSqlite, sqliteHasData } from './sqlite-file.ts';

export type BackupFormat = 'sqlite' | 'jsonl';

export interface BackupReport extends Counts {
  format: BackupFormat;
  file: string;
}

export interface RestoreReport extends Counts {
  format: BackupFormat;
  chain: { ok: boolean; checked: number; brokenAt: number | null };
}

/** Copies the configured database (and attachments) into `file`. */
export async function backup(
  config: Config,
  file: string,
  options: { format?: BackupFormat; force?: boolean; now?: Date } = {},
): Promise<BackupReport> {
  if (existsSync(file) && !options.force)
    throw new Error(`${file} already exists (use --force to overwrite it)`);
  const format = options.format ?? (config.database.engine === 'sqlite' ? 'sqlite' : 'jsonl');
  if (format === 'sqlite') {
    if (config.database.engine !== 'sqlite')
      throw new Error('The sqlite format copies a SQLite database; use jsonl for PostgreSQL');
    const counts = await backupSqlite(config.database.file, file, config.dataDir);
    return { format, file, ...counts };
  }
  const db = createDatabase(config.database, { poolSize: 1 });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  try {
    const write = async (line: string) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    };
    const counts = await exportLogical(
      db.kysely,
      db.engine,
      config.dataDir,
      write,
      options.now ?? new Date(),
    );
    out.end();
    await once(out, 'finish');
    renameSync(tmp, file);
    return { format, file, ...counts };
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    await db.destroy();
  }
}

/** Whether the configured database already holds data (a restore would replace it). */
async function hasData(config: Config, db: Db): Promise<boolean> {
  if (config.database.engine === 'sqlite') return sqliteHasData(config.database.file);
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where c.relkind = 'r' and s.nspname = current_schema()`.execute(db.kysely);
  return Number(rows[0]?.n) > 0;
}

/** Drops every table of the PostgreSQL schema (restore --force). */
async function dropAllTables(db: Kysely<Database>) {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where c.relkind = 'r' and s.nspname = current_schema()`.execute(db);
  for (const r of rows) await sql`drop table if exists ${sql.table(r.name)} cascade`.execute(db);
}

async function* linesOf(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  yield* rl;
}

/** Replaces the configured database with the backup in `file` (either format). */
export async function restore(
  config: Config,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreReport> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const sqliteFile = isSqliteFile(file);
  if (sqliteFile && config.database.engine !== 'sqlite')
    throw new Error(
      'This backup is a SQLite file: restore it into SQLite (no KETLUAN_DATABASE_URL)',
    );
  let db = createDatabase(config.database, { poolSize: 1 });
  try {
    if ((await hasData(config, db)) && !options.force)
      throw new Error('The database is not empty: restore into an empty one, or use --force');
    let counts: Counts;
    if (sqliteFile && config.database.engine === 'sqlite') {
      await db.destroy();
      counts = await restoreSqlite(file, config.database.file, config.dataDir);
      db = createDatabase(config.database, { poolSize: 1 });
    } else {
      const lines = linesOf(file);
      const first = await lines.next();
      const header = parseHeader(first.done ? undefined : first.value);
      const unknown = header.migrations.filter((m) => !knownMigrations().includes(m));
      if (unknown.length)
        throw new Error(`The backup comes from a newer ketluan (migrations ${unknown.join(', ')})`);
      if (config.database.engine === 'postgres') await dropAllTables(db.kysely);
      else if (options.force) {
        await db.destroy();
        for (const s of ['', '-wal', '-shm'])
          rmSync(`${config.database.file}${s}`, { force: true });
        db = createDatabase(config.database, { poolSize: 1 });
      }
      const last = header.migrations.at(-1);
      if (last) await migrateTo(db.kysely, last);
      counts = await importLogical(db.kysely, db.engine, config.dataDir, lines);
    }
    await migrateToLatest(db.kysely);
    const audit = createAuditService({ engine: db.engine, clock: systemClock });
    const chain = await audit.verifyChain(db.kysely);
    return { format: sqliteFile ? 'sqlite' : 'jsonl', ...counts, chain };
  } finally {
    await db.destroy();
  }
}
