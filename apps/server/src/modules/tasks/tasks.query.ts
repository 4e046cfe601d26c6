/**
 * The shared pieces of task queries: the filter type, the sort keys and literals written as
 * the indexes of migration 0005 expect them, the base query (current state, or as of a day
 * from the timeline) and the filters. Used by the list (`tasks.repository.ts`) and the counts
 * (`tasks.counts.ts`).
 * @module
 */
import { TASK_STATUSES, type Timeliness } from '@ketluan/contracts';
import { type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isPostgres } from '../search/search.service.ts';
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

export type CountFilter = Omit<ListFilter, 'sort' | 'after' | 'limit' | 'timeliness'>;

/**
 * The "due" sort key: no deadline sorts last, as text on both engines. Written exactly as in
 * the expression indexes of migration 0005 (`coalesce(due_date, '9999-12-31')`) so that the
 * planners use them.
 */
export const NO_DUE = '9999-12-31';
export const DUE_KEY = (col: string) => `coalesce(${col}, '${NO_DUE}')`;
export const SORT_EXPR: Record<'due' | 'assigned' | 'updated', (c: StateColumns) => string> = {
  due: (c) => DUE_KEY(c.dueDate),
  assigned: () => 't.assigned_date',
  updated: () => 't.updated_at',
};

/** As literals, written as in the partial indexes of migration 0005. */
export const ACTIVE = sql<SqlBool>`t.active = 1`;
export const OPEN_LITERAL = sql<SqlBool>`t.status in ('assigned', 'in_progress', 'reported', 'returned')`;
export const NOT_DONE_LITERAL = sql.raw(
  `(${TASK_STATUSES.filter((x) => x !== 'done')
    .map((x) => `'${x}'`)
    .join(', ')})`,
);

export const CURRENT: StateColumns = {
  status: 't.status',
  dueDate: 't.due_date',
  completedDate: 't.completed_date',
};
export const AS_OF: StateColumns = {
  status: 'e.to_status',
  dueDate: 'e.due_date',
  completedDate: 't.completed_date',
};

export const TIMELINESS: Timeliness[] = [
  'not_due',
  'due_soon',
  'overdue',
  'on_time',
  'late',
  'no_deadline',
  'cancelled',
];
export const OPEN_VALUES: ReadonlySet<Timeliness> = new Set([
  'not_due',
  'due_soon',
  'overdue',
  'no_deadline',
]);

/** The Vietnam day `day` ends at this UTC instant (UTC+7, no daylight saving). */
export const endOfVietnamDay = (day: string) => `${day}T17:00:00.000Z`;

export function createTaskQuery(db: Kysely<Database>) {
  const postgres = isPostgres(db);

  /**
   * Tasks with their state columns, either current or as of a day from the timeline: the
   * event with the highest `seq` among those effective by that day. SQLite reads it with a
   * correlated MAX over the (task_id, seq, effective_date, …) index; PostgreSQL with a LATERAL
   * lookup (its planner would otherwise hash the whole timeline).
   */
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
    if (postgres) {
      return q
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('task_events as e1')
              .select(['e1.to_status', 'e1.owner_org_id', 'e1.due_date'])
              .whereRef('e1.task_id', '=', 't.id')
              .where('e1.effective_date', '<=', asOf)
              .orderBy('e1.seq', 'desc')
              .limit(1)
              .as('e'),
          (join) => join.onTrue(),
        )
        .select([
          'e.to_status as state_status',
          'e.owner_org_id as state_owner',
          'e.due_date as state_due',
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

  /**
   * Conditions implied by the chosen timeliness values, over current columns only, that let
   * the planner pick the partial index of open tasks and a range of the due key. The exact
   * condition (`timelinessCondition`) is always applied as well.
   */
  function timelinessHints(values: readonly Timeliness[], w: TimelinessWindow) {
    const hints: RawBuilder<SqlBool>[] = [];
    if (values.length && values.every((v) => OPEN_VALUES.has(v))) {
      hints.push(OPEN_LITERAL);
      const lo = values.includes('overdue')
        ? null
        : values.includes('due_soon')
          ? w.today
          : values.includes('not_due')
            ? w.dueSoonUntil
            : NO_DUE;
      const hi = values.includes('no_deadline')
        ? null
        : values.includes('not_due')
          ? null
          : values.includes('due_soon')
            ? w.dueSoonUntil
            : w.today;
      const key = sql.raw(DUE_KEY('t.due_date'));
      if (lo) hints.push(sql<SqlBool>`${key} >= ${lo}`);
      if (hi) hints.push(sql<SqlBool>`${key} <= ${hi}`);
    } else if (values.length && values.every((v) => v === 'on_time' || v === 'late')) {
      hints.push(sql<SqlBool>`t.status = 'done'`);
    }
    return hints;
  }

  // biome-ignore lint/suspicious/noExplicitAny: the filters apply to both shapes of baseQuery (current / as of)
  function applyFilters<Q extends SelectQueryBuilder<any, any, any>>(
    q: Q,
    f: ListFilter,
    cols: StateColumns,
    ownerCol: string,
    text: RawBuilder<SqlBool> | null,
    /** SQLite: `+t.assigned_date`, so that no index on it is chosen (see `tally`). */
    hideAssigned = false,
  ): Q {
    const assigned = hideAssigned ? sql.raw('+t.assigned_date') : sql.ref('t.assigned_date');
    let r = q.where(ACTIVE) as Q;
    if (f.restrictToOrg) {
      // Owned or coordinated, as one set of ids: each half is an index range.
      r = r.where(
        sql<SqlBool>`t.id in (select o.id from tasks o where o.owner_org_id = ${f.restrictToOrg}
                     union all select c.task_id from task_coordinators c where c.org_id = ${f.restrictToOrg})`,
      ) as Q;
    }
    if (f.owner) r = r.where(sql.ref(ownerCol), '=', f.owner) as Q;
    if (f.owner && f.asOf) {
      // Only tasks that org held by that day: its events, not the whole table.
      r = r.where(
        sql<SqlBool>`t.id in (select eo.task_id from task_events eo
                     where eo.owner_org_id = ${f.owner} and eo.effective_date <= ${f.asOf})`,
      ) as Q;
    }
    if (f.coordinator)
      r = r.where(
        sql<SqlBool>`t.id in (select c.task_id from task_coordinators c where c.org_id = ${f.coordinator})`,
      ) as Q;
    if (f.statuses?.length) r = r.where(sql.ref(cols.status), 'in', f.statuses) as Q;
    if (f.timeliness?.length) {
      r = r.where(timelinessCondition(f.timeliness, f.window, cols)) as Q;
      if (!f.asOf) for (const h of timelinessHints(f.timeliness, f.window)) r = r.where(h) as Q;
    }
    if (f.dueFrom) r = r.where(sql.ref(cols.dueDate), '>=', f.dueFrom) as Q;
    if (f.dueTo) r = r.where(sql.ref(cols.dueDate), '<=', f.dueTo) as Q;
    if (f.assignedFrom) r = r.where(sql<SqlBool>`${assigned} >= ${f.assignedFrom}`) as Q;
    if (f.assignedTo) r = r.where(sql<SqlBool>`${assigned} <= ${f.assignedTo}`) as Q;
    if (f.meeting) r = r.where(sql.ref('t.meeting_id'), '=', f.meeting) as Q;
    if (f.item) r = r.where(sql.ref('t.item_id'), '=', f.item) as Q;
    if (text) r = r.where(text) as Q;
    return r;
  }

  return { postgres, baseQuery, applyFilters };
}
export type TaskQuery = ReturnType<typeof createTaskQuery>;
