/**
 * Every query of tasks, their coordinators, revision points and timeline.
 *
 * Written to stay fast at a million tasks (docs/performance.md): lists walk an index in the
 * order they are shown and stop after a page; counts read a covering index; "as of" a past day
 * reads the timeline only for the tasks that changed after that day.
 * @module
 */
import { TASK_STATUSES, type TaskStatus, type Timeliness } from '@ketluan/contracts';
import { type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database, TasksTable } from '../../db/schema.ts';
import { containsAll, isPostgres } from '../search/search.service.ts';
import {
  deriveTimeliness,
  OPEN_STATUSES,
  type StateColumns,
  type TimelinessWindow,
  timelinessCondition,
} from './timeliness.ts';

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

type CountFilter = Omit<ListFilter, 'sort' | 'after' | 'limit' | 'timeliness'>;

/**
 * The "due" sort key: no deadline sorts last, as text on both engines. Written exactly as in
 * the expression indexes of migration 0005 (`coalesce(due_date, '9999-12-31')`) so that the
 * planners use them.
 */
const NO_DUE = '9999-12-31';
const DUE_KEY = (col: string) => `coalesce(${col}, '${NO_DUE}')`;
const SORT_EXPR: Record<'due' | 'assigned' | 'updated', (c: StateColumns) => string> = {
  due: (c) => DUE_KEY(c.dueDate),
  assigned: () => 't.assigned_date',
  updated: () => 't.updated_at',
};

/** As literals, written as in the partial indexes of migration 0005. */
const ACTIVE = sql<SqlBool>`t.active = 1`;
const OPEN_LITERAL = sql<SqlBool>`t.status in ('assigned', 'in_progress', 'reported', 'returned')`;
const NOT_DONE_LITERAL = sql.raw(
  `(${TASK_STATUSES.filter((x) => x !== 'done')
    .map((x) => `'${x}'`)
    .join(', ')})`,
);

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

const TIMELINESS: Timeliness[] = [
  'not_due',
  'due_soon',
  'overdue',
  'on_time',
  'late',
  'no_deadline',
  'cancelled',
];
const OPEN_VALUES: ReadonlySet<Timeliness> = new Set([
  'not_due',
  'due_soon',
  'overdue',
  'no_deadline',
]);

/** Up to this many coordinated tasks, an agency's list fetches them all and sorts them. */
const FETCH_COORDINATED = 1000;

/** The Vietnam day `day` ends at this UTC instant (UTC+7, no daylight saving). */
const endOfVietnamDay = (day: string) => `${day}T17:00:00.000Z`;

interface BucketRow {
  owner_org_id: string;
  status: string;
  n: number | string;
  due_none: number | string | null;
  due_before: number | string | null;
  due_by_soon: number | string | null;
  late: number | string | null;
  late_days: number | string | null;
}

/** A date before, and one after, any real one (text dates sort as dates). */
const EARLIEST = '0000-01-01';
const LATEST = '9999-12-30';

/**
 * The timeliness counts of one (owner, status) group, from its due-date buckets: each bucket
 * is classified by `deriveTimeliness` on a representative task of the bucket.
 */
function bucketsToTally(r: BucketRow, window: TimelinessWindow) {
  const num = (x: number | string | null) => Number(x ?? 0);
  const counts = Object.fromEntries(TIMELINESS.map((v) => [v, 0])) as Record<Timeliness, number>;
  const status = r.status as TaskStatus;
  const n = num(r.n);
  let lateDays = 0;
  if (status === 'done' || status === 'cancelled' || OPEN_STATUSES.includes(status)) {
    const buckets: [count: number, dueDate: string | null, completedDate: string | null][] =
      status === 'done'
        ? [
            [num(r.late), EARLIEST, LATEST],
            [n - num(r.late), null, null],
          ]
        : [
            [num(r.due_none), null, null],
            [num(r.due_before), EARLIEST, null],
            [num(r.due_by_soon) - num(r.due_before), window.today, null],
            [n - num(r.due_none) - num(r.due_by_soon), LATEST, null],
          ];
    for (const [count, dueDate, completedDate] of buckets) {
      if (!count) continue;
      const v = deriveTimeliness({ status, dueDate, completedDate }, window);
      counts[v] += count;
      if (v === 'late') lateDays += num(r.late_days);
    }
  }
  return { ownerOrgId: String(r.owner_org_id ?? ''), counts, lateDays };
}

