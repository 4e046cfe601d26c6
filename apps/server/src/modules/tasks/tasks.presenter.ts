import type { Task, TaskEvent, TaskEventType, TaskListItem, TaskStatus } from '@ketluan/contracts';
import type { Selectable } from 'kysely';
import type { RevisionPointsTable, TaskEventsTable, TasksTable } from '../../db/schema.ts';
import { deriveTimeliness, type TimelinessWindow } from './timeliness.ts';

type TaskRow = Selectable<TasksTable> & { owner_name: string };
type CoordinatorRow = {
  task_id: string;
  org_id: string;
  input_due_date: string | null;
  input_done_date: string | null;
  name: string;
};

export interface TaskStateOverride {
  status: string;
  ownerOrgId: string;
  dueDate: string | null;
  ownerName: string;
}

/** A task for lists: its state as of the window's day (current, or from the timeline). */
export function presentTaskListItem(
  row: TaskRow,
  coordinators: CoordinatorRow[],
  window: TimelinessWindow,
  state?: TaskStateOverride,
): TaskListItem {
  const status = (state?.status ?? row.status) as TaskStatus;
  const dueDate = state ? state.dueDate : row.due_date;
  return {
    id: row.id,
    title: row.title,
    ownerOrgId: state?.ownerOrgId ?? row.owner_org_id,
    ownerName: state?.ownerName ?? row.owner_name,
    originalOwnerOrgId: row.original_owner_org_id,
    coordinatorOrgIds: coordinators.map((c) => c.org_id),
    deadlineText: row.deadline_text,
    dueDate,
    dueDateStrict: row.due_date_strict,
    dueDateInclusive: row.due_date_inclusive,
    dueOverridden: row.due_overridden === 1,
    expectedOutput: row.expected_output,
    forum: row.forum,
    status,
    timeliness: deriveTimeliness({ status, dueDate, completedDate: row.completed_date }, window),
    assignedDate: row.assigned_date,
    completedDate: status === 'done' ? row.completed_date : null,
    itemId: row.item_id,
    meetingId: row.meeting_id,
    announcementId: row.announcement_id,
    pendingExtension: row.extension_requested_date
      ? { requestedDate: row.extension_requested_date, reason: row.extension_reason ?? '' }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function presentTask(
  row: TaskRow,
  coordinators: CoordinatorRow[],
  points: Selectable<RevisionPointsTable>[],
  window: TimelinessWindow,
): Task {
  return {
    ...presentTaskListItem(row, coordinators, window),
    content: row.content,
    coordinators: coordinators.map((c) => ({
      orgId: c.org_id,
      name: c.name,
      inputDueDate: c.input_due_date,
      inputDoneDate: c.input_done_date,
    })),
    revisionPoints: points.map((p) => ({
      id: p.id,
      position: p.position,
      text: p.text,
      checked: p.checked === 1,
      note: p.note,
    })),
  };
}

export function presentTaskEvent(
  e: Selectable<TaskEventsTable> & { actor_name: string | null },
  files: { sha256: string; name: string }[],
): TaskEvent {
  return {
    id: e.id,
    seq: e.seq,
    type: e.type as TaskEventType,
    at: e.at,
    effectiveDate: e.effective_date,
    actorUserId: e.actor_user_id,
    actorName: e.actor_name,
    actorOrgId: e.actor_org_id,
    fromStatus: e.from_status as TaskStatus | null,
    toStatus: e.to_status as TaskStatus | null,
    ownerOrgId: e.owner_org_id,
    dueDate: e.due_date,
    note: e.note,
    payload: JSON.parse(e.payload) as Record<string, unknown>,
    files,
  };
}
