/**
 * Turns a deadline as written ("trước ngày 29/6/2021", "trong thời hạn 10 ngày làm việc")
 * into its last allowed day in both readings, with the parser's deadline grammar and the
 * working-day calendar in force.
 * @module
 */
import type { WorkCalendar } from '@ketluan/calendar';
import { parseDeadline } from '@ketluan/vi-parser';

export type DeadlineResolver = (
  text: string,
  assignedDate: string,
  calendar: WorkCalendar,
) => { strict: string | null; inclusive: string | null } | null;

export const resolveDeadline: DeadlineResolver = (text, assignedDate, calendar) => {
  const parsed = parseDeadline(text, { issued: assignedDate, calendar });
  if (!parsed || (!parsed.strict && !parsed.inclusive)) return null;
  return { strict: parsed.strict ?? null, inclusive: parsed.inclusive ?? null };
};
