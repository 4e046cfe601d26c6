/**
 * One search box over tasks, agenda items and announcements, accent-insensitive on both
 * engines ("so giao duc" finds "Sở Giáo dục", "dat" finds "đất"): every record keeps a folded
 * copy of its text (`search_text`), and the query is folded the same way. Every folded term
 * must occur; LIKE wildcards in the terms are literal.
 *
 * At scale the terms go through a trigram index (migration 0005): on SQLite the FTS5
 * `<table>_fts` tables (trigram tokenizer) give the candidate rows, on PostgreSQL the planner
 * uses the pg_trgm GIN index for the LIKE itself. The LIKE conditions always decide; the index
 * only narrows. Terms shorter than three letters cannot use a trigram index and are checked by
 * LIKE on the candidates (or, alone, on rows read in result order).
 * @module
 */
import { foldVietnamese, type Role } from '@ketluan/contracts';
import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { escapeLike } from '../orgs/orgs.repository.ts';

const READ_ALL: readonly Role[] = ['admin', 'office', 'leader', 'viewer'];

/** Search terms shorter than a trigram cannot use the trigram indexes. */
export const TRIGRAM = 3;
/**
 * Above this many trigram candidates, reading rows in result order and checking LIKE finds a
 * page sooner than fetching and sorting every candidate.
 */
export const MAX_FTS_CANDIDATES = 2000;

export type SearchedTable = 'tasks' | 'items' | 'announcements';

export const isPostgres = (db: Kysely<Database>) =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/** An FTS5 query: each term of three or more letters a quoted phrase (a substring, with the
 * `trigram` tokenizer), all of them required; null when no term is long enough. */
export function ftsQuery(terms: readonly string[]): string | null {
  const long = terms.filter((t) => [...t].length >= TRIGRAM);
  return long.length ? long.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ') : null;
}

/**
 * `col like '%term%'` for every term, wildcards in the terms taken literally: backslash
 * escapes them (PostgreSQL's default escape character; SQLite needs the ESCAPE clause).
 */
export function likeAll(
  col: string,
  terms: readonly string[],
  postgres: boolean,
): RawBuilder<SqlBool> {
  const escapeClause = postgres ? sql`` : sql` escape '\\'`;
  return sql<SqlBool>`(${sql.join(
    terms.map((t) => sql`${sql.ref(col)} like ${`%${escapeLike(t)}%`}${escapeClause}`),
    sql` and `,
  )})`;
}

/**
 * SQLite: a subquery of the ids of `table` rows whose folded text contains every term of three
 * or more letters, from its FTS5 trigram index — when there are at most
 * `MAX_FTS_CANDIDATES` of them; otherwise (or on PostgreSQL, or with only short terms) null.
 */
export async function textCandidates(
  db: Kysely<Database>,
  table: SearchedTable,
  terms: readonly string[],
): Promise<RawBuilder<unknown> | null> {
  if (isPostgres(db)) return null;
  const match = ftsQuery(terms);
  if (!match) return null;
  const fts = sql.table(`${table}_fts`);
  const keys = sql.table(`${table}_search_keys`);
  const probe = await sql<{ n: number }>`select count(*) as n from (
      select rowid from ${fts} where ${fts} match ${match} limit ${MAX_FTS_CANDIDATES + 1})`.execute(
    db,
  );
  if (Number(probe.rows[0]?.n ?? 0) > MAX_FTS_CANDIDATES) return null;
  return sql`(select k.row_id from ${fts} f join ${keys} k on k.id = f.rowid where ${fts} match ${match})`;
}

export function createSearchService(deps: { db: Kysely<Database> }) {
  const { db } = deps;
  const postgres = isPostgres(db);

  return {
    async search(user: SessionUser, q: string, limit: number) {
      const terms = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 8);
      if (terms.length === 0) return { tasks: [], items: [], announcements: [] };
      const agency = READ_ALL.includes(user.role) ? null : (user.orgId ?? '-');
      // What an agency may see, checked row by row on the candidates (or on the rows read in
      // result order): tasks it owns or coordinates, items it presented or of meetings where
      // it has a task, and their issued announcements.
      const concerns = (taskAlias: string) =>
        sql<SqlBool>`(${sql.ref(`${taskAlias}.owner_org_id`)} = ${agency} or exists (select 1 from task_coordinators c where c.task_id = ${sql.ref(`${taskAlias}.id`)} and c.org_id = ${agency}))`;
      const involved = (meetingCol: string) =>
        sql<SqlBool>`exists (select 1 from tasks tt where tt.meeting_id = ${sql.ref(meetingCol)} and ${concerns('tt')})`;
      const [taskIds, itemIds, announcementIds] = await Promise.all(
        (['tasks', 'items', 'announcements'] as const).map((t) => textCandidates(db, t, terms)),
      );

      let tasks = db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select(['t.id', 't.title', 't.status', 't.due_date as dueDate', 'o.name as ownerName'])
        .where(sql<SqlBool>`t.active = 1`)
        .where(likeAll('t.search_text', terms, postgres));
      if (taskIds) tasks = tasks.where(sql<SqlBool>`t.id in ${taskIds}`);
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
        .where(likeAll('i.search_text', terms, postgres));
      if (itemIds) items = items.where(sql<SqlBool>`i.id in ${itemIds}`);
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
        .where(likeAll('a.search_text', terms, postgres));
      if (announcementIds)
        announcements = announcements.where(sql<SqlBool>`a.id in ${announcementIds}`);
      if (agency)
        announcements = announcements
          .where('a.status', '=', 'issued')
          .where(involved('a.meeting_id'));

      // Latest deadline first (no deadline — "thường xuyên" — before any date, on both engines):
      // the order of the tasks_due index, so a common term reads a page of it, not the table.
      const [t, i, a] = await Promise.all([
        tasks
          .orderBy(sql`coalesce(t.due_date, '9999-12-31')`, 'desc')
          .orderBy('t.id', 'desc')
          .limit(limit)
          .execute(),
        items.orderBy('m.meeting_date', 'desc').limit(limit).execute(),
        announcements.orderBy('a.issued_date', 'desc').limit(limit).execute(),
      ]);
      return { tasks: t, items: i, announcements: a };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
