/**
 * `createDatabase(config)`: one Kysely instance over SQLite (better-sqlite3, WAL) or
 * PostgreSQL (pg), chosen by configuration. Everything else in the server is
 * engine-agnostic; the few engine-specific statements live in `dialect-sql.ts`.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import type { Database } from './schema.ts';

export type Engine = DatabaseConfig['engine'];

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  /** Closes every connection. */
  destroy(): Promise<void>;
}

// Plain dates and counts come back as JS values on both engines: keep int8 (COUNT(*)) a
// number rather than pg's default string.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/**
 * SQLite transactions begin IMMEDIATE: they take the write lock at BEGIN, where the busy
 * timeout applies. A deferred transaction that reads first and writes later cannot wait —
 * SQLite answers SQLITE_BUSY at once when another process (a CLI import, a reminder run, a
 * backup) holds the lock, because a read-to-write upgrade never calls the busy handler.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new (class extends SqliteDriver {
      override async beginTransaction(connection: DatabaseConnection) {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      }
    })(this.#config);
  }
}

/** Opens the database described by `config`; for SQLite it creates the folder and file. */
export function createDatabase(config: DatabaseConfig, options: { poolSize?: number } = {}): Db {
  if (config.engine === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const kysely = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: sqlite }),
    });
    return { kysely, engine: 'sqlite', destroy: () => kysely.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: options.poolSize ?? 10 });
  // An idle connection that the server drops (restart, failover) is removed from the pool;
  // without a listener its error would crash the process.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection error: ${err.message}`));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, engine: 'postgres', destroy: () => kysely.destroy() };
}
