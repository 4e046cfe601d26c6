/**
 * One search box over tasks, agenda items and announcements, accent-insensitive on both
 * engines ("so giao duc" finds "Sở Giáo dục", "dat" finds "đất"): every record keeps a folded
 * copy of its text (`search_text`), and the query is folded the same way. Every folded term
 * must occur; nothing in a term is a wildcard.
 *
 * At scale (docs/performance.md) a term is found through a trigram index (migration 0005):
 * SQLite's FTS5 `<table>_fts` tables (trigram tokenizer), PostgreSQL's pg_trgm GIN indexes.
 * Those pay off for a rare term only: for a common one ("dat", "quy hoach") the rows read in
 * result order reach a page of matches sooner than the index reaches its candidates. So the
 * rarest term, if rare enough, goes through the index, and every term is checked by a plain
 * substring test (`instr` / `strpos`) on the rows read.
 * @module
 */
import { foldVietnamese, type Role } from '@ketluan/contracts';
import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { escapeLike } from '../orgs/orgs.repository.ts';

const READ_ALL: readonly Role[] = ['admin', 'office', 'leader', 'viewer'];

/** Terms shorter than a trigram cannot use the trigram indexes. */
export const TRIGRAM = 3;
/**
 * A term with at most this many rows is "rare": fetching its rows through the trigram index
 * and sorting them beats reading rows in result order.
 */
export const RARE_ROWS = 1000;

export type SearchedTable = 'tasks' | 'items' | 'announcements';

export const isPostgres = (db: Kysely<Database>) =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/** The row contains the term, taken literally (no wildcards). */
function contains(col: string, term: string, postgres: boolean): RawBuilder<SqlBool> {
  return postgres
    ? sql<SqlBool>`strpos(${sql.ref(col)}, ${term}) > 0`
    : sql<SqlBool>`instr(${sql.ref(col)}, ${term}) > 0`;
}

/** FTS5 query of one term: a quoted phrase, i.e. a substring with the trigram tokenizer. */
const ftsPhrase = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** SQLite: the rarest term of three or more letters with at most RARE_ROWS rows, if any. */
async function rareTermSqlite(
  db: Kysely<Database>,
  table: SearchedTable,
  terms: string[],
): Promise<string | null> {
  const fts = sql.table(`${table}_fts`);
  let best: { term: string; n: number } | null = null;
  for (const term of terms) {
    const r = await sql<{ n: number }>`select count(*) as n from (
        select rowid from ${fts} where ${fts} match ${ftsPhrase(term)} limit ${RARE_ROWS + 1})`.execute(
      db,
    );
    const n = Number(r.rows[0]?.n ?? 0);
    if (n <= RARE_ROWS && (!best || n < best.n)) best = { term, n };
    if (best && best.n <= RARE_ROWS / 10) break; // rare enough: no need to look further
  }
  return best?.term ?? null;
}

/**
 * PostgreSQL: the rarest term by the planner's own estimate (EXPLAIN, no execution): for a LIKE
 * with a leading wildcard it tests the pattern on the column's histogram sample, which tells a
 * common term from a rare one well enough, for a fraction of a millisecond.
 */
async function rareTermPostgres(
  db: Kysely<Database>,
  table: SearchedTable,
  terms: string[],
): Promise<string | null> {
  const branches = terms.map(
    (t) => sql`select 1 from ${sql.table(table)} where search_text like ${`%${escapeLike(t)}%`}`,
  );
  const r = await sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>`explain (format json) ${sql.join(
    branches,
    sql` union all `,
  )}`.execute(db);
  const plan = r.rows[0]?.['QUERY PLAN'][0]?.Plan;
  const estimates = terms.length > 1 ? (plan?.Plans ?? []) : plan ? [plan] : [];
  let best: { term: string; n: number } | null = null;
  terms.forEach((term, i) => {
    const n = Number(estimates[i]?.['Plan Rows'] ?? Number.POSITIVE_INFINITY);
    if (n <= RARE_ROWS && (!best || n < best.n)) best = { term, n };
  });
  return (best as { term: string } | null)?.term ?? null;
}

interface PlanNode {
  'Plan Rows'?: number;
  Plans?: PlanNode[];
}

/**
 * The condition "`alias`'s folded text contains every term": a substring test per term, and,
 * when a term is rare, the trigram index to find its rows (SQLite: the ids from FTS5;
 * PostgreSQL: a LIKE the GIN index serves).
 */
