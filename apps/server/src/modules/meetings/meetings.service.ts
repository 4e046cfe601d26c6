/**
 * Meetings, their attendance and agenda items (with conclusions and revision points), and
 * dossiers that follow one draft across meetings and forums. Office and admin write; every
 * role reads, except that an agency user sees only meetings that concern its org (an item it
 * presents or a task it owns or coordinates) and gets 404 for the others.
 * @module
 */
import {
  type CreateItemBody,
  type CreateMeetingBody,
  foldVietnamese,
  type Item,
  type Meeting,
  type Role,
  type UpdateItemBody,
  type UpdateMeetingBody,
} from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { provincialCommitteeId } from '../orgs/orgs.repository.ts';
import { presentItem, presentMeeting, presentMeetingSummary } from './meetings.presenter.ts';
import { type MeetingsRepository, meetingSortKey } from './meetings.repository.ts';

export interface Actor {
  user: SessionUser;
  requestId?: string;
}

const STAFF: readonly Role[] = ['admin', 'office'];

/** Wire field → column, for the fields a PATCH may change. */
const MEETING_COLUMNS: Record<string, string> = {
  kind: 'kind',
  title: 'title',
  period: 'period',
  sequenceLabel: 'sequence_label',
  meetingDate: 'meeting_date',
  location: 'location',
  chairName: 'chair_name',
  chairTitle: 'chair_title',
  status: 'status',
  bodyOrgId: 'body_org_id',
};
const ITEM_COLUMNS: Record<string, string> = {
  title: 'title',
  position: 'position',
  indexLabel: 'index_label',
  presenterOrgId: 'presenter_org_id',
  appraiserOrgId: 'appraiser_org_id',
  nextForum: 'next_forum',
  verdict: 'verdict',
  conclusionText: 'conclusion_text',
};

function columnsOf(body: Record<string, unknown>, map: Record<string, string>) {
  const set: Record<string, unknown> = {};
  for (const [k, col] of Object.entries(map)) if (body[k] !== undefined) set[col] = body[k];
  return set;
}

