/**
 * The four categories every Vietnamese follow-up report uses — done on time, done late, in
 * progress within the deadline (open tasks with no deadline count here, as "thường xuyên"),
 * in progress overdue — as the server's reports count them (`ReportCounts`), with their
 * colours, labels and the task-list filter that shows each one's tasks.
 * @module
 */
import type { ReportCounts } from '@ketluan/contracts';
import type { MessageKey } from '../../i18n/index.tsx';

/** How many tasks each of the dashboard's lists shows (the rest through "Xem tất cả"). */
export const DASHBOARD_LIST_SIZE = 5;

export const CATEGORIES = ['doneOnTime', 'doneLate', 'openInTime', 'openOverdue'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_COLOR: Record<Category, string> = {
  doneOnTime: '#2e7d32',
  doneLate: '#d97706',
  openInTime: '#1d4f91',
  openOverdue: '#b42318',
};

export const CATEGORY_LABEL: Record<Category, MessageKey> = {
  doneOnTime: 'category.done_on_time',
  doneLate: 'category.done_late',
  openInTime: 'category.open_on_time',
  openOverdue: 'category.open_overdue',
};

/** The task-list filter that shows a category's tasks. */
export const CATEGORY_TIMELINESS: Record<Category, string> = {
  doneOnTime: 'on_time',
  doneLate: 'late',
  openInTime: 'not_due,due_soon,no_deadline',
  openOverdue: 'overdue',
};

/** One bar of a chart: a group's four categories. */
export interface ChartRow extends Pick<ReportCounts, Category | 'assigned'> {
  key: string;
  name: string;
}

/** The chart's rows: the groups with the most tasks first, at most `max` of them. */
export function chartRows<T extends ReportCounts>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  nameOf: (row: T) => string,
  max = 15,
): ChartRow[] {
  return rows
    .filter((r) => r.assigned > 0)
    .map((r) => ({
      key: keyOf(r),
      name: nameOf(r),
      assigned: r.assigned,
      doneOnTime: r.doneOnTime,
      doneLate: r.doneLate,
      openInTime: r.openInTime,
      openOverdue: r.openOverdue,
    }))
    .sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name, 'vi'))
    .slice(0, max);
}

/** Share of `part` in `whole`, as a whole percent. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** A 0–1 rate as a percent with one decimal at most ("87,5 %" is written by the caller). */
export function ratePercent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

/** The task-list address of some tasks of the dashboard's period and day. */
export function taskListLink(
  filters: Record<string, string | undefined>,
  period: { from?: string; to?: string; asOf?: string },
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  if (period.from) q.set('assignedFrom', period.from);
  if (period.to) q.set('assignedTo', period.to);
  if (period.asOf) q.set('asOf', period.asOf);
  return `/tasks?${q}`;
}
