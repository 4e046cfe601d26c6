/**
 * A cheap fingerprint of the whole database, on either engine: the row count of every table
 * and, for tables with optimistic-concurrency versions, the sum of versions (so an update that
 * keeps counts still shows), in one query. Auth bookkeeping (sessions, login attempts) is left
 * out: a refused sign-in is recorded there by design; so are SQLite's full-text index tables.
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

export type Snapshot = Record<string, string>;

const SKIPPED = new Set(['sessions', 'login_attempts']);

/** Returns `snapshot()`, which reads the fingerprint; the table list is read once. `skip`
 * replaces the default list of tables left out. */
export async function snapshotter(
  db: Kysely<Database>,
  options: { skip?: Iterable<string> } = {},
): Promise<() => Promise<Snapshot>> {
  const skip = new Set(options.skip ?? SKIPPED);
  // SQLite: full-text indexes (virtual tables and their shadow tables) are derived data.
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const { rows } = await sql<{ name: string }>`
      select name from pragma_table_list where type in ('virtual', 'shadow')`.execute(db);
    for (const r of rows) skip.add(r.name);
  }
  const tables = (await db.introspection.getTables()).filter((t) => !t.isView && !skip.has(t.name));
  const parts = tables.map((t) => {
    const versioned = t.columns.some((c) => c.name === 'version');
    const name = sql.id(t.name);
    const sum = versioned ? sql`coalesce(sum(${sql.id('version')}), 0)` : sql`0`;
    return sql`select ${sql.lit(t.name)} as t, count(*) as n, ${sum} as v from ${name}`;
  });
  const query = sql.join(parts, sql` union all `);
  return async () => {
    const { rows } = await sql<{ t: string; n: number; v: number }>`${query}`.execute(db);
    return Object.fromEntries(rows.map((r) => [r.t, `${Number(r.n)}/${Number(r.v)}`]));
  };
}

/** Row counts of every table (kysely's own bookkeeping excluded), e.g. to compare backups. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const snap = await (await snapshotter(db, { skip: [] }))();
  return Object.fromEntries(
    Object.entries(snap)
      .filter(([t]) => !t.startsWith('kysely_'))
      .map(([t, v]) => [t, Number(v.split('/')[0])]),
  );
}
