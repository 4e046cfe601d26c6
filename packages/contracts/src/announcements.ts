/**
 * Announcements (Thông báo kết luận): the official document composed from a meeting, numbered
 * in the body's register, approved, issued (then frozen) and optionally published.
 *
 * The content follows the `OfficialDocument` model of `@ketluan/docgen`: blocks of rich runs
 * (bold, italic), headings and lists. It holds the words, never the layout.
 * @module
 */
import { z } from 'zod';
import { Id, Instant, IsoDate, VersionInput } from './common.ts';

const Text = (max: number) => z.string().max(max);

/** A stretch of text with one set of character styles. */
export const DocRun = z.object({
  text: Text(20000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
export type DocRun = z.infer<typeof DocRun>;

const Runs = z.array(DocRun).max(200);

/** A content block: paragraph, heading ("1. … (Sở X trình).") or list ("- …"). */
export const DocBlock = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    runs: Runs,
    indent: z.boolean().optional(),
    align: z.enum(['justify', 'center', 'left', 'right']).optional(),
  }),
  z.object({ kind: z.literal('heading'), runs: Runs }),
  z.object({
    kind: z.literal('list'),
    ordered: z.boolean().optional(),
    items: z.array(Runs).max(500),
  }),
]);
export type DocBlock = z.infer<typeof DocBlock>;

/** What the Office edits of the document itself besides the header fields kept as columns. */
export const AnnouncementContent = z.object({
  /** e.g. "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"; "\n" forces a line break. */
  issuingBody: Text(300).min(1),
  /** Supervising body above the issuing body, if any ("UBND TỈNH LẠNG SƠN" above "VĂN PHÒNG"). */
  supervisingBody: Text(300).nullable().optional(),
  /** "THÔNG BÁO". */
  typeName: Text(100).min(1),
  body: z.array(DocBlock).max(5000),
});
export type AnnouncementContent = z.infer<typeof AnnouncementContent>;

/** One line of "Nơi nhận" (the archive line "Lưu: …" is kept apart). */
export const Recipient = z.object({
  text: z.string().trim().min(1).max(500),
  orgId: Id.nullable().optional().describe('The org this line sends to, when it is one'),
});
export type Recipient = z.infer<typeof Recipient>;

export const ANNOUNCEMENT_STATUSES = ['draft', 'approved', 'issued'] as const;
export const AnnouncementStatus = z
  .enum(ANNOUNCEMENT_STATUSES)
  .describe('dự thảo | đã duyệt | đã ban hành');
export type AnnouncementStatus = z.infer<typeof AnnouncementStatus>;

export const Numbering = z
  .enum(['register', 'manual'])
  .describe(
    'register: next number of the body’s register at issue; manual: typed in (numberSymbol)',
  );

/** "346/TB-UBND": digits, "/", then the symbol (letters, digits, "-", "&", "."). */
export const NumberSymbol = z
  .string()
  .trim()
  .regex(
    /^\d{1,7}\s*\/\s*[\p{L}\d&.]+(?:-[\p{L}\d&.]+)*$/u,
    'Số, ký hiệu phải có dạng 346/TB-UBND',
  );

export const Announcement = z.object({
  id: Id,
  bodyOrgId: Id,
  meetingId: Id.nullable(),
  typeCode: z.string(),
  status: AnnouncementStatus,
  numbering: Numbering,
  number: z.number().int().nullable(),
  symbol: z.string().nullable(),
  numberSymbol: z.string().nullable().describe('Assigned at issue when register-numbered'),
  year: z.number().int().nullable(),
  place: z.string().nullable(),
  issuedDate: IsoDate.nullable(),
  summary: z.string(),
  content: AnnouncementContent,
  recipients: z.array(z.object({ text: z.string(), orgId: Id.nullable() })),
  archiveLine: z.string().nullable(),
  signingAuthority: z.array(z.string()).describe('["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]'),
  signerName: z.string().nullable(),
  isPublic: z.boolean(),
  showProgress: z.boolean(),
  contentHash: z.string().nullable().describe('SHA-256 of the canonical document, set at issue'),
  correctsId: Id.nullable(),
  source: z.string().describe('composed | imported'),
  approvedBy: Id.nullable(),
  approvedAt: Instant.nullable(),
  issuedBy: Id.nullable(),
  issuedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int(),
});
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementSummary = Announcement.pick({
  id: true,
  bodyOrgId: true,
  meetingId: true,
  status: true,
  numberSymbol: true,
  issuedDate: true,
  summary: true,
  isPublic: true,
  correctsId: true,
  source: true,
  updatedAt: true,
  version: true,
});
export type AnnouncementSummary = z.infer<typeof AnnouncementSummary>;

export const AnnouncementListQuery = z.object({
  meeting: Id.optional(),
  status: AnnouncementStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AnnouncementListQuery = z.infer<typeof AnnouncementListQuery>;

const Editable = {
  summary: z.string().trim().min(1, 'Chưa nhập trích yếu').max(2000),
  place: z.string().trim().min(1).max(100),
  recipients: z.array(Recipient).max(200),
  archiveLine: z.string().trim().min(1).max(300),
  signingAuthority: z.array(z.string().trim().min(1).max(200)).min(1).max(4),
  signerName: z.string().trim().min(1).max(200).nullable(),
  numbering: Numbering,
  numberSymbol: NumberSymbol.nullable().describe('Required when numbering is manual'),
  issuedDate: IsoDate.nullable().describe('Planned date of issue; issuing defaults to today'),
  isPublic: z.boolean(),
  showProgress: z.boolean(),
};

/** Compose a draft from a meeting; every field overrides what composing would put. */
export const ComposeAnnouncementBody = z.object(Editable).partial();
export type ComposeAnnouncementBody = z.infer<typeof ComposeAnnouncementBody>;

export const UpdateAnnouncementBody = z
  .object({ ...Editable, content: AnnouncementContent })
  .partial()
  .extend({ version: VersionInput });
export type UpdateAnnouncementBody = z.infer<typeof UpdateAnnouncementBody>;

export const ApproveAnnouncementBody = z.object({
  version: VersionInput.optional(),
});

export const IssueAnnouncementBody = z.object({
  version: VersionInput.optional(),
  issuedDate: IsoDate.optional().describe('Defaults to today in Vietnam'),
  isPublic: z.boolean().optional(),
  showProgress: z.boolean().optional(),
});
export type IssueAnnouncementBody = z.infer<typeof IssueAnnouncementBody>;

/** Publication of an issued announcement can change; its content cannot. */
export const PublicationBody = z.object({
  version: VersionInput,
  isPublic: z.boolean(),
  showProgress: z.boolean().optional(),
});

export const AnnouncementVersion = z.object({
  version: z.number().int(),
  createdAt: Instant,
  createdBy: Id.nullable(),
  snapshot: z.record(z.string(), z.unknown()).describe('The editable fields as saved'),
});
