/**
 * Every query of tasks, their coordinators, revision points and timeline.
 * @module
 */
import type { Timeliness } from '@ketluan/contracts';
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Database, TasksTable } from '../../db/schema.ts';
import { escapeLike } from '../orgs/orgs.repository.ts';
import { type StateColumns, type TimelinessWindow, timelinessCondition } from './timeliness.ts';

export type SortKey = 'due' | '-due' | 'assigned' | '-assigned' | 'updated' | '-updated';

export interface ListFilter {
  /** An agency user's org: only tasks it owns or coordinates. */
  restrictToOrg?: string;
  owner?: string;
  coordinator?: string;
  statuses?: string[];
  timeliness?: Timeliness[];
  window: TimelinessWindow;
  dueFrom?: string;
  dueTo?: string;
  assignedFrom?: string;
  assignedTo?: string;
  meeting?: string;
  item?: string;
  /** Folded search terms; every one must occur. */
  terms?: string[];
  /** Answer with each task's state at the end of this day, from the timeline. */
  asOf?: string;
  sort: SortKey;
  after?: { key: string; id: string };
  limit: number;
}

/** Sort keys as text that sorts the same on both engines (no NULL ordering differences). */
const SORT_EXPR: Record<'due' | 'assigned' | 'updated', (c: StateColumns) => string> = {
  due: (c) => `coalesce(${c.dueDate}, '9999-12-31')`,
  assigned: () => 't.assigned_date',
  updated: () => 't.updated_at',
};

const CURRENT: StateColumns = {
  status: 't.status',
  dueDate: 't.due_date',
  completedDate: 't.completed_date',
};
const AS_OF: StateColumns = {
  status: 'e.to_status',
  dueDate: 'e.due_date',
  completedDate: 't.completed_date',
};

