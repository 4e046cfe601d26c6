/**
 * Indexes for a million tasks (issue 8; see docs/performance.md).
 *
 * - Task lists: timeliness is derived from status, due date and completion date, so the lists
 *   are served by indexes on what derives it, in the order they are shown. The "due" sort key
 *   is the expression `coalesce(due_date, '9999-12-31')` (no deadline sorts last on both
 *   engines); expression indexes on it let a keyset page read 50 index entries instead of
 *   sorting every match. Partial indexes on the open statuses serve the open timeliness values
 *   (overdue, due soon, not due, no deadline) directly.
 * - Reports: one covering index with the state columns, so that counting by owner and
 *   timeliness reads the index, not the table.
 * - "As of" a past day: the timeline is read per task through a covering index on
 *   (task_id, seq, effective_date, to_status, owner_org_id, due_date), and by the owner of its
 *   events through (owner_org_id, effective_date, task_id).
 * - Search: the folded `search_text` of tasks, items and announcements gets a trigram index —
 *   SQLite FTS5 with the `trigram` tokenizer (contentless, keyed by a stable integer per
 *   row, kept in sync by triggers), PostgreSQL `pg_trgm` GIN indexes. Without `pg_trgm`
 *   (it cannot always be created) the migration logs why and search scans, as before.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type Db = Kysely<any>;

const OPEN = `('assigned', 'in_progress', 'reported', 'returned')`;
const DUE_KEY = `(coalesce(due_date, '9999-12-31'))`;

/** Rows with a search text, and the FTS5 / trigram objects over them. */
const SEARCHED = ['tasks', 'items', 'announcements'] as const;

const INDEXES = [
  // Lists of one owner (agency dashboards, "GET /api/tasks?owner=…"), any status, due order.
  `create index tasks_owner_due on tasks (owner_org_id, ${DUE_KEY}, id)`,
  // …of its open tasks: overdue first, then due soon, not due, no deadline.
  `create index tasks_owner_open_due on tasks (owner_org_id, ${DUE_KEY}, id)
     where active = 1 and status in ${OPEN}`,
  // Lists of everything in due order, and of every open task.
  `create index tasks_due on tasks (${DUE_KEY}, id) where active = 1`,
  `create index tasks_open_due on tasks (${DUE_KEY}, id) where active = 1 and status in ${OPEN}`,
  `create index tasks_updated on tasks (updated_at, id)`,
  // As of a past day: the tasks of a period changed after that day, found in the index alone.
  `create index tasks_changed on tasks (assigned_date, updated_at, id, completed_date)
     where active = 1`,
  // "As of": the task's timeline up to a day, and the tasks an org held.
  // (covering: the timeline lookup reads no table row)
  `create index task_events_state on task_events
     (task_id, seq, effective_date, to_status, owner_org_id, due_date)`,
  `create index task_events_owner_date on task_events (owner_org_id, effective_date, task_id)`,
  // Search results in issue order.
  `create index announcements_issued on announcements (issued_date, id)`,
];

/** Statements that (re)fill the SQLite search index from the rows; used by `up` and by the
 * benchmark loader after a bulk load. */
export const sqliteSearchBackfill: string[] = SEARCHED.flatMap((t) => [
  `delete from ${t}_fts`,
  `delete from ${t}_search_keys`,
  `insert into ${t}_search_keys (row_id) select id from ${t} order by rowid`,
  `insert into ${t}_fts (rowid, search_text)
     select k.id, r.search_text from ${t}_search_keys k join ${t} r on r.id = k.row_id`,
]);

