/**
 * The few statements that differ between SQLite and PostgreSQL. Everything else uses
 * portable Kysely builder calls.
 * @module
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Engine } from './database.ts';
import type { Database } from './schema.ts';

/**
 * Serialises writers of one logical resource (an audit chain head, a register) until the
 * transaction ends. PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to do,
 * since a single connection already runs one transaction at a time.
 */
export async function lockForTransaction(
  trx: Kysely<Database>,
  engine: Engine,
  key: string,
): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

/** True when the error is a unique-constraint violation on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * True when PostgreSQL refused a value itself (SQLSTATE class 22, "data exception": a number
 * out of an integer column's range, text it cannot store): the input was bad, not the server.
 * SQLite stores such values without complaint.
 */
export function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Whole days from the date in column `from` to the date in column `to` (both YYYY-MM-DD). */
export function daysBetween(engine: Engine, from: string, to: string): RawBuilder<number> {
  return engine === 'postgres'
    ? sql<number>`(cast(${sql.ref(to)} as date) - cast(${sql.ref(from)} as date))`
    : sql<number>`cast(julianday(${sql.ref(to)}) - julianday(${sql.ref(from)}) as integer)`;
}
