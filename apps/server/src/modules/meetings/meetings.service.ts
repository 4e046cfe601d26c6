/**
 * Meetings, their attendance and agenda items (with conclusions and revision points), and
 * dossiers that follow one draft across meetings and forums. Office and admin write; every
 * role reads, except that an agency user sees only meetings that concern its org (an item it
 * presents or a task it owns or coordinates) and gets 404 for the others.
 * @module
 */

import type { UpdateItemBody, UpdateMeetingBody } from '@ketluan/contracts';
import {
  type CreateItemBody,
  type CreateMeetingBody,
  foldVietnamese,
  type Item,
  type Meeting,
  type Role,
} from '@ketluan/contracts';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { escapeLike } from '../orgs/orgs.repository.ts';

export interface Actor {
  user: SessionUser;
  requestId?: string;
}

const STAFF: readonly Role[] = ['admin', 'office'];

export function createMeetingsService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, audit, clock } = deps;

  function assertStaff(actor: Actor) {
    if (!STAFF.includes(actor.user.role)) throw forbidden();
  }

  /** Whether an agency's org is concerned by a meeting. */
  async function concerns(orgId: string | null, meetingId: string): Promise<boolean> {
    if (!orgId) return false;
    const hit = await db
      .selectFrom('meetings as m')
      .select('m.id')
      .where('m.id', '=', meetingId)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('items as i')
              .select('i.id')
              .whereRef('i.meeting_id', '=', 'm.id')
              .where('i.presenter_org_id', '=', orgId),
          ),
          eb.exists(
            eb
              .selectFrom('tasks as t')
              .select('t.id')
              .whereRef('t.meeting_id', '=', 'm.id')
              .where('t.owner_org_id', '=', orgId),
          ),
          eb.exists(
            eb
              .selectFrom('tasks as t2')
              .innerJoin('task_coordinators as c', 'c.task_id', 't2.id')
              .select('t2.id')
              .whereRef('t2.meeting_id', '=', 'm.id')
              .where('c.org_id', '=', orgId),
          ),
        ]),
      )
      .executeTakeFirst();
    return Boolean(hit);
  }

  async function readableMeeting(actor: Actor, id: string) {
    const m = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!m) throw notFound('cuộc họp');
    if (actor.user.role === 'agency' && !(await concerns(actor.user.orgId, id)))
      throw notFound('cuộc họp');
    return m;
  }

  async function orgName(trx: Kysely<Database>, id: string | null | undefined, what: string) {
    if (!id) return null;
    const o = await trx.selectFrom('orgs').select('name').where('id', '=', id).executeTakeFirst();
    if (!o) throw badRequest('unknown_org', `Không tìm thấy ${what}`);
    return o.name;
  }

  async function defaultBody(trx: Kysely<Database>) {
    const o = await trx
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'provincial_committee')
      .orderBy('code')
      .executeTakeFirst();
    if (!o)
      throw badRequest(
        'no_default_body',
        'Chưa có cơ quan chủ trì cuộc họp (UBND tỉnh) trong danh mục',
      );
    return o.id;
  }

  async function presentItems(meetingId: string): Promise<Item[]> {
    const rows = await db
      .selectFrom('items as i')
      .leftJoin('orgs as p', 'p.id', 'i.presenter_org_id')
      .leftJoin('orgs as a', 'a.id', 'i.appraiser_org_id')
      .selectAll('i')
      .select(['p.name as presenter_name', 'a.name as appraiser_name'])
      .select((eb) =>
        eb
          .selectFrom('tasks as t')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('t.item_id', '=', 'i.id')
          .as('task_count'),
      )
      .where('i.meeting_id', '=', meetingId)
      .orderBy('i.position')
      .execute();
    const points = rows.length
      ? await db
          .selectFrom('revision_points')
          .select(['id', 'item_id', 'position', 'text'])
          .where(
            'item_id',
            'in',
            rows.map((r) => r.id),
          )
          .where('task_id', 'is', null)
          .orderBy('position')
          .execute()
      : [];
    return rows.map((r) => ({
      id: r.id,
      meetingId: r.meeting_id,
      position: r.position,
      indexLabel: r.index_label,
      title: r.title,
      documentKinds: JSON.parse(r.document_kinds) as string[],
      presenterOrgId: r.presenter_org_id,
      presenterName: r.presenter_name ?? r.presenter_text,
      appraiserOrgId: r.appraiser_org_id,
      appraiserName: r.appraiser_name ?? r.appraiser_text,
      nextForum: r.next_forum,
      verdict: r.verdict as Item['verdict'],
      conclusionText: r.conclusion_text,
      revisionPoints: points
        .filter((p) => p.item_id === r.id)
        .map((p) => ({ id: p.id, position: p.position, text: p.text })),
      dossierId: r.dossier_id,
      carriedFromItemId: r.carried_from_item_id,
      taskCount: Number(r.task_count ?? 0),
      version: r.version,
    }));
  }

  async function present(id: string): Promise<Meeting> {
    const m = await db
      .selectFrom('meetings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const attendees = await db
      .selectFrom('meeting_attendees as a')
      .leftJoin('orgs as o', 'o.id', 'a.org_id')
      .selectAll('a')
      .select('o.name as org_name')
      .where('a.meeting_id', '=', id)
      .execute();
    const announcements = await db
      .selectFrom('announcements')
      .select('id')
      .where('meeting_id', '=', id)
      .orderBy('created_at')
      .execute();
    return {
      id: m.id,
      bodyOrgId: m.body_org_id,
      kind: m.kind as Meeting['kind'],
      title: m.title,
      period: m.period,
      sequenceLabel: m.sequence_label,
      meetingDate: m.meeting_date,
      location: m.location,
      chairName: m.chair_name,
      chairTitle: m.chair_title,
      status: m.status,
      attendees: attendees.map((a) => ({
        id: a.id,
        orgId: a.org_id,
        orgName: a.org_name,
        personName: a.person_name,
        role: a.role,
        present: a.present === 1,
      })),
      items: await presentItems(id),
      announcementIds: announcements.map((a) => a.id),
      createdAt: m.created_at,
      version: m.version,
    };
  }

  /** Inserts a meeting in the caller's transaction; returns its id. */
  async function insertMeeting(
    trx: Kysely<Database>,
    actorUserId: string | null,
    input: CreateMeetingBody,
    requestId?: string,
  ) {
    const id = newId();
    const now = clock.now().toISOString();
    const row = {
      id,
      body_org_id: input.bodyOrgId ?? (await defaultBody(trx)),
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
      created_at: now,
      updated_at: now,
    };
    await orgName(trx, row.body_org_id, 'cơ quan chủ trì');
    await trx.insertInto('meetings').values(row).execute();
    for (const a of input.attendees ?? []) {
      await orgName(trx, a.orgId, 'cơ quan dự họp');
      await trx
        .insertInto('meeting_attendees')
        .values({
          id: newId(),
          meeting_id: id,
          org_id: a.orgId ?? null,
          person_name: a.personName ?? null,
          role: a.role ?? 'attendee',
          present: a.present === false ? 0 : 1,
        })
        .execute();
    }
    await audit.record(trx, {
      actorUserId,
      action: 'meeting.create',
      entity: 'meeting',
      entityId: id,
      after: row,
      requestId,
    });
    return id;
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
    const maxPos = await trx
      .selectFrom('items')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst();
    let dossierId = input.dossierId ?? null;
    if (input.carriedFromItemId) {
      const from = await trx
        .selectFrom('items')
        .selectAll()
        .where('id', '=', input.carriedFromItemId)
        .executeTakeFirst();
      if (!from)
        throw badRequest('unknown_item', 'Không tìm thấy nội dung họp trước (carriedFromItemId)');
      dossierId = from.dossier_id ?? dossierId;
      if (!dossierId) {
        dossierId = newId();
        const now = clock.now().toISOString();
        await trx
          .insertInto('dossiers')
          .values({
            id: dossierId,
            title: from.title,
            presenter_org_id: from.presenter_org_id,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await trx
          .updateTable('items')
          .set({ dossier_id: dossierId })
          .where('id', '=', from.id)
          .execute();
      }
    } else if (dossierId) {
      const d = await trx
        .selectFrom('dossiers')
        .select('id')
        .where('id', '=', dossierId)
        .executeTakeFirst();
      if (!d) throw badRequest('unknown_dossier', 'Không tìm thấy hồ sơ (dossierId)');
    }
    const id = newId();
    const now = clock.now().toISOString();
    const row = {
      id,
      meeting_id: meetingId,
      position: input.position ?? Number(maxPos?.p ?? 0) + 1,
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
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('items').values(row).execute();
    if (input.revisionPoints?.length) {
      await trx
        .insertInto('revision_points')
        .values(
          input.revisionPoints.map((text, i) => ({
            id: newId(),
            item_id: id,
            task_id: null,
            position: i + 1,
            text,
          })),
        )
        .execute();
    }
    await audit.record(trx, {
      actorUserId,
      action: 'item.create',
      entity: 'item',
      entityId: id,
      after: row,
      requestId,
    });
    return id;
  }

  async function updateRow(
    trx: Kysely<Database>,
    table: 'meetings' | 'items',
    id: string,
    version: number,
    set: Record<string, unknown>,
  ) {
    const res = await trx
      .updateTable(table)
      .set({
        ...set,
        updated_at: clock.now().toISOString(),
        version: sql<number>`version + 1`,
      } as never)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
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
      let query = db
        .selectFrom('meetings as m')
        .selectAll('m')
        .select((eb) => [
          eb
            .selectFrom('items as i')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('i.meeting_id', '=', 'm.id')
            .as('item_count'),
          eb
            .selectFrom('tasks as t')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('t.meeting_id', '=', 'm.id')
            .as('task_count'),
        ]);
      if (q.from) query = query.where('m.meeting_date', '>=', q.from);
      if (q.to) query = query.where('m.meeting_date', '<=', q.to);
      for (const term of q.q ? foldVietnamese(q.q).split(' ').filter(Boolean) : []) {
        query = query.where('m.search_text', 'like', `%${escapeLike(term)}%`);
      }
      if (actor.user.role === 'agency') {
        const org = actor.user.orgId ?? '-';
        query = query.where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('items as i2')
                .select('i2.id')
                .whereRef('i2.meeting_id', '=', 'm.id')
                .where('i2.presenter_org_id', '=', org),
            ),
            eb.exists(
              eb
                .selectFrom('tasks as t2')
                .select('t2.id')
                .whereRef('t2.meeting_id', '=', 'm.id')
                .where('t2.owner_org_id', '=', org),
            ),
          ]),
        );
      }
      const key = sql<string>`coalesce(m.meeting_date, '0000-00-00') || '|' || m.id`;
      if (q.cursor)
        query = query.where(key, '<', Buffer.from(q.cursor, 'base64url').toString('utf8'));
      const rows = await query
        .orderBy(key, 'desc')
        .limit(q.limit + 1)
        .execute();
      const page = rows.slice(0, q.limit);
      const announcements = page.length
        ? await db
            .selectFrom('announcements')
            .select(['id', 'meeting_id'])
            .where(
              'meeting_id',
              'in',
              page.map((r) => r.id),
            )
            .execute()
        : [];
      const last = page[page.length - 1];
      return {
        items: page.map((m) => ({
          id: m.id,
          bodyOrgId: m.body_org_id,
          kind: m.kind as Meeting['kind'],
          title: m.title,
          period: m.period,
          sequenceLabel: m.sequence_label,
          meetingDate: m.meeting_date,
          location: m.location,
          chairName: m.chair_name,
          chairTitle: m.chair_title,
          status: m.status,
          announcementIds: announcements.filter((a) => a.meeting_id === m.id).map((a) => a.id),
          createdAt: m.created_at,
          version: m.version,
          itemCount: Number(m.item_count ?? 0),
          taskCount: Number(m.task_count ?? 0),
        })),
        nextCursor:
          rows.length > q.limit && last
            ? Buffer.from(`${last.meeting_date ?? '0000-00-00'}|${last.id}`).toString('base64url')
            : null,
      };
    },

    async update(actor: Actor, id: string, body: z.infer<typeof UpdateMeetingBody>) {
      const before = await readableMeeting(actor, id);
      assertStaff(actor);
      const set: Record<string, unknown> = {};
      const map: Record<string, string> = {
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
      for (const [k, col] of Object.entries(map)) {
        const v = (body as Record<string, unknown>)[k];
        if (v !== undefined) set[col] = v;
      }
      const updated = await db.transaction().execute(async (trx) => {
        if (!(await updateRow(trx, 'meetings', id, body.version, set))) return false;
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'meeting.update',
          entity: 'meeting',
          entityId: id,
          before,
          after: set,
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
      const before = await db
        .selectFrom('items')
        .selectAll()
        .where('id', '=', itemId)
        .executeTakeFirst();
      if (!before) throw notFound('nội dung họp');
      await readableMeeting(actor, before.meeting_id);
      assertStaff(actor);
      const set: Record<string, unknown> = {};
      const map: Record<string, string> = {
        title: 'title',
        position: 'position',
        indexLabel: 'index_label',
        presenterOrgId: 'presenter_org_id',
        appraiserOrgId: 'appraiser_org_id',
        nextForum: 'next_forum',
        verdict: 'verdict',
        conclusionText: 'conclusion_text',
      };
      for (const [k, col] of Object.entries(map)) {
        const v = (body as Record<string, unknown>)[k];
        if (v !== undefined) set[col] = v;
      }
      if (body.documentKinds) set.document_kinds = JSON.stringify(body.documentKinds);
      await db.transaction().execute(async (trx) => {
        if (body.presenterOrgId)
          set.presenter_text = await orgName(trx, body.presenterOrgId, 'cơ quan trình');
        if (body.appraiserOrgId) await orgName(trx, body.appraiserOrgId, 'cơ quan thẩm định');
        if (!(await updateRow(trx, 'items', itemId, body.version, set))) {
          throw conflict(
            'stale_version',
            'Nội dung họp đã được người khác cập nhật. Vui lòng tải lại.',
          );
        }
        if (body.revisionPoints) {
          await trx
            .deleteFrom('revision_points')
            .where('item_id', '=', itemId)
            .where('task_id', 'is', null)
            .execute();
          if (body.revisionPoints.length) {
            await trx
              .insertInto('revision_points')
              .values(
                body.revisionPoints.map((text, i) => ({
                  id: newId(),
                  item_id: itemId,
                  task_id: null,
                  position: i + 1,
                  text,
                })),
              )
              .execute();
          }
        }
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'item.update',
          entity: 'item',
          entityId: itemId,
          before,
          after: set,
          requestId: actor.requestId,
        });
      });
      return (await presentItems(before.meeting_id)).find((i) => i.id === itemId)!;
    },

    /** A dossier with the path of its draft across meetings, in date order. */
    async dossier(actor: Actor, id: string) {
      const d = await db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!d) throw notFound('hồ sơ');
      const path = await db
        .selectFrom('items as i')
        .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
        .select([
          'i.id as itemId',
          'm.id as meetingId',
          'm.title as meetingTitle',
          'm.meeting_date as meetingDate',
          'i.title',
          'i.verdict',
          'i.next_forum as nextForum',
        ])
        .where('i.dossier_id', '=', id)
        .orderBy('m.meeting_date')
        .execute();
      if (actor.user.role === 'agency') {
        const visible = await Promise.all(path.map((p) => concerns(actor.user.orgId, p.meetingId)));
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
