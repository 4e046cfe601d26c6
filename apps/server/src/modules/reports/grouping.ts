/**
 * Reports grouped by the leader who chaired the meeting, by meeting, and by agency as lead
 * versus as coordinator: pure functions of the tasks' states on a day.
 * @module
 */
import { diffDays } from '@ketluan/calendar';
import type {
  CoordinationReport,
  LeaderReport,
  MeetingReport,
  TaskStatus,
} from '@ketluan/contracts';
import { deriveTimeliness, type TimelinessWindow } from '../tasks/timeliness.ts';
import {
  addInput,
  addTask,
  type Counts,
  emptyCounts,
  emptyInputs,
  type InputTally,
  summarise,
  summariseInputs,
} from './figures.ts';
import type { TaskStateRow } from './reports.repository.ts';

/** The leader row of meetings without a chair written down. */
export const NO_CHAIR = '(Không rõ người chủ trì)';
/** The row of tasks assigned outside any meeting. */
export const NO_MEETING = '(Nhiệm vụ giao ngoài cuộc họp)';

/** Adds a task, in its state on the window's day, to `c`. */
function count(c: Counts, r: TaskStateRow, window: TimelinessWindow): void {
  const t = deriveTimeliness(
    { status: r.status as TaskStatus, dueDate: r.due_date, completedDate: r.completed_date },
    window,
  );
  addTask(c, t, t === 'late' ? diffDays(r.due_date!, r.completed_date!) : 0);
}

/** Groups tasks by `keyOf`, counting each group and the total. */
function groupCounts(
  rows: TaskStateRow[],
  window: TimelinessWindow,
  keyOf: (r: TaskStateRow) => string,
): { total: Counts; groups: Map<string, { counts: Counts; rows: TaskStateRow[] }> } {
  const total = emptyCounts();
  const groups = new Map<string, { counts: Counts; rows: TaskStateRow[] }>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? { counts: emptyCounts(), rows: [] };
    count(g.counts, r, window);
    count(total, r, window);
    g.rows.push(r);
    groups.set(key, g);
  }
  return { total, groups };
}

type Head = { asOf: string; from: string | null; to: string | null };

/** Figures by the chair of the meeting each task came from. */
export function leaderReport(
  rows: TaskStateRow[],
  window: TimelinessWindow,
  head: Head,
): LeaderReport {
  const label = (r: TaskStateRow) => (r.meeting_id ? r.chair_name?.trim() || NO_CHAIR : NO_MEETING);
  const { total, groups } = groupCounts(rows, window, label);
  return {
    ...head,
    total: summarise(total),
    rows: [...groups]
      .map(([leader, g]) => ({
        leader,
        meetings: new Set(g.rows.map((r) => r.meeting_id).filter(Boolean)).size,
        ...summarise(g.counts),
      }))
      .sort((a, b) => b.assigned - a.assigned || a.leader.localeCompare(b.leader, 'vi')),
  };
}

/** Figures by meeting, oldest meeting first; tasks outside meetings last. */
export function meetingReport(
  rows: TaskStateRow[],
  window: TimelinessWindow,
  head: Head,
): MeetingReport {
  const { total, groups } = groupCounts(rows, window, (r) => r.meeting_id ?? '');
  return {
    ...head,
    total: summarise(total),
    rows: [...groups]
      .map(([id, g]) => {
        const first = g.rows[0]!;
        return {
          meetingId: id || null,
          title: id ? (first.meeting_title ?? '') : NO_MEETING,
          meetingDate: id ? first.meeting_date : null,
          chairName: id ? first.chair_name : null,
          ...summarise(g.counts),
        };
      })
      .sort(
        (a, b) =>
          Number(a.meetingId === null) - Number(b.meetingId === null) ||
          (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') ||
          a.title.localeCompare(b.title, 'vi'),
      ),
  };
}

/** Each agency's lateness as lead and, apart, as coordinator. */
export function coordinationReport(
  rows: TaskStateRow[],
  inputs: { org_id: string; input_due_date: string | null; input_done_date: string | null }[],
  names: Map<string, string>,
  window: TimelinessWindow,
  head: Head,
): CoordinationReport {
  const { total, groups } = groupCounts(rows, window, (r) => r.owner_org_id);
  const inputTotal = emptyInputs();
  const byOrg = new Map<string, InputTally>();
  for (const i of inputs) {
    const c = byOrg.get(i.org_id) ?? emptyInputs();
    addInput(c, i.input_due_date!, i.input_done_date, window.today);
    addInput(inputTotal, i.input_due_date!, i.input_done_date, window.today);
    byOrg.set(i.org_id, c);
  }
  const ids = new Set([...groups.keys(), ...byOrg.keys()]);
  return {
    ...head,
    total: { lead: summarise(total), coordinator: summariseInputs(inputTotal) },
    rows: [...ids]
      .map((orgId) => ({
        orgId,
        orgName: names.get(orgId) ?? orgId,
        lead: summarise(groups.get(orgId)?.counts ?? emptyCounts()),
        coordinator: summariseInputs(byOrg.get(orgId) ?? emptyInputs()),
      }))
      .sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi')),
  };
}
