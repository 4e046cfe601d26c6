/**
 * Announcements: composed from a meeting, edited by the Office (each save a version), approved
 * by a leader, issued and numbered by the Office (see `issuing.ts`), then frozen; a
 * correction is a new draft that refers to the issued one.
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
  type ComposeAnnouncementBody,
  foldVietnamese,
  type Role,
  type UpdateAnnouncementBody,
} from '@ketluan/contracts';
import { InvalidDocumentError, type OutputFormat, rendererFor } from '@ketluan/docgen';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { MeetingsService } from '../meetings/meetings.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { AnnouncementRow, AnnouncementsRepository, RecipientRow } from './announcements.repository.ts';
import { presentAnnouncement, presentSummary, snapshotOf, storeContent } from './announcements.presenter.ts';
import { blocksText } from './blocks.ts';
import { composeDraft } from './compose-draft.ts';
import { fileBase, missingParts, toOfficialDocument } from './document.ts';
import { type NumberFields, numberFields } from './numbering.ts';

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
  const { db, repo, audit, clock } = deps;
  const today = () => vietnamDate(clock.now());

  function assertStaff(actor: Actor) {
    if (!STAFF.includes(actor.user.role)) throw forbidden();
  }

  async function issuerOf(bodyOrgId: string) {
    const org = await repo.org(bodyOrgId);
    return org?.name.toLocaleUpperCase('vi') ?? '';
  }

  async function presentRow(row: AnnouncementRow): Promise<Announcement> {
    return presentAnnouncement(row, await repo.recipientsOf(row.id), await issuerOf(row.body_org_id));
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
      if (row.status !== 'issued' || !org || !(await repo.concerns(id, org))) throw notFound('thông báo');
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
    conflict('announcement_frozen', 'Thông báo đã ban hành, không thể sửa. Hãy tạo văn bản đính chính.');
  const numberTaken = (ns: string) =>
    conflict('number_taken', `Số, ký hiệu ${ns} đã được cơ quan dùng trong năm`);

  /** Runs a write; a stale version becomes a 409, a duplicate number 409 `number_taken`. */
  async function write<T>(id: string, numberSymbol: string | null, work: (trx: Kysely<Database>) => Promise<T>) {
    try {
      return await db.transaction().execute(work);
    } catch (err) {
      if (err === STALE) return stale(id);
      if (isUniqueViolation(err)) throw numberTaken(numberSymbol ?? '');
      throw err;
    }
  }

  const searchText = (a: Pick<Announcement, 'numberSymbol' | 'summary' | 'content'>) =>
    foldVietnamese([a.numberSymbol, a.summary, blocksText(a.content.body)].filter(Boolean).join(' | '));

  async function assertOrgs(recipients: { orgId?: string | null | undefined }[] | undefined) {
    for (const r of recipients ?? []) {
      if (r.orgId && !(await repo.org(r.orgId))) throw badRequest('unknown_org', `Không tìm thấy cơ quan nhận ${r.orgId}`);
    }
  }

  const recipientRows = (list: { text: string; orgId?: string | null | undefined }[]): RecipientRow[] =>
    list.map((r) => ({ text: r.text, org_id: r.orgId ?? null }));

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

    /** Composes a draft from a meeting (office, admin). */
    async compose(actor: Actor, meetingId: string, body: ComposeAnnouncementBody): Promise<Announcement> {
      assertStaff(actor);
      const meeting = await deps.meetings.get(actor, meetingId);
      const org = await repo.org(meeting.bodyOrgId);
      if (!org) throw notFound('cơ quan ban hành');
      const draft = composeDraft(meeting, await repo.draftTasks(meetingId), { name: org.name, shortName: org.short_name });
      const last = await repo.lastSigner(org.id);
      await assertOrgs(body.recipients);
      const numbering = body.numbering ?? (body.numberSymbol ? 'manual' : 'register');
      const number: NumberFields = numberFields(numbering, body.numberSymbol ?? null, org.symbol, body.issuedDate ?? today());
      const now = clock.now().toISOString();
      const id = newId();
      const recipients = recipientRows(body.recipients ?? draft.recipients);
      const row: AnnouncementRow = {
        id,
        body_org_id: org.id,
        meeting_id: meetingId,
        type_code: 'TB',
        ...number,
        numbering,
        place: body.place ?? (await deps.settings.get('placeName')),
        issued_date: body.issuedDate ?? null,
        summary: body.summary ?? draft.summary,
        content: storeContent(draft.content),
        signing_authority: (body.signingAuthority ?? (last?.signing_authority?.split('\n') || draft.signingAuthority)).join('\n'),
        signer_title: null,
        signer_name: body.signerName !== undefined ? body.signerName : (last?.signer_name ?? null),
        archive_line: body.archiveLine ?? draft.archiveLine,
        status: 'draft',
        content_hash: null,
        is_public: body.isPublic ? 1 : 0,
        show_progress: body.showProgress ? 1 : 0,
        corrects_id: null,
        source: 'composed',
        approved_by: null,
        approved_at: null,
        issued_by: null,
        issued_at: null,
        search_text: '',
        created_at: now,
        updated_at: now,
        version: 1,
      };
      const shown = presentAnnouncement(row, recipients, org.name.toLocaleUpperCase('vi'));
      row.search_text = searchText(shown);
      row.signer_title = shown.signingAuthority.at(-1) ?? null;
      await write(id, row.number_symbol, async (trx) => {
        await repo.insert(trx, row, recipients);
        await repo.insertVersion(trx, { announcementId: id, version: 1, snapshot: snapshotOf(shown), by: actor.user.id, at: now });
        await audit.record(trx, { actorUserId: actor.user.id, action: 'announcement.compose', entity: 'announcement', entityId: id, after: snapshotOf(shown), requestId: actor.requestId });
      });
      return present(id);
    },

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
        nextCursor: rows.length > q.limit && last ? Buffer.from(last.id).toString('base64url') : null,
      };
    },

    /** Office edits; each save keeps a version. Editing an approved draft withdraws the approval. */
    async update(actor: Actor, id: string, body: UpdateAnnouncementBody): Promise<Announcement> {
      assertStaff(actor);
      const row = await readable(actor, id);
      if (row.status === 'issued') throw frozen();
      if (row.version !== body.version) return stale(id);
      const before = await presentRow(row);
      await assertOrgs(body.recipients);
      const set: Partial<AnnouncementRow> = { updated_at: clock.now().toISOString() };
      if (body.summary !== undefined) set.summary = body.summary;
      if (body.place !== undefined) set.place = body.place;
      if (body.content !== undefined) set.content = storeContent(body.content);
      if (body.archiveLine !== undefined) set.archive_line = body.archiveLine;
      if (body.signingAuthority !== undefined) set.signing_authority = body.signingAuthority.join('\n');
      if (body.signerName !== undefined) set.signer_name = body.signerName;
      if (body.issuedDate !== undefined) set.issued_date = body.issuedDate;
      if (body.isPublic !== undefined) set.is_public = body.isPublic ? 1 : 0;
      if (body.showProgress !== undefined) set.show_progress = body.showProgress ? 1 : 0;
      if (body.numbering !== undefined || body.numberSymbol !== undefined || body.issuedDate !== undefined) {
        const numbering = body.numbering ?? (body.numberSymbol ? 'manual' : (row.numbering as 'register' | 'manual'));
        const typed = body.numberSymbol !== undefined ? body.numberSymbol : row.number_symbol;
        const org = await repo.org(row.body_org_id);
        Object.assign(set, { numbering, ...numberFields(numbering, typed, org?.symbol ?? null, (set.issued_date ?? row.issued_date) ?? today()) });
      }
      if (row.status === 'approved') Object.assign(set, { status: 'draft', approved_by: null, approved_at: null });
      const recipients = body.recipients ? recipientRows(body.recipients) : before.recipients.map((r) => ({ text: r.text, org_id: r.orgId }));
      const next = presentAnnouncement({ ...row, ...set, version: row.version + 1 }, recipients, before.content.issuingBody);
      set.search_text = searchText(next);
      set.signer_title = next.signingAuthority.at(-1) ?? null;
      await write(id, next.numberSymbol, async (trx) => {
        if (!(await repo.updateIfVersion(trx, id, body.version, set))) throw STALE;
        if (body.recipients) await repo.replaceRecipients(trx, id, recipients);
        await repo.insertVersion(trx, { announcementId: id, version: next.version, snapshot: snapshotOf(next), by: actor.user.id, at: set.updated_at! });
        await audit.record(trx, { actorUserId: actor.user.id, action: 'announcement.update', entity: 'announcement', entityId: id, before: snapshotOf(before), after: snapshotOf(next), requestId: actor.requestId });
      });
      return present(id);
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
        return { bytes, mediaType: renderer.mediaType, fileName: `${fileBase(a)}${renderer.extension}` };
      } catch (err) {
        if (!(err instanceof InvalidDocumentError)) throw err;
        const missing = missingParts(a);
        throw badRequest('announcement_incomplete', `Chưa đủ thành phần để tạo văn bản: ${missing.join(', ') || err.problems.join('; ')}`);
      }
    },
  };
}
export type AnnouncementsCore = ReturnType<typeof createAnnouncementsCore>;
