/**
 * The arithmetic of follow-up reports: timeliness counts of a group of tasks, and the
 * figures every Vietnamese follow-up report gives (the four categories, completion rate,
 * mean delay), the same whether the counts come from SQL or from tasks added one by one.
 * @module
 */
import { diffDays } from '@ketluan/calendar';
import type { InputCounts, ReportCounts, Timeliness } from '@ketluan/contracts';

/** Tasks of a group by timeliness, with the summed days late of those done late. */
export type Counts = Record<Timeliness, number> & { lateDays: number };

/** Counts of an empty group. */
export const emptyCounts = (): Counts => ({
  not_due: 0,
  due_soon: 0,
  overdue: 0,
  on_time: 0,
  late: 0,
  no_deadline: 0,
  cancelled: 0,
  lateDays: 0,
});

/** Adds one task of timeliness `t` (done `lateDays` late when `t` is 'late'). */
export function addTask(c: Counts, t: Timeliness, lateDays = 0): void {
  c[t] += 1;
  if (t === 'late') c.lateDays += lateDays;
}

/** The report's figures from timeliness counts. */
export function summarise(c: Counts): ReportCounts {
  const done = c.on_time + c.late;
  const open = c.not_due + c.due_soon + c.no_deadline + c.overdue;
  const assigned = done + open;
  return {
    assigned,
    doneOnTime: c.on_time,
    doneLate: c.late,
    openInTime: c.not_due + c.due_soon + c.no_deadline,
    openOverdue: c.overdue,
    noDeadline: c.no_deadline,
    dueSoon: c.due_soon,
    cancelled: c.cancelled,
    completionRate: assigned ? done / assigned : 0,
    onTimeRate: done ? c.on_time / done : 0,
    averageDelayDays: c.late ? c.lateDays / c.late : null,
  };
}

/** Coordinators' inputs of a group, as counted on a day. */
export interface InputTally {
  onTime: number;
  late: number;
  openInTime: number;
  openOverdue: number;
  lateDays: number;
}

/** Inputs of an empty group. */
export const emptyInputs = (): InputTally => ({
  onTime: 0,
  late: 0,
  openInTime: 0,
  openOverdue: 0,
  lateDays: 0,
});

/**
 * Adds one input due on `due`, given on `done` (null: not yet), as it stood at the end of
 * `asOf`: an input given after `asOf` was still open then.
 */
export function addInput(c: InputTally, due: string, done: string | null, asOf: string): void {
  if (done && done <= asOf) {
    if (done <= due) c.onTime++;
    else {
      c.late++;
      c.lateDays += diffDays(due, done);
    }
  } else if (due < asOf) c.openOverdue++;
  else c.openInTime++;
}

/** The report's figures of coordinators' inputs. */
export function summariseInputs(c: InputTally): InputCounts {
  return {
    requested: c.onTime + c.late + c.openInTime + c.openOverdue,
    doneOnTime: c.onTime,
    doneLate: c.late,
    openInTime: c.openInTime,
    openOverdue: c.openOverdue,
    averageDelayDays: c.late ? c.lateDays / c.late : null,
  };
}