export function createTasksRepository(db: Kysely<Database>) {
  /** Tasks with their state columns, either current or as of a day. */
  function baseQuery(asOf: string | undefined) {
    const q = db.selectFrom('tasks as t');
    if (!asOf) {
      return q
        .select([
          't.status as state_status',
          't.owner_org_id as state_owner',
          't.due_date as state_due',
        ])
        .selectAll('t');
    }
    return q
      .innerJoin('task_events as e', (join) =>
        join
          .onRef('e.task_id', '=', 't.id')
          .on(
            'e.seq',
            '=',
            sql<number>`(select max(e2.seq) from task_events e2 where e2.task_id = t.id and e2.effective_date <= ${asOf})`,
          ),
      )
      .select([
        'e.to_status as state_status',
        'e.owner_org_id as state_owner',
        'e.due_date as state_due',
      ])
      .selectAll('t');
  }

  // biome-ignore lint/suspicious/noExplicitAny: the filters apply to both shapes of baseQuery (current / as of)
  function applyFilters<Q extends SelectQueryBuilder<any, any, any>>(
    q: Q,
    f: ListFilter,
    cols: StateColumns,
    ownerCol: string,
  ): Q {
    const coordinates = (org: string) =>
      sql<boolean>`exists (select 1 from task_coordinators tc where tc.task_id = t.id and tc.org_id = ${org})`;
    let r = q.where(sql.ref('t.active'), '=', 1) as Q;
    if (f.restrictToOrg) {
      r = r.where(
        sql<boolean>`(t.owner_org_id = ${f.restrictToOrg} or ${coordinates(f.restrictToOrg)})`,
      ) as Q;
    }
    if (f.owner) r = r.where(sql.ref(ownerCol), '=', f.owner) as Q;
    if (f.coordinator) r = r.where(coordinates(f.coordinator)) as Q;
    if (f.statuses?.length) r = r.where(sql.ref(cols.status), 'in', f.statuses) as Q;
    if (f.timeliness?.length) r = r.where(timelinessCondition(f.timeliness, f.window, cols)) as Q;
    if (f.dueFrom) r = r.where(sql.ref(cols.dueDate), '>=', f.dueFrom) as Q;
    if (f.dueTo) r = r.where(sql.ref(cols.dueDate), '<=', f.dueTo) as Q;
    if (f.assignedFrom) r = r.where(sql.ref('t.assigned_date'), '>=', f.assignedFrom) as Q;
    if (f.assignedTo) r = r.where(sql.ref('t.assigned_date'), '<=', f.assignedTo) as Q;
    if (f.meeting) r = r.where(sql.ref('t.meeting_id'), '=', f.meeting) as Q;
    if (f.item) r = r.where(sql.ref('t.item_id'), '=', f.item) as Q;
    for (const term of f.terms ?? []) {
      r = r.where(sql.ref('t.search_text'), 'like', `%${escapeLike(term)}%`) as Q;
    }
    return r;
  }

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
      const dir = f.sort.startsWith('-') ? 'desc' : 'asc';
      const keyExpr = SORT_EXPR[f.sort.replace('-', '') as 'due' | 'assigned' | 'updated'](cols);
      let q = applyFilters(baseQuery(f.asOf), f, cols, ownerCol)
        .innerJoin('orgs as o', 'o.id', sql.ref(ownerCol) as never)
        .select([sql<string>`${sql.raw(keyExpr)}`.as('sort_key'), 'o.name as owner_name']);
      if (f.after) {
        const { key, id } = f.after;
        const cmp = dir === 'asc' ? sql.raw('>') : sql.raw('<');
        q = q.where(
          sql<boolean>`(${sql.raw(keyExpr)} ${cmp} ${key} or (${sql.raw(keyExpr)} = ${key} and t.id ${cmp} ${id}))`,
        );
      }
      return q
        .orderBy(sql.raw(keyExpr), dir)
        .orderBy('t.id', dir)
        .limit(f.limit + 1)
        .execute();
    },

    /** Counts per timeliness value, for the dashboard and reports. */
    async countByTimeliness(f: Omit<ListFilter, 'sort' | 'after' | 'limit' | 'timeliness'>) {
      const cols = f.asOf ? AS_OF : CURRENT;
      const ownerCol = f.asOf ? 'e.owner_org_id' : 't.owner_org_id';
      const out: Partial<Record<Timeliness, number>> = {};
      const values: Timeliness[] = [
        'not_due',
        'due_soon',
        'overdue',
        'on_time',
        'late',
        'no_deadline',
        'cancelled',
      ];
      const q = applyFilters(
        baseQuery(f.asOf),
        { ...f, sort: 'due', limit: 0 },
        cols,
        ownerCol,
      ).clearSelect();
      const row = await q
        .select(
          values.map((v) =>
            sql<number>`sum(case when ${timelinessCondition([v], f.window, cols)} then 1 else 0 end)`.as(
              v,
            ),
          ),
        )
        .executeTakeFirst();
      for (const v of values)
        out[v] = Number((row as Record<string, unknown> | undefined)?.[v] ?? 0);
      return out as Record<Timeliness, number>;
    },

    /** Counts per (as-of) owner and timeliness, with the summed delay of late tasks. */
    async countByOwner(
      f: Omit<ListFilter, 'sort' | 'after' | 'limit' | 'timeliness'>,
      delayDays: (done: string, due: string) => RawBuilder<number>,
    ) {
      const cols = f.asOf ? AS_OF : CURRENT;
      const ownerCol = f.asOf ? 'e.owner_org_id' : 't.owner_org_id';
      const values: Timeliness[] = [
        'not_due',
        'due_soon',
        'overdue',
        'on_time',
        'late',
        'no_deadline',
        'cancelled',
      ];
      const rows = await applyFilters(
        baseQuery(f.asOf),
        { ...f, sort: 'due', limit: 0 },
        cols,
        ownerCol,
      )
        .clearSelect()
        .select(sql<string>`${sql.ref(ownerCol)}`.as('owner_org_id'))
        .select(
          values.map((v) =>
            sql<number>`sum(case when ${timelinessCondition([v], f.window, cols)} then 1 else 0 end)`.as(
              v,
            ),
          ),
        )
        .select(
          sql<number>`sum(case when ${timelinessCondition(['late'], f.window, cols)} then ${delayDays(cols.completedDate, cols.dueDate)} else 0 end)`.as(
            'late_days',
          ),
        )
        .groupBy(sql.ref(ownerCol))
        .execute();
      return rows.map((r) => {
        const rec = r as Record<string, unknown>;
        return {
          ownerOrgId: String(rec.owner_org_id),
          counts: Object.fromEntries(values.map((v) => [v, Number(rec[v] ?? 0)])) as Record<
            Timeliness,
            number
          >,
          lateDays: Number(rec.late_days ?? 0),
        };
      });
    },

    coordinatorsOf: (taskIds: string[]) =>
      taskIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('task_coordinators as c')
            .innerJoin('orgs as o', 'o.id', 'c.org_id')
            .select(['c.task_id', 'c.org_id', 'c.input_due_date', 'o.name'])
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
