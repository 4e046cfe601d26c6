/**
 * Every query of tasks, their coordinators, revision points and timeline.
 *
 * Written to stay fast at a million tasks (docs/performance.md): lists walk an index in the
 * order they are shown and stop after a page; counts read a covering index; "as of" a past day
 * reads the timeline only for the tasks that changed after that day.
 * @module
 */
import type { Timeliness } from '@ketluan/contracts';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database, TasksTable } from '../../db/schema.ts';
import { containsAll } from '../search/search.service.ts';
import { createTaskCounts } from './tasks.counts.ts';
import {
  AS_OF,
  type CountFilter,
  CURRENT,
  createTaskQuery,
  type ListFilter,
  SORT_EXPR,
  TIMELINESS,
} from './tasks.query.ts';

export type { CountFilter, ListFilter, SortKey } from './tasks.query.ts';

/** Up to this many coordinated tasks, an agency's list fetches them all and sorts them. */
const FETCH_COORDINATED = 1000;

export function createTasksRepository(db: Kysely<Database>) {
  const query = createTaskQuery(db);
  const { baseQuery, applyFilters } = query;
  const { tally } = createTaskCounts(db, query);

  return {
    findById: (id: string) =>
      db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .selectAll('t')
        .select('o.name as owner_name')
        .where('t.id', '=', id)
        .executeTakeFirst(),

    async list(f: ListFilter) {
      const cols = f.asOf ? AS_OF : CURRENT;
      const ownerCol = f.asOf ? 'e.owner_org_id' : 't.owner_org_id';
      const desc = f.sort.startsWith('-');
      const keyExpr = SORT_EXPR[f.sort.replace('-', '') as 'due' | 'assigned' | 'updated'](cols);
      const text = f.terms?.length ? await containsAll(db, 'tasks', 't', f.terms) : null;
      const page = (filter: ListFilter, restrict?: RawBuilder<SqlBool>[]) => {
        // The owner's name by a lookup per row returned, not a join (with a join, SQLite's
        // planner may start from the orgs and lose the index order).
        let q = applyFilters(baseQuery(f.asOf), filter, cols, ownerCol, text).select([
          sql<string>`${sql.raw(keyExpr)}`.as('sort_key'),
          sql<string>`(select o.name from orgs o where o.id = ${sql.ref(ownerCol)})`.as(
            'owner_name',
          ),
        ]);
        for (const r of restrict ?? []) q = q.where(r);
        // A range on the due key (always true) tells SQLite's planner that the owner's
        // (owner, key, id) index serves this query in order: a page, not a sort.
        if (!f.asOf && f.sort.endsWith('due')) q = q.where(sql<SqlBool>`${sql.raw(keyExpr)} >= ''`);
        if (f.after) {
          // A row-value comparison: one index range on (key, id) on both engines.
          const { key, id } = f.after;
          const cmp = sql.raw(desc ? '<' : '>');
          q = q.where(sql<SqlBool>`(${sql.raw(keyExpr)}, t.id) ${cmp} (${key}, ${id})`);
        }
        return q
          .orderBy(sql.raw(keyExpr), desc ? 'desc' : 'asc')
          .orderBy('t.id', desc ? 'desc' : 'asc')
          .limit(f.limit + 1)
          .execute();
      };
      const org = f.restrictToOrg;
      if (!org || f.asOf) return page(f);
      // An agency's tasks are those it owns — a range of the owner indexes, read in order —
      // and those it coordinates (owned by another org, so the two pages are disjoint):
      // two pages, merged.
      // The coordinated page: few coordinated tasks are fetched and sorted; many are found by
      // reading the due index in order and checking each.
      const open = { ...f, restrictToOrg: undefined };
      const count = await db
        .selectFrom('task_coordinators')
        .select(sql<number>`count(*)`.as('n'))
        .where('org_id', '=', org)
        .executeTakeFirst();
      const coordinates =
        Number(count?.n ?? 0) <= FETCH_COORDINATED
          ? sql<SqlBool>`t.id in (select c.task_id from task_coordinators c where c.org_id = ${org})`
          : sql<SqlBool>`exists (select 1 from task_coordinators c where c.task_id = t.id and c.org_id = ${org})`;
      const [owned, coordinated] = await Promise.all([
        page(open, [sql<SqlBool>`t.owner_org_id = ${org}`]),
        page(open, [sql<SqlBool>`t.owner_org_id <> ${org}`, coordinates]),
      ]);
      const order = (a: { sort_key: string; id: string }, b: { sort_key: string; id: string }) => {
        const c =
          a.sort_key < b.sort_key
            ? -1
            : a.sort_key > b.sort_key
              ? 1
              : a.id < b.id
                ? -1
                : a.id > b.id
                  ? 1
                  : 0;
        return desc ? -c : c;
      };
      return [...owned, ...coordinated].sort(order).slice(0, f.limit + 1);
    },

    /** Counts per timeliness value, for the dashboard and reports. */
    async countByTimeliness(f: CountFilter) {
      const out = Object.fromEntries(TIMELINESS.map((v) => [v, 0])) as Record<Timeliness, number>;
      for (const t of await tally(f, false)) for (const v of TIMELINESS) out[v] += t.counts[v];
      return out;
    },

    /** Counts per (as-of) owner and timeliness, with the summed delay of late tasks. */
    async countByOwner(
      f: CountFilter,
      delayDays: (done: string, due: string) => RawBuilder<number>,
    ) {
      return tally(f, true, delayDays);
    },

    coordinatorsOf: (taskIds: string[]) =>
      taskIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('task_coordinators as c')
            .innerJoin('orgs as o', 'o.id', 'c.org_id')
            .select(['c.task_id', 'c.org_id', 'c.input_due_date', 'c.input_done_date', 'o.name'])
            .where('c.task_id', 'in', taskIds)
            .orderBy('o.name')
            .execute(),

    revisionPointsOf: (taskId: string) =>
      db
        .selectFrom('revision_points')
        .selectAll()
        .where('task_id', '=', taskId)
        .orderBy('position')
        .execute(),

    events: (taskId: string) =>
      db
        .selectFrom('task_events as e')
        .leftJoin('users as u', 'u.id', 'e.actor_user_id')
        .selectAll('e')
        .select('u.name as actor_name')
        .where('e.task_id', '=', taskId)
        .orderBy('e.seq')
        .execute(),

    eventFiles: (eventIds: string[]) =>
      eventIds.length === 0
        ? Promise.resolve([])
        : db.selectFrom('task_event_files').selectAll().where('event_id', 'in', eventIds).execute(),

    /** Applies `set` only if the task still has `version`; returns whether it did. */
    async updateIfVersion(
      trx: Kysely<Database>,
      id: string,
      version: number,
      set: Partial<TasksTable>,
    ) {
      const res = await trx
        .updateTable('tasks')
        .set({ ...set, version: sql<number>`version + 1` } as never)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async nextSeq(trx: Kysely<Database>, taskId: string) {
      const row = await trx
        .selectFrom('task_events')
        .select((eb) => eb.fn.max('seq').as('m'))
        .where('task_id', '=', taskId)
        .executeTakeFirst();
      return Number(row?.m ?? 0) + 1;
    },
  };
}
export type TasksRepository = ReturnType<typeof createTasksRepository>;
