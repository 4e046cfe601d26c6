import { z } from 'zod';
import { Id, Instant, IsoDate, VersionInput } from './common.ts';

export const MEETING_KINDS = ['regular', 'thematic', 'briefing', 'working'] as const;
export const MeetingKind = z
  .enum(MEETING_KINDS)
  .describe('thường kỳ | chuyên đề | giao ban | làm việc');

export const VERDICTS = [
  'agreed',
  'basically_agreed',
  'not_agreed',
  'resubmit',
  'withdrawn',
] as const;
export const Verdict = z
  .enum(VERDICTS)
  .describe('nhất trí | cơ bản nhất trí | chưa nhất trí | trình lại | rút');
export type Verdict = z.infer<typeof Verdict>;

const Text = (max: number) => z.string().trim().max(max);

export const AttendeeInput = z.object({
  orgId: Id.optional().nullable(),
  personName: Text(200).optional().nullable(),
  role: z.enum(['chair', 'attendee', 'presenter', 'invited']).default('attendee'),
  present: z.boolean().default(true),
});

export const CreateMeetingBody = z.object({
  bodyOrgId: Id.optional().describe('Defaults to the provincial People’s Committee'),
  kind: MeetingKind.default('regular'),
  title: Text(500).min(1, 'Chưa nhập tên cuộc họp'),
  period: Text(100).optional().nullable(),
  sequenceLabel: Text(50).optional().nullable(),
  meetingDate: IsoDate.optional().nullable(),
  location: Text(300).optional().nullable(),
  chairName: Text(200).optional().nullable(),
  chairTitle: Text(200).optional().nullable(),
  attendees: z.array(AttendeeInput).max(500).optional(),
});
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

export const UpdateMeetingBody = CreateMeetingBody.partial().extend({
  version: VersionInput,
  status: z.enum(['scheduled', 'held', 'cancelled']).optional(),
});

export const CreateItemBody = z.object({
  title: Text(2000).min(1, 'Chưa nhập nội dung'),
  position: z.number().int().min(1).optional(),
  indexLabel: Text(20).optional().nullable(),
  documentKinds: z.array(Text(100)).max(20).optional(),
  presenterOrgId: Id.optional().nullable(),
  appraiserOrgId: Id.optional().nullable(),
  nextForum: Text(500).optional().nullable(),
  verdict: Verdict.optional().nullable(),
  conclusionText: Text(50000).optional().nullable(),
  revisionPoints: z.array(Text(4000).min(1)).max(200).optional(),
  dossierId: Id.optional().nullable().describe('Links this item to an existing dossier'),
  carriedFromItemId: Id.optional()
    .nullable()
    .describe('The earlier item this one comes back from ("trình lại")'),
});
export type CreateItemBody = z.infer<typeof CreateItemBody>;

export const UpdateItemBody = CreateItemBody.partial().extend({
  version: VersionInput,
});

export const Attendee = z.object({
  id: Id,
  orgId: Id.nullable(),
  orgName: z.string().nullable(),
  personName: z.string().nullable(),
  role: z.string(),
  present: z.boolean(),
});

export const Item = z.object({
  id: Id,
  meetingId: Id,
  position: z.number().int(),
  indexLabel: z.string().nullable(),
  title: z.string(),
  documentKinds: z.array(z.string()),
  presenterOrgId: Id.nullable(),
  presenterName: z.string().nullable(),
  appraiserOrgId: Id.nullable(),
  appraiserName: z.string().nullable(),
  nextForum: z.string().nullable(),
  verdict: Verdict.nullable(),
  conclusionText: z.string().nullable(),
  revisionPoints: z.array(z.object({ id: Id, position: z.number().int(), text: z.string() })),
  dossierId: Id.nullable(),
  carriedFromItemId: Id.nullable(),
  taskCount: z.number().int(),
  version: z.number().int(),
});
export type Item = z.infer<typeof Item>;

export const Meeting = z.object({
  id: Id,
  bodyOrgId: Id,
  kind: MeetingKind,
  title: z.string(),
  period: z.string().nullable(),
  sequenceLabel: z.string().nullable(),
  meetingDate: IsoDate.nullable(),
  location: z.string().nullable(),
  chairName: z.string().nullable(),
  chairTitle: z.string().nullable(),
  status: z.string(),
  attendees: z.array(Attendee),
  items: z.array(Item),
  announcementIds: z.array(Id),
  createdAt: Instant,
  version: z.number().int(),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingSummary = Meeting.omit({ attendees: true, items: true }).extend({
  itemCount: z.number().int(),
  taskCount: z.number().int(),
});

export const MeetingListQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: z.string().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const Dossier = z.object({
  id: Id,
  title: z.string(),
  status: z.string(),
  path: z.array(
    z.object({
      itemId: Id,
      meetingId: Id,
      meetingTitle: z.string(),
      meetingDate: IsoDate.nullable(),
      title: z.string(),
      verdict: Verdict.nullable(),
      nextForum: z.string().nullable(),
    }),
  ),
});
