/**
 * Every query of meetings, attendance, agenda items, revision points and dossiers.
 * @module
 */
import { foldVietnamese } from '@ketluan/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { escapeLike } from '../orgs/orgs.repository.ts';
import { orgConcernsMeeting } from '../tasks/access-sql.ts';

export interface MeetingListFilter {
  from?: string;
  to?: string;
  q?: string;
  /** An agency's org: only meetings that concern it. */
  restrictToOrg?: string;
  /** The sort key of the last meeting of the previous page. */
  after?: string;
  limit: number;
}

/** Descending sort key: date, then id (dates missing sort last). */
const LIST_KEY = sql<string>`coalesce(m.meeting_date, '0000-00-00') || '|' || m.id`;
export const meetingSortKey = (m: { meeting_date: string | null; id: string }) =>
  `${m.meeting_date ?? '0000-00-00'}|${m.id}`;

export function createMeetingsRepository(db: Kysely<Database>) {
  return {
    findMeeting: (id: string) =>
      db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst(),
    findItem: (id: string) =>
      db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst(),

    async concerns(orgId: string | null, meetingId: string): Promise<boolean> {
      if (!orgId) return false;
      const hit = await db
        .selectFrom('meetings as m')
        .select('m.id')
        .where('m.id', '=', meetingId)
        .where(orgConcernsMeeting(orgId, 'm.id'))
        .executeTakeFirst();
      return Boolean(hit);
    },

    itemRows: (meetingId: string) =>
      db
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
        .execute(),

    itemPoints: (itemIds: string[]) =>
      itemIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('revision_points')
            .select(['id', 'item_id', 'position', 'text'])
            .where('item_id', 'in', itemIds)
            .where('task_id', 'is', null)
            .orderBy('position')
            .execute(),

    attendees: (meetingId: string) =>
      db
        .selectFrom('meeting_attendees as a')
        .leftJoin('orgs as o', 'o.id', 'a.org_id')
        .selectAll('a')
        .select('o.name as org_name')
        .where('a.meeting_id', '=', meetingId)
        .execute(),

    announcementIds: (meetingIds: string[]) =>
      meetingIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('announcements')
            .select(['id', 'meeting_id'])
            .where('meeting_id', 'in', meetingIds)
            .orderBy('created_at')
            .execute(),

    list(f: MeetingListFilter) {
      let q = db
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
      if (f.from) q = q.where('m.meeting_date', '>=', f.from);
      if (f.to) q = q.where('m.meeting_date', '<=', f.to);
      for (const term of f.q ? foldVietnamese(f.q).split(' ').filter(Boolean) : []) {
        q = q.where('m.search_text', 'like', `%${escapeLike(term)}%`);
      }
      if (f.restrictToOrg) q = q.where(orgConcernsMeeting(f.restrictToOrg, 'm.id'));
      if (f.after) q = q.where(LIST_KEY, '<', f.after);
      return q
        .orderBy(LIST_KEY, 'desc')
        .limit(f.limit + 1)
        .execute();
    },

    /** The name of an org, or undefined when there is no such org. */
    async orgName(trx: Kysely<Database>, id: string) {
      return (await trx.selectFrom('orgs').select('name').where('id', '=', id).executeTakeFirst())
        ?.name;
    },

    async nextItemPosition(trx: Kysely<Database>, meetingId: string) {
      const row = await trx
        .selectFrom('items')
        .select((eb) => eb.fn.max('position').as('p'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      return Number(row?.p ?? 0) + 1;
    },

    async replaceAttendees(
      trx: Kysely<Database>,
      meetingId: string,
      attendees: {
        orgId?: string | null;
        personName?: string | null;
        role?: string;
        present?: boolean;
      }[],
    ) {
      await trx.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).execute();
      if (attendees.length === 0) return;
      await trx
        .insertInto('meeting_attendees')
        .values(
          attendees.map((a) => ({
            id: newId(),
            meeting_id: meetingId,
            org_id: a.orgId ?? null,
            person_name: a.personName ?? null,
            role: a.role ?? 'attendee',
            present: a.present === false ? 0 : 1,
          })),
        )
        .execute();
    },

    /** Replaces the revision points of an item's conclusion (those not yet on a task). */
    async replaceItemPoints(trx: Kysely<Database>, itemId: string, texts: string[]) {
      await trx
        .deleteFrom('revision_points')
        .where('item_id', '=', itemId)
        .where('task_id', 'is', null)
        .execute();
      if (texts.length === 0) return;
      await trx
        .insertInto('revision_points')
        .values(
          texts.map((text, i) => ({
            id: newId(),
            item_id: itemId,
            task_id: null,
            position: i + 1,
            text,
          })),
        )
        .execute();
    },

    /** The dossier an item belongs to, creating it (and linking the item) when it has none. */
    async dossierOf(
      trx: Kysely<Database>,
      item: {
        id: string;
        title: string;
        presenter_org_id: string | null;
        dossier_id: string | null;
      },
      now: string,
    ) {
      if (item.dossier_id) return item.dossier_id;
      const id = newId();
      await trx
        .insertInto('dossiers')
        .values({
          id,
          title: item.title,
          presenter_org_id: item.presenter_org_id,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx.updateTable('items').set({ dossier_id: id }).where('id', '=', item.id).execute();
      return id;
    },

    findDossier: (id: string) =>
      db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst(),

    dossierPath: (id: string) =>
      db
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
        .execute(),

    /** Applies `set` only if the row still has `version`; returns whether it did. */
    async updateIfVersion(
      trx: Kysely<Database>,
      table: 'meetings' | 'items',
      id: string,
      version: number,
      set: Record<string, unknown>,
      now: string,
    ) {
      const res = await trx
        .updateTable(table)
        .set({ ...set, updated_at: now, version: sql<number>`version + 1` } as never)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
}
export type MeetingsRepository = ReturnType<typeof createMeetingsRepository>;
