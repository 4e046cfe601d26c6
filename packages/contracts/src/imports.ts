import { z } from 'zod';
import { Id, Instant, IsoDate, VersionInput } from './common.ts';

/** `[start, end)` character offsets into the import's normalised text. */
export const Span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** An extracted value with where it was read and how sure the parser is (1 once a person fixed it). */
const field = <T extends z.ZodType>(value: T) =>
  z.object({ value, span: Span.nullable(), confidence: z.number().min(0).max(1) });

export const ImportAgency = z.object({
  name: z.string().max(500),
  orgId: Id.nullable().describe('The matched org of the directory; required for owners at commit'),
  isGroup: z.boolean(),
});

const Str = (max = 5000) => z.string().max(max);

export const ImportHeader = z.object({
  issuer: field(Str(500)).nullable(),
  number: field(Str(100)).nullable(),
  place: field(Str(200)).nullable(),
  issued: field(IsoDate).nullable(),
  documentType: field(Str(100)).nullable(),
  summary: field(Str(2000)).nullable(),
  meetingDate: field(IsoDate).nullable(),
  chair: field(Str(200)).nullable(),
  chairTitle: field(Str(300)).nullable(),
});

export const ImportItem = z.object({
  index: field(Str(20)),
  section: field(Str(500)).nullable(),
  title: field(Str(5000)),
  presenter: field(ImportAgency).nullable(),
  appraisingBody: field(Str(500)).nullable(),
  nextForum: field(Str(1000)).nullable(),
  verdict: field(Str(50)).nullable(),
  revisionPoints: z.array(field(Str(8000))).max(500),
  span: Span,
});

export const ImportTask = z.object({
  item: Str(20).nullable(),
  owner: field(ImportAgency),
  ownerReference: field(Str(200)).nullable(),
  ownerGroup: z.boolean(),
  coordinators: z.array(field(ImportAgency)).max(100),
  action: field(Str(8000)),
  deadlineText: field(Str(500)).nullable(),
  deadlineKind: z.string().max(50).nullable(),
  deadlineReadings: z.object({ strict: IsoDate.nullable(), inclusive: IsoDate.nullable() }),
  deadline: field(IsoDate).nullable(),
  forum: field(Str(1000)).nullable(),
  revisionPoints: z.array(field(Str(8000))).max(500),
});

export const ImportWarning = z.object({
  code: z.string(),
  message: z.string(),
  span: Span.optional(),
});

/** What the parser read, as the reviewing clerk corrects it. */
export const ImportDraft = z.object({
  header: ImportHeader,
  items: z.array(ImportItem).max(10_000),
  tasks: z.array(ImportTask).max(10_000),
  recipients: z.array(field(Str(1000))).max(1000),
  signingAuthority: z.array(field(Str(300))).max(20),
  signer: field(Str(200)).nullable(),
  warnings: z.array(ImportWarning).max(10_000),
});
export type ImportDraft = z.infer<typeof ImportDraft>;

export const IMPORT_STATUSES = ['draft', 'committed', 'discarded'] as const;

export const Import = z.object({
  id: Id,
  status: z.enum(IMPORT_STATUSES),
  sourceName: z.string().nullable(),
  sourceKind: z.enum(['text', 'docx', 'pdf']),
  text: z.string().describe('The normalised text every span points into'),
  draft: ImportDraft,
  meetingId: Id.nullable(),
  announcementId: Id.nullable(),
  createdAt: Instant,
  version: z.number().int(),
});
export type Import = z.infer<typeof Import>;

export const ImportSummary = Import.omit({ text: true, draft: true }).extend({
  number: z.string().nullable(),
  summary: z.string().nullable(),
  taskCount: z.number().int(),
  warningCount: z.number().int(),
});

export const CreateImportJson = z.object({
  text: z.string().min(1, 'Chưa có nội dung văn bản').max(5_000_000, 'Văn bản quá dài'),
  name: z.string().max(255).optional(),
});

export const UpdateImportBody = z.object({
  version: VersionInput,
  draft: ImportDraft,
});

export const CommitImportBody = z.object({ version: VersionInput });

export const CommitResult = z.object({
  importId: Id,
  meetingId: Id,
  announcementId: Id,
  itemIds: z.array(Id),
  taskIds: z.array(Id),
});
export type CommitResult = z.infer<typeof CommitResult>;
