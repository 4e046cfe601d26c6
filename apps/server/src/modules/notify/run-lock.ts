/**
 * One reminder run at a time across server processes. PostgreSQL: a session advisory lock,
 * taken with `pg_try_advisory_lock` on a connection held for the run, so a second process
 * skips the run instead of waiting (the claim table would stop duplicates anyway; the lock
 * saves the work). SQLite serves one machine and its writers queue on the file: no lock.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

/** Runs `fn` holding the lock named `key`; `{ ran: false }` when another process holds it. */
export async function withRunLock<T>(
  db: Kysely<Database>,
  engine: Engine,
  key: string,
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (engine !== 'postgres') return { ran: true, value: await fn() };
  // The lock belongs to this one connection; `fn` uses other connections of the pool.
  return db.connection().execute(async (conn) => {
    const got = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as ok`.execute(conn);
    if (!got.rows[0]?.ok) return { ran: false } as const;
    try {
      return { ran: true, value: await fn() } as const;
    } finally {
      await sql`select pg_advisory_unlock(hashtextextended(${key}, 0))`.execute(conn);
    }
  });
}
