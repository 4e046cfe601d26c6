/**
 * Counts of tasks by timeliness, per owner or in total, now or as of a day — the dashboard's
 * and the reports' figures — read from the covering `tasks_report` index in two passes (done
 * tasks, the others) and, as of a past day, from the timeline for the tasks changed since.
 * @module
 */
import type { TaskStatus, Timeliness } from '@ketluan/contracts';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containsAll } from '../search/search.service.ts';
import {
  AS_OF,
  type CountFilter,
  CURRENT,
  endOfVietnamDay,
  NOT_DONE_LITERAL,
  type TaskQuery,
  TIMELINESS,
} from './tasks.query.ts';
import { deriveTimeliness, OPEN_STATUSES, type TimelinessWindow } from './timeliness.ts';

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

export interface Tally {
  ownerOrgId: string;
  counts: Record<Timeliness, number>;
  lateDays: number;
}

export function createTaskCounts(db: Kysely<Database>, query: TaskQuery) {
  const { postgres, baseQuery, applyFilters } = query;

  let shape: { at: number; many: boolean } | undefined;
  /** SQLite: whether there are many tasks per org (re-read once a minute): the row count
   * estimated by the largest rowid, the orgs counted. */
  async function manyTasksPerOrg(): Promise<boolean> {
    if (shape && Date.now() - shape.at < 60_000) return shape.many;
    const r = await sql<{ t: number | null; o: number }>`select
        (select max(rowid) from tasks) as t, (select count(*) from orgs) as o`.execute(db);
    const row = r.rows[0];
    shape = { at: Date.now(), many: Number(row?.t ?? 0) >= 50 * Math.max(1, Number(row?.o ?? 0)) };
    return shape.many;
  }

  /** Whether any task may have changed after the end of `day` (else the timeline is not read):
   * the latest `updated_at` and assigned date, each the end of an index. */
  async function changedSince(day: string): Promise<boolean> {
    const r = await sql<{ u: string | null; a: string | null }>`select
        (select max(updated_at) from tasks) as u, (select max(assigned_date) from tasks) as a`.execute(
      db,
    );
    const row = r.rows[0];
    return (row?.u ?? '') >= endOfVietnamDay(day) || (row?.a ?? '') > day;
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
    // SQLite's planner, left alone, may count a period through an index on assigned_date and
    // read the table row by row (1.3 s for a year at 1M tasks). So: with many tasks per org,
    // read the covering index one owner at a time (`owner_org_id in (select id from orgs)`,
    // always true: a range per owner); otherwise, or without a period, read it whole, the
    // assigned date hidden from the planner (`+t.assigned_date`).
    const period = Boolean(f.assignedFrom || f.assignedTo);
    const seekOwners = !postgres && byOwner && period && (await manyTasksPerOrg());
    const hide = !postgres && !seekOwners;
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
        hide && scope !== 'all',
      );
      if (mode !== 'current' && f.asOf) {
        const end = endOfVietnamDay(f.asOf);
        const [updated, assigned] =
          hide && mode === 'unchanged'
            ? [sql.raw('+t.updated_at'), sql.raw('+t.assigned_date')]
            : [sql.ref('t.updated_at'), sql.ref('t.assigned_date')];
        q =
          mode === 'unchanged'
            ? q.where(sql<SqlBool>`${updated} < ${end} and ${assigned} <= ${f.asOf}`)
            : q.where(sql<SqlBool>`(t.updated_at >= ${end} or t.assigned_date > ${f.asOf})`);
      }
      if (scope === 'done') q = q.where(sql<SqlBool>`t.status = 'done'`);
      if (scope === 'rest') q = q.where(sql<SqlBool>`t.status in ${NOT_DONE_LITERAL}`);
      if (seekOwners && scope !== 'all')
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
    // As of a day after which nothing changed (typically today), the current state is the
    // answer: no timeline, no date conditions.
    const timeline = Boolean(f.asOf && (await changedSince(f.asOf)));
    const parts = [
      ...(await part(timeline ? 'unchanged' : 'current', 'done')),
      ...(await part(timeline ? 'unchanged' : 'current', 'rest')),
      ...(timeline ? await part('changed', 'all') : []),
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

  return { tally };
}