export async function containsAll(
  db: Kysely<Database>,
  table: SearchedTable,
  alias: string,
  terms: readonly string[],
): Promise<RawBuilder<SqlBool>> {
  const postgres = isPostgres(db);
  const col = `${alias}.search_text`;
  const tests = terms.map((t) => contains(col, t, postgres));
  const long = [...new Set(terms)]
    .filter((t) => [...t].length >= TRIGRAM)
    .sort((a, b) => [...b].length - [...a].length);
  const rare = long.length
    ? await (postgres ? rareTermPostgres : rareTermSqlite)(db, table, long)
    : null;
  if (rare) {
    if (postgres) tests.push(sql<SqlBool>`${sql.ref(col)} like ${`%${escapeLike(rare)}%`}`);
    else {
      const fts = sql.table(`${table}_fts`);
      const keys = sql.table(`${table}_search_keys`);
      tests.push(
        sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select k.row_id from ${fts} f
          join ${keys} k on k.id = f.rowid where ${fts} match ${ftsPhrase(rare)})`,
      );
    }
  }
  return sql<SqlBool>`(${sql.join(tests, sql` and `)})`;
}

export function createSearchService(deps: { db: Kysely<Database> }) {
  const { db } = deps;

  return {
    async search(user: SessionUser, q: string, limit: number) {
      const terms = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 8);
      if (terms.length === 0) return { tasks: [], items: [], announcements: [] };
      const agency = READ_ALL.includes(user.role) ? null : (user.orgId ?? '-');
      // What an agency may see, checked row by row on the rows read: tasks it owns or
      // coordinates, items it presented or of meetings where it has a task, and their issued
      // announcements.
      const concerns = (taskAlias: string) =>
        sql<SqlBool>`(${sql.ref(`${taskAlias}.owner_org_id`)} = ${agency} or exists (select 1 from task_coordinators c where c.task_id = ${sql.ref(`${taskAlias}.id`)} and c.org_id = ${agency}))`;
      const involved = (meetingCol: string) =>
        sql<SqlBool>`exists (select 1 from tasks tt where tt.meeting_id = ${sql.ref(meetingCol)} and ${concerns('tt')})`;
      const [inTasks, inItems, inAnnouncements] = await Promise.all([
        containsAll(db, 'tasks', 't', terms),
        containsAll(db, 'items', 'i', terms),
        containsAll(db, 'announcements', 'a', terms),
      ]);

      // Latest deadline first (no deadline — "thường xuyên" — before any date, on both engines):
      // the order of the tasks_due index (the range on it, always true, says so to SQLite's
      // planner), so a common term reads a page of that index, not the table.
      const dueKey = sql`coalesce(t.due_date, '9999-12-31')`;
      // The owner's name by a lookup per row returned (not a join: with a join, SQLite's
      // planner may start from the orgs and lose the index order).
      let tasks = db
        .selectFrom('tasks as t')
        .select(['t.id', 't.title', 't.status', 't.due_date as dueDate'])
        .select(
          sql<string>`(select o.name from orgs o where o.id = t.owner_org_id)`.as('ownerName'),
        )
        .where(sql<SqlBool>`t.active = 1`)
        .where(sql<SqlBool>`${dueKey} >= ''`)
        .where(inTasks);
      if (agency) tasks = tasks.where(concerns('t'));

      let items = db
        .selectFrom('items as i')
        .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
        .select([
          'i.id',
          'i.title',
          'i.meeting_id as meetingId',
          'm.title as meetingTitle',
          'm.meeting_date as meetingDate',
        ])
        .where(inItems);
      if (agency)
        items = items.where(
          sql<SqlBool>`(i.presenter_org_id = ${agency} or ${involved('i.meeting_id')})`,
        );

      let announcements = db
        .selectFrom('announcements as a')
        .select([
          'a.id',
          'a.number_symbol as numberSymbol',
          'a.summary',
          'a.issued_date as issuedDate',
          'a.status',
        ])
        .where(inAnnouncements);
      if (agency)
        announcements = announcements
          .where('a.status', '=', 'issued')
          .where(involved('a.meeting_id'));

      const [t, i, a] = await Promise.all([
        tasks.orderBy(dueKey, 'desc').orderBy('t.id', 'desc').limit(limit).execute(),
        items.orderBy('m.meeting_date', 'desc').limit(limit).execute(),
        announcements.orderBy('a.issued_date', 'desc').limit(limit).execute(),
      ]);
      return { tasks: t, items: i, announcements: a };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
