import { z } from 'zod';
import { Id, Instant, IsoDate, VersionInput } from './common.ts';

export const TASK_STATUSES = [
  'assigned',
  'in_progress',
  'reported',
  'done',
  'returned',
  'cancelled',
] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Derived, never typed: see DESIGN.md §2. */
export const TIMELINESS = [
  'not_due',
  'due_soon',
  'overdue',
  'on_time',
  'late',
  'no_deadline',
  'cancelled',
] as const;
export const Timeliness = z.enum(TIMELINESS);
export type Timeliness = z.infer<typeof Timeliness>;

export const TASK_EVENT_TYPES = [
  'created',
  'progress',
  'report',
  'accept',
  'return',
  'extension_request',
  'extension_decision',
  'cancel',
  'reassign',
  'edit',
  'lineage',
] as const;
export const TaskEventType = z.enum(TASK_EVENT_TYPES);
export type TaskEventType = z.infer<typeof TaskEventType>;

const Text = (max: number) => z.string().trim().max(max);
const Reason = z.string().trim().min(1, 'Cần nêu lý do').max(4000);

export const CoordinatorInput = z.object({
  orgId: Id,
  inputDueDate: IsoDate.optional().nullable().describe('Earlier date for this coordinator’s input'),
});

export const CreateTaskBody = z.object({
  title: Text(1000).min(1, 'Chưa nhập nội dung nhiệm vụ'),
  ownerOrgId: Id,
  coordinatorOrgIds: z.array(Id).max(100).optional(),
  coordinators: z.array(CoordinatorInput).max(100).optional(),
  content: Text(20000).optional().nullable(),
  expectedOutput: Text(2000).optional().nullable(),
  forum: Text(1000).optional().nullable(),
  deadlineText: Text(500).optional().nullable(),
  dueDate: IsoDate.optional().nullable().describe('Overrides the date computed from deadlineText'),
  itemId: Id.optional().nullable(),
  assignedDate: IsoDate.optional().describe('Defaults to the announcement date or today'),
  revisionPoints: z.array(Text(4000).min(1)).max(200).optional(),
});
export type CreateTaskBody = z.infer<typeof CreateTaskBody>;

export const UpdateTaskBody = z.object({
  version: VersionInput,
  title: Text(1000).min(1).optional(),
  content: Text(20000).nullable().optional(),
  expectedOutput: Text(2000).nullable().optional(),
  forum: Text(1000).nullable().optional(),
  deadlineText: Text(500).nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
});
export type UpdateTaskBody = z.infer<typeof UpdateTaskBody>;

export const RevisionPointCheck = z.object({
  id: Id,
  checked: z.boolean(),
  note: Text(4000).optional().nullable(),
});

export const FileRef = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: Text(255).min(1),
});

/** One action on a task; `version` is the task version the client saw. */
export const TaskEventBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    version: VersionInput,
    note: Text(8000).min(1, 'Chưa nhập nội dung tiến độ'),
    percent: z.number().int().min(0).max(100).optional(),
    files: z.array(FileRef).max(20).optional(),
  }),
  z.object({
    type: z.literal('report'),
    version: VersionInput,
    note: Text(8000).optional().nullable(),
    documentNumber: Text(100)
      .optional()
      .nullable()
      .describe('The agency’s outgoing document number'),
    completedDate: IsoDate.optional().describe('Date of completion; defaults to today'),
    files: z.array(FileRef).max(20).optional(),
    revisionPoints: z.array(RevisionPointCheck).max(200).optional(),
  }),
  z.object({
    type: z.literal('accept'),
    version: VersionInput,
    note: Text(4000).optional().nullable(),
  }),
  z.object({ type: z.literal('return'), version: VersionInput, reason: Reason }),
  z.object({
    type: z.literal('extension_request'),
    version: VersionInput,
    requestedDate: IsoDate,
    reason: Reason,
  }),
  z.object({
    type: z.literal('extension_decision'),
    version: VersionInput,
    approved: z.boolean(),
    newDueDate: IsoDate.optional().describe('Defaults to the requested date when approved'),
    note: Text(4000).optional().nullable(),
  }),
  z.object({ type: z.literal('cancel'), version: VersionInput, reason: Reason }),
  z.object({
    type: z.literal('reassign'),
    version: VersionInput,
    ownerOrgId: Id,
    reason: Reason,
  }),
]);
export type TaskEventBody = z.infer<typeof TaskEventBody>;

export const Coordinator = z.object({
  orgId: Id,
  name: z.string(),
  inputDueDate: IsoDate.nullable(),
  inputDoneDate: IsoDate.nullable().describe('When the coordinator reported its input'),
});

