/**
 * Shapes of issue 7: follow-up reports (by agency, leader, meeting, lead versus coordinator),
 * in-app notifications, agencies' calendar feed tokens, coordinators' input and bulk progress
 * updates from a spreadsheet.
 * @module
 */
import { z } from 'zod';
import { Id, Instant, IsoDate } from './common.ts';
import { ReportCounts } from './tasks.ts';

// ── Reports ─────────────────────────────────────────────────────────────────────────────

/** The period (assignment dates) and the day a report is computed for. */
export const ReportPeriodQuery = z.object({
  from: IsoDate.optional().describe('Tasks assigned from this day'),
  to: IsoDate.optional().describe('…up to this day'),
  asOf: IsoDate.optional().describe('State at the end of this day (default today)'),
});
export type ReportPeriodQuery = z.infer<typeof ReportPeriodQuery>;

const ReportHead = {
  asOf: IsoDate,
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  total: ReportCounts,
};

/** Figures by the leader who chaired the meeting (`meetings.chair_name`). */
export const LeaderReport = z.object({
  ...ReportHead,
  rows: z.array(
    ReportCounts.extend({
      leader: z.string().describe('Chair’s name as written, or "(Không rõ người chủ trì)"'),
      meetings: z.number().int().describe('Meetings chaired in the period'),
    }),
  ),
});
export type LeaderReport = z.infer<typeof LeaderReport>;

/** Figures by meeting; tasks assigned outside any meeting form one row with a null id. */
export const MeetingReport = z.object({
  ...ReportHead,
  rows: z.array(
    ReportCounts.extend({
      meetingId: Id.nullable(),
      title: z.string(),
      meetingDate: IsoDate.nullable(),
      chairName: z.string().nullable(),
    }),
  ),
});
export type MeetingReport = z.infer<typeof MeetingReport>;

/** A coordinator's inputs (ý kiến phối hợp) requested with their own earlier date. */
export const InputCounts = z.object({
  requested: z.number().int().describe('Inputs asked of the agency with a date'),
  doneOnTime: z.number().int(),
  doneLate: z.number().int(),
  openInTime: z.number().int(),
  openOverdue: z.number().int(),
  averageDelayDays: z.number().nullable(),
});
export type InputCounts = z.infer<typeof InputCounts>;

/** Lateness of each agency as lead (chủ trì) kept apart from its lateness as coordinator. */
export const CoordinationReport = z.object({
  asOf: IsoDate,
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  total: z.object({ lead: ReportCounts, coordinator: InputCounts }),
  rows: z.array(
    z.object({ orgId: Id, orgName: z.string(), lead: ReportCounts, coordinator: InputCounts }),
  ),
});
export type CoordinationReport = z.infer<typeof CoordinationReport>;

/** Query of the XLSX and DOCX downloads. */
export const ReportExportQuery = ReportPeriodQuery.extend({
  groupBy: z.enum(['owner', 'successor']).default('owner'),
  signerName: z.string().trim().min(1).max(100).optional().describe('Signer of the DOCX report'),
});
export type ReportExportQuery = z.infer<typeof ReportExportQuery>;

/** A coordinating agency reports its input done (or the Office records it). */
export const CoordinatorInputBody = z.object({
  orgId: Id.optional().describe('The coordinator; defaults to the caller’s agency'),
  doneDate: IsoDate.optional().describe('Day the input was sent; defaults to today'),
});
export type CoordinatorInputBody = z.infer<typeof CoordinatorInputBody>;

export const CoordinatorInputResult = z.object({
  taskId: Id,
  orgId: Id,
  inputDueDate: IsoDate.nullable(),
  inputDoneDate: IsoDate,
  late: z.boolean(),
});

// ── Notifications ───────────────────────────────────────────────────────────────────────

export const NOTIFICATION_KINDS = [
  'due_soon',
  'due_today',
  'overdue',
  'input_due_soon',
  'input_due_today',
  'input_overdue',
  'daily_digest',
  'weekly_summary',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  taskId: Id.nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('Path in the web app, e.g. /tasks/…'),
  createdAt: Instant,
  readAt: Instant.nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  before: Id.optional().describe('Page after this id (newest first)'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const NotificationList = z.object({
  items: z.array(Notification),
  unreadCount: z.number().int(),
  nextCursor: Id.nullable(),
});

// ── Calendar feed ───────────────────────────────────────────────────────────────────────

export const CalendarToken = z.object({
  orgId: Id,
  token: z.string().describe('Secret; shown once'),
  url: z.string().describe('Subscription address (iCalendar)'),
  createdAt: Instant,
});

export const CalendarTokenStatus = z.object({
  orgId: Id,
  active: z.boolean(),
  createdAt: Instant.nullable(),
});

// ── Bulk progress update ────────────────────────────────────────────────────────────────

export const BulkExportQuery = z.object({
  owner: Id.optional(),
  meeting: Id.optional(),
  status: z.string().max(200).optional().describe('Comma-separated statuses (Office only)'),
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  assignedFrom: IsoDate.optional(),
  assignedTo: IsoDate.optional(),
});
export type BulkExportQuery = z.infer<typeof BulkExportQuery>;

export const BulkRow = z.object({
  row: z.number().int().describe('Row number in the sheet'),
  taskId: Id.nullable(),
  title: z.string().nullable(),
  action: z.enum(['progress', 'report', 'none']),
  percent: z.number().int().nullable(),
  note: z.string().nullable(),
  completedDate: IsoDate.nullable(),
  documentNumber: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type BulkRow = z.infer<typeof BulkRow>;

export const BulkPreview = z.object({
  rows: z.array(BulkRow),
  total: z.number().int().describe('Rows read'),
  applicable: z.number().int().describe('Rows that would change a task'),
  errors: z.number().int(),
});
export type BulkPreview = z.infer<typeof BulkPreview>;

export const BulkApplyResult = z.object({ applied: z.number().int(), taskIds: z.array(Id) });
export type BulkApplyResult = z.infer<typeof BulkApplyResult>;
