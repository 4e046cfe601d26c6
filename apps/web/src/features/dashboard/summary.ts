/**
 * The four categories every Vietnamese follow-up report uses, derived from the tasks'
 * timeliness (DESIGN.md §2): done on time, done late, in progress within the deadline (open
 * tasks with no deadline count here, as "thường xuyên"), in progress overdue.
 * @module
 */
import type { TaskListItem } from '@ketluan/contracts';

export const CATEGORIES = ['done_on_time', 'done_late', 'open_on_time', 'open_overdue'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_COLOR: Record<Category, string> = {
  done_on_time: '#2e7d32',
  done_late: '#d97706',
  open_on_time: '#1d4f91',
  open_overdue: '#b42318',
};

/** The task-list filter that shows a category's tasks. */
export const CATEGORY_TIMELINESS: Record<Category, string> = {
  done_on_time: 'on_time',
  done_late: 'late',
  open_on_time: 'not_due,due_soon,no_deadline',
  open_overdue: 'overdue',
};

export function categoryOf(task: Pick<TaskListItem, 'timeliness' | 'status'>): Category | null {
  switch (task.timeliness) {
    case 'on_time':
      return 'done_on_time';
    case 'late':
      return 'done_late';
    case 'overdue':
      return 'open_overdue';
    case 'not_due':
    case 'due_soon':
      return 'open_on_time';
    case 'no_deadline':
      return task.status === 'done' ? 'done_on_time' : 'open_on_time';
    default:
      return null; // cancelled
  }
}

export type Counts = Record<Category, number>;

export interface AgencyRow extends Counts {
  orgId: string;
  name: string;
  total: number;
}

export interface Summary {
  counts: Counts;
  total: number;
  byAgency: AgencyRow[];
  overdue: TaskListItem[];
  dueSoon: TaskListItem[];
  noDeadline: TaskListItem[];
}

const zero = (): Counts => ({ done_on_time: 0, done_late: 0, open_on_time: 0, open_overdue: 0 });
const byDue = (a: TaskListItem, b: TaskListItem) =>
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '');

export function summarise(tasks: readonly TaskListItem[]): Summary {
  const counts = zero();
  const agencies = new Map<string, AgencyRow>();
  let total = 0;
  for (const task of tasks) {
    const c = categoryOf(task);
    if (!c) continue;
    counts[c]++;
    total++;
    let row = agencies.get(task.ownerOrgId);
    if (!row) {
      row = { orgId: task.ownerOrgId, name: task.ownerName, total: 0, ...zero() };
      agencies.set(task.ownerOrgId, row);
    }
    row[c]++;
    row.total++;
  }
  return {
    counts,
    total,
    byAgency: [...agencies.values()].sort(
      (a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'),
    ),
    overdue: tasks.filter((t) => t.timeliness === 'overdue').sort(byDue),
    dueSoon: tasks.filter((t) => t.timeliness === 'due_soon').sort(byDue),
    noDeadline: tasks.filter((t) => t.timeliness === 'no_deadline' && t.status !== 'done'),
  };
}

/** Share of `part` in `whole`, as a whole percent. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
