/**
 * The core of announcements: access, reading, lists, versions and rendering, and the helpers
 * the other parts share. Composing and editing are in `drafting.ts`; approval, issue and
 * corrections in `issuing.ts`.
 *
 * Access: admin and office do everything but approve, which leaders (and admin) do; leaders
 * and viewers read every announcement; an agency user reads only issued announcements that
 * concern its org (a recipient, or owner or coordinator of one of its tasks) and gets 404
 * for any other. Every read happens before a transaction opens (SQLite has one connection).
 * @module
 */
import {
  type Announcement,
  type AnnouncementListQuery,
  foldVietnamese,
  type Role,
} from '@ketluan/contracts';
import { InvalidDocumentError, type OutputFormat, rendererFor } from '@ketluan/docgen';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { MeetingsService } from '../meetings/meetings.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import { presentAnnouncement, presentSummary } from './announcements.presenter.ts';
import type {
  AnnouncementRow,
  AnnouncementsRepository,
  RecipientRow,
} from './announcements.repository.ts';
import { blocksText } from './blocks.ts';
import { fileBase, missingParts, toOfficialDocument } from './document.ts';

export interface Actor {
  user: SessionUser;
  requestId?: string;
}

const STAFF: readonly Role[] = ['admin', 'office'];

/** Thrown inside a transaction when the row's version moved; a 409 outside it. */
export const STALE = Symbol('stale version');

export interface AnnouncementsDeps {
  db: Kysely<Database>;
  repo: AnnouncementsRepository;
  audit: AuditService;
  clock: Clock;
  meetings: MeetingsService;
  settings: SettingsService;
}

export function createAnnouncementsCore(deps: AnnouncementsDeps) {
  const { db, repo, clock } = deps;
  const today = () => vietnamDate(clock.now());

  function assertStaff(actor: Actor) {
    if (!STAFF.includes(actor.user.role)) throw forbidden();
  }

  async function issuerOf(bodyOrgId: string) {
    const org = await repo.org(bodyOrgId);
    return org?.name.toLocaleUpperCase('vi') ?? '';
  }

  async function presentRow(row: AnnouncementRow): Promise<Announcement> {
    return presentAnnouncement(
      row,
      await repo.recipientsOf(row.id),
      await issuerOf(row.body_org_id),
    );
  }

  async function present(id: string): Promise<Announcement> {
    const row = await repo.findById(id);
    if (!row) throw notFound('thông báo');
    return presentRow(row);
  }

  /** The row if the actor may read it; 404 otherwise (agencies: issued and concerning it). */
  async function readable(actor: Actor, id: string): Promise<AnnouncementRow> {
    const row = await repo.findById(id);
    if (!row) throw notFound('thông báo');
    if (actor.user.role === 'agency') {
      const org = actor.user.orgId;
      if (row.status !== 'issued' || !org || !(await repo.concerns(id, org)))
        throw notFound('thông báo');
    }
    return row;
  }

  /** A 409 with the current record, for a stale version. Call outside a transaction. */
  async function stale(id: string): Promise<never> {
    throw conflict('stale_version', 'Thông báo đã được người khác cập nhật. Vui lòng tải lại.', {
      current: await present(id),
    });
  }

  const frozen = () =>
    conflict(
      'announcement_frozen',
      'Thông báo đã ban hành, không thể sửa. Hãy tạo văn bản đính chính.',
    );
  const numberTaken = (ns: string) =>
    conflict('number_taken', `Số, ký hiệu ${ns} đã được cơ quan dùng trong năm`);

  /** Runs a write; a stale version becomes a 409, a duplicate number 409 `number_taken`. */
  async function write<T>(
    id: string,
    numberSymbol: string | null,
    work: (trx: Kysely<Database>) => Promise<T>,
  ) {
    try {
      return await db.transaction().execute(work);
    } catch (err) {
      if (err === STALE) return stale(id);
      if (isUniqueViolation(err)) throw numberTaken(numberSymbol ?? '');
      throw err;
    }
  }

  const searchText = (a: Pick<Announcement, 'numberSymbol' | 'summary' | 'content'>) =>
    foldVietnamese(
      [a.numberSymbol, a.summary, blocksText(a.content.body)].filter(Boolean).join(' | '),
    );

  async function assertOrgs(recipients: { orgId?: string | null | undefined }[] | undefined) {
    for (const r of recipients ?? []) {
      if (r.orgId && !(await repo.org(r.orgId)))
        throw badRequest('unknown_org', `Không tìm thấy cơ quan nhận ${r.orgId}`);
    }
  }

  const recipientRows = (
    list: { text: string; orgId?: string | null | undefined }[],
  ): RecipientRow[] => list.map((r) => ({ text: r.text, org_id: r.orgId ?? null }));

  return {
    assertStaff,
    readable,
    present,
    presentRow,
    stale,
    frozen,
    numberTaken,
    write,
    searchText,
    today,
    assertOrgs,
    recipientRows,

    async get(actor: Actor, id: string) {
      return presentRow(await readable(actor, id));
    },

    async list(actor: Actor, q: AnnouncementListQuery) {
      const rows = await repo.list({
        meeting: q.meeting,
        status: q.status,
        concernsOrg: actor.user.role === 'agency' ? (actor.user.orgId ?? '-') : undefined,
        beforeId: q.cursor ? Buffer.from(q.cursor, 'base64url').toString('utf8') : undefined,
        limit: q.limit,
      });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(presentSummary),
        nextCursor:
          rows.length > q.limit && last ? Buffer.from(last.id).toString('base64url') : null,
      };
    },

    async versions(actor: Actor, id: string) {
      await readable(actor, id);
      return (await repo.versionsOf(id)).map((v) => ({
        version: v.version,
        createdAt: v.created_at,
        createdBy: v.created_by,
        snapshot: JSON.parse(v.content) as Record<string, unknown>,
      }));
    },

    /** The announcement as DOCX or PDF bytes, with its download name. */
    async render(actor: Actor, id: string, format: OutputFormat) {
      const a = await presentRow(await readable(actor, id));
      const renderer = rendererFor(format);
      try {
        const bytes = await renderer.render(toOfficialDocument(a, today()), {
          createdAt: a.issuedAt ? new Date(a.issuedAt) : clock.now(),
        });
        return {
          bytes,
          mediaType: renderer.mediaType,
          fileName: `${fileBase(a)}${renderer.extension}`,
        };
      } catch (err) {
        if (!(err instanceof InvalidDocumentError)) throw err;
        const missing = missingParts(a);
        throw badRequest(
          'announcement_incomplete',
          `Chưa đủ thành phần để tạo văn bản: ${missing.join(', ') || err.problems.join('; ')}`,
        );
      }
    },
  };
}
export type AnnouncementsCore = ReturnType<typeof createAnnouncementsCore>;