function sqliteSearchObjects(t: string): string[] {
  const keyOf = (ref: string) => `(select id from ${t}_search_keys where row_id = ${ref}.id)`;
  return [
    // A stable integer per row (rowids of tables without an INTEGER PRIMARY KEY may change
    // on VACUUM, so the FTS rowid cannot be the table's own).
    `create table ${t}_search_keys (id integer primary key, row_id text not null unique)`,
    `create virtual table ${t}_fts using fts5(
       search_text, content = '', contentless_delete = 1, tokenize = 'trigram')`,
    `create trigger ${t}_fts_insert after insert on ${t} begin
       insert into ${t}_search_keys (row_id) values (new.id);
       insert into ${t}_fts (rowid, search_text) values (${keyOf('new')}, new.search_text);
     end`,
    `create trigger ${t}_fts_update after update of search_text on ${t} begin
       delete from ${t}_fts where rowid = ${keyOf('old')};
       insert into ${t}_fts (rowid, search_text) values (${keyOf('new')}, new.search_text);
     end`,
    `create trigger ${t}_fts_delete after delete on ${t} begin
       delete from ${t}_fts where rowid = ${keyOf('old')};
       delete from ${t}_search_keys where row_id = old.id;
     end`,
  ];
}

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Creates pg_trgm if it is missing; false (with a log line) when it cannot. */
async function ensureTrigram(db: Db): Promise<boolean> {
  const have = await sql`select 1 from pg_extension where extname = 'pg_trgm'`.execute(db);
  if (have.rows.length) return true;
  await sql`savepoint ketluan_pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`release savepoint ketluan_pg_trgm`.execute(db);
    return true;
  } catch (err) {
    await sql`rollback to savepoint ketluan_pg_trgm`.execute(db);
    console.warn(
      `[migrate 0005] pg_trgm could not be created (${(err as Error).message}); ` +
        'search will scan without a trigram index. Fix: as a superuser, run ' +
        '"create extension pg_trgm" in this database, then re-create the indexes ' +
        'tasks_search_trgm, items_search_trgm, announcements_search_trgm (see docs/performance.md).',
    );
    return false;
  }
}

/**
 * Counts by status, owner and due-date bucket, read from the index alone (done tasks are one
 * range of it, the others a few). SQLite groups in index order, so owner comes second;
 * PostgreSQL hashes the groups, so the period of assignment comes second and a year is one range.
 */
const reportIndex = (postgres: boolean) =>
  `create index tasks_report on tasks (status, ${
    postgres ? 'assigned_date, owner_org_id' : 'owner_org_id, assigned_date'
  }, updated_at, due_date, completed_date) where active = 1`;

export async function up(db: Db): Promise<void> {
  const postgres = isPostgres(db);
  await sql.raw('drop index if exists tasks_owner_status_due').execute(db);
  for (const s of [...INDEXES, reportIndex(postgres)]) await sql.raw(s).execute(db);
  if (postgres) {
    if (await ensureTrigram(db)) {
      for (const t of SEARCHED)
        await sql
          .raw(`create index ${t}_search_trgm on ${t} using gin (search_text gin_trgm_ops)`)
          .execute(db);
    }
    // Search asks the planner how common a term is (EXPLAIN of a LIKE, which it estimates on
    // the column's histogram): 1000 buckets tell 0.1% from 1%, the default 100 do not.
    for (const t of SEARCHED)
      await sql.raw(`alter table ${t} alter column search_text set statistics 1000`).execute(db);
  } else {
    for (const t of SEARCHED) for (const s of sqliteSearchObjects(t)) await sql.raw(s).execute(db);
    for (const s of sqliteSearchBackfill) await sql.raw(s).execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  const postgres = isPostgres(db);
  for (const s of [...INDEXES, reportIndex(postgres)]) {
    const name = /create index (\w+)/.exec(s)?.[1];
    if (name) await sql.raw(`drop index if exists ${name}`).execute(db);
  }
  await sql
    .raw('create index tasks_owner_status_due on tasks (owner_org_id, status, due_date, id)')
    .execute(db);
  for (const t of SEARCHED) {
    if (postgres) {
      await sql.raw(`drop index if exists ${t}_search_trgm`).execute(db);
      await sql.raw(`alter table ${t} alter column search_text set statistics -1`).execute(db);
    } else {
      for (const k of ['insert', 'update', 'delete'])
        await sql.raw(`drop trigger if exists ${t}_fts_${k}`).execute(db);
      await sql.raw(`drop table if exists ${t}_fts`).execute(db);
      await sql.raw(`drop table if exists ${t}_search_keys`).execute(db);
    }
  }
}