export const RevisionPoint = z.object({
  id: Id,
  position: z.number().int(),
  text: z.string(),
  checked: z.boolean(),
  note: z.string().nullable(),
});

export const Task = z.object({
  id: Id,
  title: z.string(),
  content: z.string().nullable(),
  ownerOrgId: Id,
  ownerName: z.string(),
  originalOwnerOrgId: Id,
  coordinatorOrgIds: z.array(Id),
  coordinators: z.array(Coordinator),
  deadlineText: z.string().nullable(),
  dueDate: IsoDate.nullable(),
  dueDateStrict: IsoDate.nullable(),
  dueDateInclusive: IsoDate.nullable(),
  dueOverridden: z.boolean(),
  expectedOutput: z.string().nullable(),
  forum: z.string().nullable(),
  status: TaskStatus,
  timeliness: Timeliness,
  assignedDate: IsoDate,
  completedDate: IsoDate.nullable(),
  itemId: Id.nullable(),
  meetingId: Id.nullable(),
  announcementId: Id.nullable(),
  revisionPoints: z.array(RevisionPoint),
  pendingExtension: z.object({ requestedDate: IsoDate, reason: z.string() }).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int(),
});
export type Task = z.infer<typeof Task>;

export const TaskListItem = Task.omit({ revisionPoints: true, coordinators: true, content: true });
export type TaskListItem = z.infer<typeof TaskListItem>;

export const TaskEvent = z.object({
  id: Id,
  seq: z.number().int(),
  type: TaskEventType,
  at: Instant,
  effectiveDate: IsoDate,
  actorUserId: Id.nullable(),
  actorName: z.string().nullable(),
  actorOrgId: Id.nullable(),
  fromStatus: TaskStatus.nullable(),
  toStatus: TaskStatus.nullable(),
  ownerOrgId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  note: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  files: z.array(z.object({ sha256: z.string(), name: z.string() })),
});
export type TaskEvent = z.infer<typeof TaskEvent>;

export const TASK_SORTS = ['due', '-due', 'assigned', '-assigned', 'updated', '-updated'] as const;

export const TaskListQuery = z.object({
  owner: Id.optional().describe('Owner org id'),
  coordinator: Id.optional().describe('Coordinating org id'),
  status: z
    .string()
    .optional()
    .describe('Comma-separated statuses')
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(TaskStatus).optional()),
  timeliness: z
    .string()
    .optional()
    .describe('Comma-separated timeliness values')
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(Timeliness).optional()),
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  assignedFrom: IsoDate.optional(),
  assignedTo: IsoDate.optional(),
  meeting: Id.optional(),
  item: Id.optional(),
  q: z.string().max(200).optional().describe('Accent-insensitive search'),
  asOf: IsoDate.optional().describe('Answer as it was at the end of this day'),
  sort: z.enum(TASK_SORTS).default('due'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

/** The figures of one agency (or of everything) in a follow-up report. */
export const ReportCounts = z.object({
  assigned: z.number().int().describe('Tasks assigned in the period (not cancelled)'),
  doneOnTime: z.number().int().describe('hoàn thành đúng hạn'),
  doneLate: z.number().int().describe('hoàn thành quá hạn'),
  openInTime: z.number().int().describe('đang thực hiện trong hạn (incl. no deadline)'),
  openOverdue: z.number().int().describe('đang thực hiện quá hạn'),
  noDeadline: z.number().int().describe('of which without a deadline'),
  dueSoon: z.number().int().describe('of the open, due within the due-soon window'),
  cancelled: z.number().int(),
  completionRate: z.number().describe('done / assigned, 0–1'),
  onTimeRate: z.number().describe('done on time / done, 0–1'),
  averageDelayDays: z.number().nullable().describe('Mean days late of tasks done late'),
});
export type ReportCounts = z.infer<typeof ReportCounts>;

export const AgencyReportQuery = z.object({
  from: IsoDate.optional().describe('Tasks assigned from this day'),
  to: IsoDate.optional().describe('…up to this day'),
  asOf: IsoDate.optional().describe('State at the end of this day (default today)'),
  groupBy: z
    .enum(['owner', 'successor'])
    .default('owner')
    .describe('The owner then, or today’s successor'),
  meeting: Id.optional(),
});

export const AgencyReport = z.object({
  asOf: IsoDate,
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  groupBy: z.enum(['owner', 'successor']),
  total: ReportCounts,
  rows: z.array(ReportCounts.extend({ orgId: Id, orgName: z.string() })),
});
export type AgencyReport = z.infer<typeof AgencyReport>;