export function createMeetingsService(deps: {
  db: Kysely<Database>;
  repo: MeetingsRepository;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, repo, audit, clock } = deps;
  const now = () => clock.now().toISOString();

  function assertStaff(actor: Actor) {
    if (!STAFF.includes(actor.user.role)) throw forbidden();
  }

  async function readableMeeting(actor: Actor, id: string) {
    const m = await repo.findMeeting(id);
    if (!m) throw notFound('cuộc họp');
    if (actor.user.role === 'agency' && !(await repo.concerns(actor.user.orgId, id)))
      throw notFound('cuộc họp');
    return m;
  }

  /** The org's name; 400 naming `what` when the id is unknown. */
  async function orgName(trx: Kysely<Database>, id: string | null | undefined, what: string) {
    if (!id) return null;
    const name = await repo.orgName(trx, id);
    if (name === undefined) throw badRequest('unknown_org', `Không tìm thấy ${what}`);
    return name;
  }

  async function presentItems(meetingId: string): Promise<Item[]> {
    const rows = await repo.itemRows(meetingId);
    const points = await repo.itemPoints(rows.map((r) => r.id));
    return rows.map((r) => presentItem(r, points));
  }

  async function present(id: string): Promise<Meeting> {
    const m = await repo.findMeeting(id);
    if (!m) throw notFound('cuộc họp');
    const [attendees, items, announcements] = await Promise.all([
      repo.attendees(id),
      presentItems(id),
      repo.announcementIds([id]),
    ]);
    return presentMeeting(
      m,
      attendees,
      items,
      announcements.map((a) => a.id),
    );
  }

  /** Inserts a meeting in the caller's transaction; returns its id. */
  async function insertMeeting(
    trx: Kysely<Database>,
    actorUserId: string | null,
    input: CreateMeetingBody,
    requestId?: string,
  ) {
    const body = input.bodyOrgId ?? (await provincialCommitteeId(trx));
    if (!body)
      throw badRequest(
        'no_default_body',
        'Chưa có cơ quan chủ trì cuộc họp (UBND tỉnh) trong danh mục',
      );
    await orgName(trx, body, 'cơ quan chủ trì');
    for (const a of input.attendees ?? []) await orgName(trx, a.orgId, 'cơ quan dự họp');
    const row = {
      id: newId(),
      body_org_id: body,
      kind: input.kind ?? 'regular',
      title: input.title,
      period: input.period ?? null,
      sequence_label: input.sequenceLabel ?? null,
      meeting_date: input.meetingDate ?? null,
      location: input.location ?? null,
      chair_name: input.chairName ?? null,
      chair_title: input.chairTitle ?? null,
      chair_user_id: null,
      search_text: foldVietnamese(
        [input.title, input.chairName, input.period].filter(Boolean).join(' | '),
      ),
      created_at: now(),
      updated_at: now(),
    };
    await trx.insertInto('meetings').values(row).execute();
    await repo.replaceAttendees(trx, row.id, input.attendees ?? []);
    await audit.record(trx, {
      actorUserId,
      action: 'meeting.create',
      entity: 'meeting',
      entityId: row.id,
      after: row,
      requestId,
    });
    return row.id;
  }

  /** Inserts an agenda item (and its dossier link) in the caller's transaction. */
  async function insertItem(
    trx: Kysely<Database>,
    actorUserId: string | null,
    meetingId: string,
    input: CreateItemBody,
    requestId?: string,
  ) {
    const presenter = await orgName(trx, input.presenterOrgId, 'cơ quan trình');
    await orgName(trx, input.appraiserOrgId, 'cơ quan thẩm định');
    let dossierId = input.dossierId ?? null;
    if (input.carriedFromItemId) {
      const from = await trx
        .selectFrom('items')
        .selectAll()
        .where('id', '=', input.carriedFromItemId)
        .executeTakeFirst();
      if (!from)
        throw badRequest('unknown_item', 'Không tìm thấy nội dung họp trước (carriedFromItemId)');
      dossierId = await repo.dossierOf(trx, from, now());
    } else if (dossierId) {
      const d = await trx
        .selectFrom('dossiers')
        .select('id')
        .where('id', '=', dossierId)
        .executeTakeFirst();
      if (!d) throw badRequest('unknown_dossier', 'Không tìm thấy hồ sơ (dossierId)');
    }
    const row = {
      id: newId(),
      meeting_id: meetingId,
      position: input.position ?? (await repo.nextItemPosition(trx, meetingId)),
      index_label: input.indexLabel ?? null,
      title: input.title,
      document_kinds: JSON.stringify(input.documentKinds ?? []),
      presenter_org_id: input.presenterOrgId ?? null,
      presenter_text: presenter,
      appraiser_org_id: input.appraiserOrgId ?? null,
      appraiser_text: null,
      next_forum: input.nextForum ?? null,
      verdict: input.verdict ?? null,
      conclusion_text: input.conclusionText ?? null,
      dossier_id: dossierId,
      carried_from_item_id: input.carriedFromItemId ?? null,
      search_text: foldVietnamese(
        [input.title, input.conclusionText, presenter].filter(Boolean).join(' | '),
      ),
      created_at: now(),
      updated_at: now(),
    };
    await trx.insertInto('items').values(row).execute();
    await repo.replaceItemPoints(trx, row.id, input.revisionPoints ?? []);
    await audit.record(trx, {
      actorUserId,
      action: 'item.create',
      entity: 'item',
      entityId: row.id,
      after: row,
      requestId,
    });
    return row.id;
  }

  return {
    insertMeeting,
    insertItem,
    present,

    async create(actor: Actor, body: CreateMeetingBody) {
      assertStaff(actor);
      const id = await db
        .transaction()
        .execute((trx) => insertMeeting(trx, actor.user.id, body, actor.requestId));
      return present(id);
    },

    async get(actor: Actor, id: string) {
      await readableMeeting(actor, id);
      return present(id);
    },

    async list(
      actor: Actor,
      q: { from?: string; to?: string; q?: string; cursor?: string; limit: number },
    ) {
      const rows = await repo.list({
        ...q,
        restrictToOrg: actor.user.role === 'agency' ? (actor.user.orgId ?? '-') : undefined,
        after: q.cursor ? Buffer.from(q.cursor, 'base64url').toString('utf8') : undefined,
      });
      const page = rows.slice(0, q.limit);
      const announcements = await repo.announcementIds(page.map((r) => r.id));
      const last = page.at(-1);
      return {
        items: page.map((m) =>
          presentMeetingSummary(
            m,
            announcements.filter((a) => a.meeting_id === m.id).map((a) => a.id),
          ),
        ),
        nextCursor:
          rows.length > q.limit && last
            ? Buffer.from(meetingSortKey(last)).toString('base64url')
            : null,
      };
    },

    async update(actor: Actor, id: string, body: z.infer<typeof UpdateMeetingBody>) {
      const before = await readableMeeting(actor, id);
      assertStaff(actor);
      const set = columnsOf(body, MEETING_COLUMNS);
      const updated = await db.transaction().execute(async (trx) => {
        if (body.bodyOrgId) await orgName(trx, body.bodyOrgId, 'cơ quan chủ trì');
        if (!(await repo.updateIfVersion(trx, 'meetings', id, body.version, set, now())))
          return false;
        if (body.attendees) {
          for (const a of body.attendees) await orgName(trx, a.orgId, 'cơ quan dự họp');
          await repo.replaceAttendees(trx, id, body.attendees);
        }
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'meeting.update',
          entity: 'meeting',
          entityId: id,
          before,
          after: { ...set, attendees: body.attendees },
          requestId: actor.requestId,
        });
        return true;
      });
      if (!updated) {
        throw conflict('stale_version', 'Cuộc họp đã được người khác cập nhật. Vui lòng tải lại.', {
          current: await present(id),
        });
      }
      return present(id);
    },

    async addItem(actor: Actor, meetingId: string, body: CreateItemBody) {
      await readableMeeting(actor, meetingId);
      assertStaff(actor);
      const id = await db
        .transaction()
        .execute((trx) => insertItem(trx, actor.user.id, meetingId, body, actor.requestId));
      return (await presentItems(meetingId)).find((i) => i.id === id)!;
    },

    async updateItem(actor: Actor, itemId: string, body: z.infer<typeof UpdateItemBody>) {
      const before = await repo.findItem(itemId);
      if (!before) throw notFound('nội dung họp');
      await readableMeeting(actor, before.meeting_id);
      assertStaff(actor);
      const set = columnsOf(body, ITEM_COLUMNS);
      if (body.documentKinds) set.document_kinds = JSON.stringify(body.documentKinds);
      const updated = await db.transaction().execute(async (trx) => {
        if (body.presenterOrgId)
          set.presenter_text = await orgName(trx, body.presenterOrgId, 'cơ quan trình');
        if (body.appraiserOrgId) await orgName(trx, body.appraiserOrgId, 'cơ quan thẩm định');
        if (!(await repo.updateIfVersion(trx, 'items', itemId, body.version, set, now())))
          return false;
        if (body.revisionPoints) await repo.replaceItemPoints(trx, itemId, body.revisionPoints);
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'item.update',
          entity: 'item',
          entityId: itemId,
          before,
          after: set,
          requestId: actor.requestId,
        });
        return true;
      });
      if (!updated)
        throw conflict(
          'stale_version',
          'Nội dung họp đã được người khác cập nhật. Vui lòng tải lại.',
        );
      return (await presentItems(before.meeting_id)).find((i) => i.id === itemId)!;
    },

    /** A dossier with the path of its draft across meetings, in date order. */
    async dossier(actor: Actor, id: string) {
      const d = await repo.findDossier(id);
      if (!d) throw notFound('hồ sơ');
      const path = await repo.dossierPath(id);
      if (actor.user.role === 'agency') {
        const visible = await Promise.all(
          path.map((p) => repo.concerns(actor.user.orgId, p.meetingId)),
        );
        if (!visible.some(Boolean)) throw notFound('hồ sơ');
      }
      return {
        id: d.id,
        title: d.title,
        status: d.status,
        path: path.map((p) => ({ ...p, verdict: p.verdict as Item['verdict'] })),
      };
    },
  };
}
export type MeetingsService = ReturnType<typeof createMeetingsService>;