export function createTasksRepository(db: Kysely<Database>) {
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
  ): Q {
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
    if (f.assignedFrom) r = r.where(sql.ref('t.assigned_date'), '>=', f.assignedFrom) as Q;
    if (f.assignedTo) r = r.where(sql.ref('t.assigned_date'), '<=', f.assignedTo) as Q;
    if (f.meeting) r = r.where(sql.ref('t.meeting_id'), '=', f.meeting) as Q;
    if (f.item) r = r.where(sql.ref('t.item_id'), '=', f.item) as Q;
    if (text) r = r.where(text) as Q;
    return r;
  }

  interface Tally {
    ownerOrgId: string;
    counts: Record<Timeliness, number>;
    lateDays: number;
  }

  /**
   * Counts by timeliness (per owner when `byOwner`).
   *
   * The SQL only groups by owner and status and counts the due dates on each side of the
   * window's two days (and the late completions): a cheap pass over a covering index, with no
   * per-row CASE per timeliness value. Each bucket is then given its timeliness by
   * `deriveTimeliness` itself, on a representative date of the bucket, so the rules stay in one
   * place.
   *
   * As of a day, a task whose row has not changed since that day (`updated_at` before its end,
   * assigned by then) is counted from its current columns, which equal its last event; only
   * the others read the timeline. That holds because every event's effective date is at most
   * the later of the task's assigned date and the Vietnam date of the write that added it, and
   * every write of an event also updates the task row (`updated_at`).
   */
  async function tally(
    f: CountFilter,
    byOwner: boolean,
    delayDays?: (done: string, due: string) => RawBuilder<number>,
  ): Promise<Tally[]> {
    const text = f.terms?.length ? await containsAll(db, 'tasks', 't', f.terms) : null;
    const { today, dueSoonUntil } = f.window;
    /**
     * One group of tasks: current state, or as of `f.asOf` split into the tasks unchanged
     * since (current columns) and those changed after (the timeline). Current state is read
     * as two passes over ranges of the (status, owner, …) index: done tasks, where only
     * lateness counts, and the rest, where only the due-date buckets do.
     */
    const part = async (
      mode: 'current' | 'unchanged' | 'changed',
      scope: 'done' | 'rest' | 'all',
    ) => {
      const asOf = mode === 'changed' ? f.asOf : undefined;
      const cols = mode === 'changed' ? AS_OF : CURRENT;
      const ownerCol = mode === 'changed' ? 'e.owner_org_id' : 't.owner_org_id';
      let q = applyFilters(
        baseQuery(asOf).clearSelect(),
        { ...f, asOf, sort: 'due', limit: 0 },
        cols,
        ownerCol,
        text,
      );
      if (mode !== 'current' && f.asOf) {
        const end = endOfVietnamDay(f.asOf);
        q =
          mode === 'unchanged'
            ? q
                .where(sql.ref('t.updated_at'), '<', end)
                .where(sql.ref('t.assigned_date'), '<=', f.asOf)
            : q.where(sql<SqlBool>`(t.updated_at >= ${end} or t.assigned_date > ${f.asOf})`);
      }
      if (scope === 'done') q = q.where(sql<SqlBool>`t.status = 'done'`);
      if (scope === 'rest') q = q.where(sql<SqlBool>`t.status in ${NOT_DONE_LITERAL}`);
      // SQLite: owner by owner (always true: the owner is an org), so that a period of
      // assignment is one index range per owner, read in group order, whatever the statistics.
      if (!postgres && scope !== 'all' && byOwner)
        q = q.where(sql<SqlBool>`t.owner_org_id in (select id from orgs)`);
      const due = sql.ref(cols.dueDate);
      const done = sql.ref(cols.completedDate);
      const late = sql`${done} > ${due}`;
      const owner = byOwner ? sql.ref(ownerCol) : sql.lit('');
      const zero = sql<number>`0`;
      const rows = await q
        .select([
          sql<string>`${owner}`.as('owner_org_id'),
          sql<string>`${sql.ref(cols.status)}`.as('status'),
          sql<number>`count(*)`.as('n'),
          (scope === 'done'
            ? zero
            : sql<number>`sum(case when ${due} is null then 1 else 0 end)`
          ).as('due_none'),
          (scope === 'done'
            ? zero
            : sql<number>`sum(case when ${due} < ${today} then 1 else 0 end)`
          ).as('due_before'),
          (scope === 'done'
            ? zero
            : sql<number>`sum(case when ${due} <= ${dueSoonUntil} then 1 else 0 end)`
          ).as('due_by_soon'),
          (scope === 'rest' ? zero : sql<number>`sum(case when ${late} then 1 else 0 end)`).as(
            'late',
          ),
          (scope === 'rest' || !delayDays
            ? zero
            : sql<number>`sum(case when ${late} then ${delayDays(cols.completedDate, cols.dueDate)} else 0 end)`
          ).as('late_days'),
        ])
        .groupBy(byOwner ? [sql.ref(cols.status), sql.ref(ownerCol)] : [sql.ref(cols.status)])
        .execute();
      return rows.map((r) => bucketsToTally(r, f.window));
    };
    const parts = [
      ...(await part(f.asOf ? 'unchanged' : 'current', 'done')),
      ...(await part(f.asOf ? 'unchanged' : 'current', 'rest')),
      ...(f.asOf ? await part('changed', 'all') : []),
    ];
    const merged = new Map<string, Tally>();
    for (const p of parts) {
      const acc = merged.get(p.ownerOrgId);
      if (!acc) {
        merged.set(p.ownerOrgId, p);
        continue;
      }
      for (const v of TIMELINESS) acc.counts[v] += p.counts[v];
      acc.lateDays += p.lateDays;
    }
    return [...merged.values()].filter((t) => TIMELINESS.some((v) => t.counts[v] > 0));
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
      const desc = f.sort.startsWith('-');
      const keyExpr = SORT_EXPR[f.sort.replace('-', '') as 'due' | 'assigned' | 'updated'](cols);
      const text = f.terms?.length ? await containsAll(db, 'tasks', 't', f.terms) : null;
      const page = (filter: ListFilter, restrict?: RawBuilder<SqlBool>[]) => {
        let q = applyFilters(baseQuery(f.asOf), filter, cols, ownerCol, text)
          .innerJoin('orgs as o', 'o.id', sql.ref(ownerCol) as never)
          .select([sql<string>`${sql.raw(keyExpr)}`.as('sort_key'), 'o.name as owner_name']);
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
