/**
 * Timeliness is derived, never typed (DESIGN.md §2): from the status, the due date and the
 * completion date, at a given day. The same rules exist twice, once here for one task and
 * once as SQL conditions in `timelinessCondition` for lists and counts; the tests check they
 * agree.
 * @module
 */
import type { TaskStatus, Timeliness } from '@ketluan/contracts';
import { type RawBuilder, type SqlBool, sql } from 'kysely';

export const OPEN_STATUSES: readonly TaskStatus[] = [
  'assigned',
  'in_progress',
  'reported',
  'returned',
];

export interface TimelinessInput {
  status: TaskStatus;
  dueDate: string | null;
  completedDate: string | null;
}

export interface TimelinessWindow {
  /** The day asked about (Vietnam date). */
  today: string;
  /** The last due date that counts as "due soon": today + N working days. */
  dueSoonUntil: string;
}

/** The timeliness of one task on `window.today`. */
export function deriveTimeliness(t: TimelinessInput, window: TimelinessWindow): Timeliness {
  if (t.status === 'cancelled') return 'cancelled';
  if (t.status === 'done') {
    if (!t.dueDate || !t.completedDate) return 'on_time';
    return t.completedDate <= t.dueDate ? 'on_time' : 'late';
  }
  if (!t.dueDate) return 'no_deadline';
  if (t.dueDate < window.today) return 'overdue';
  if (t.dueDate <= window.dueSoonUntil) return 'due_soon';
  return 'not_due';
}

/** The four categories of Vietnamese follow-up reports, from timeliness. */
export const REPORT_CATEGORY: Record<
  Timeliness,
  'done_on_time' | 'done_late' | 'open_in_time' | 'open_overdue' | null
> = {
  on_time: 'done_on_time',
  late: 'done_late',
  not_due: 'open_in_time',
  due_soon: 'open_in_time',
  no_deadline: 'open_in_time',
  overdue: 'open_overdue',
  cancelled: null,
};

/** Column references of the state a condition reads (current columns, or as-of columns). */
export interface StateColumns {
  status: string;
  dueDate: string;
  completedDate: string;
}

/**
 * A SQL condition true for tasks whose timeliness is one of `values`, mirroring
 * `deriveTimeliness`. Dates are compared as `YYYY-MM-DD` text on both engines.
 */
export function timelinessCondition(
  values: readonly Timeliness[],
  window: TimelinessWindow,
  cols: StateColumns,
): RawBuilder<SqlBool> {
  const status = sql.ref(cols.status);
  const due = sql.ref(cols.dueDate);
  const done = sql.ref(cols.completedDate);
  const open = sql`${status} in (${sql.join(OPEN_STATUSES)})`;
  const parts: Record<Timeliness, RawBuilder<unknown>> = {
    cancelled: sql`${status} = 'cancelled'`,
    on_time: sql`(${status} = 'done' and (${due} is null or ${done} is null or ${done} <= ${due}))`,
    late: sql`(${status} = 'done' and ${done} > ${due})`,
    no_deadline: sql`(${open} and ${due} is null)`,
    overdue: sql`(${open} and ${due} < ${window.today})`,
    due_soon: sql`(${open} and ${due} >= ${window.today} and ${due} <= ${window.dueSoonUntil})`,
    not_due: sql`(${open} and ${due} > ${window.dueSoonUntil})`,
  };
  const chosen = values.map((v) => parts[v]);
  if (chosen.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(chosen, sql` or `)})`;
}
