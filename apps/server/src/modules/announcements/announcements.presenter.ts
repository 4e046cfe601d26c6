/**
 * Rows → the wire shape of `@ketluan/contracts` (camelCase), including the content of an
 * imported announcement, which is stored as its text and read back through the parser.
 * @module
 */
import type { Announcement, AnnouncementContent, AnnouncementSummary } from '@ketluan/contracts';
import type { AnnouncementRow, RecipientRow } from './announcements.repository.ts';
import { documentFromText } from './from-text.ts';

/** The stored content: the document model, or (imports) the original text. */
type StoredContent =
  | ({ kind?: 'document' } & AnnouncementContent)
  | { kind: 'imported'; text: string };

/** The content of a row as the document model, whatever way it was stored. */
export function contentOf(
  row: Pick<AnnouncementRow, 'content'>,
  fallbackIssuer: string,
): AnnouncementContent {
  let stored: StoredContent;
  try {
    stored = JSON.parse(row.content) as StoredContent;
  } catch {
    stored = { kind: 'imported', text: row.content };
  }
  if (stored.kind === 'imported') {
    const { document } = documentFromText(stored.text, { issuingBody: fallbackIssuer });
    return {
      issuingBody: document.issuingBody,
      supervisingBody: document.supervisingBody ?? null,
      typeName: document.typeName,
      body: document.body,
    };
  }
  return {
    issuingBody: stored.issuingBody || fallbackIssuer,
    supervisingBody: stored.supervisingBody ?? null,
    typeName: stored.typeName || 'THÔNG BÁO',
    body: Array.isArray(stored.body) ? stored.body : [],
  };
}

/** The stored form of edited content. */
export const storeContent = (c: AnnouncementContent) => JSON.stringify({ kind: 'document', ...c });

/** Authority lines are stored one per line. */
export const authorityLines = (text: string | null) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function presentAnnouncement(
  row: AnnouncementRow,
  recipients: RecipientRow[],
  fallbackIssuer: string,
): Announcement {
  return {
    id: row.id,
    bodyOrgId: row.body_org_id,
    meetingId: row.meeting_id,
    typeCode: row.type_code,
    status: row.status as Announcement['status'],
    numbering: row.numbering as Announcement['numbering'],
    number: row.number,
    symbol: row.symbol,
    numberSymbol: row.number_symbol,
    year: row.year,
    place: row.place,
    issuedDate: row.issued_date,
    summary: row.summary,
    content: contentOf(row, fallbackIssuer),
    // The archive line of an import is also among its recipient lines: shown once.
    recipients: recipients
      .filter((r) => !/^Lưu\b/u.test(r.text))
      .map((r) => ({ text: r.text, orgId: r.org_id })),
    archiveLine: row.archive_line,
    signingAuthority: authorityLines(row.signing_authority),
    signerName: row.signer_name,
    isPublic: row.is_public === 1,
    showProgress: row.show_progress === 1,
    contentHash: row.content_hash,
    correctsId: row.corrects_id,
    source: row.source,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    issuedBy: row.issued_by,
    issuedAt: row.issued_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function presentSummary(row: AnnouncementRow): AnnouncementSummary {
  return {
    id: row.id,
    bodyOrgId: row.body_org_id,
    meetingId: row.meeting_id,
    status: row.status as AnnouncementSummary['status'],
    numberSymbol: row.number_symbol,
    issuedDate: row.issued_date,
    summary: row.summary,
    isPublic: row.is_public === 1,
    correctsId: row.corrects_id,
    source: row.source,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The editable state kept in `announcement_versions` at each save. */
export function snapshotOf(a: Announcement): Record<string, unknown> {
  return {
    summary: a.summary,
    place: a.place,
    content: a.content,
    recipients: a.recipients,
    archiveLine: a.archiveLine,
    signingAuthority: a.signingAuthority,
    signerName: a.signerName,
    numbering: a.numbering,
    numberSymbol: a.numberSymbol,
    issuedDate: a.issuedDate,
    isPublic: a.isPublic,
    showProgress: a.showProgress,
  };
}
