/**
 * Every query of announcements, their recipients and versions, and the reads of meetings,
 * tasks and orgs that composing and access checks need.
 * @module
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AnnouncementsTable, Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import type { DraftTask } from './compose-draft.ts';

export type AnnouncementRow = Selectable<AnnouncementsTable>;
export type RecipientRow = { text: string; org_id: string | null };

export interface ListFilter {
  meeting?: string;
  status?: string;
  /** An agency's org: only issued announcements that concern it. */
  concernsOrg?: string;
  /** Only issued and public ones (the public pages). */
  publishedOnly?: boolean;
  /** Keyset: ids below this one (ids are time-ordered). */
  beforeId?: string;
  limit: number;
}

export function createAnnouncementsRepository(db: Kysely<Database>) {
  return {
    findById: (id: string, trx: Kysely<Database> = db) =>
      trx.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirst(),

    recipientsOf: (id: string): Promise<RecipientRow[]> =>
      db
        .selectFrom('announcement_recipients')
        .select(['text', 'org_id'])
        .where('announcement_id', '=', id)
        .orderBy('position')
        .execute(),

    list(f: ListFilter) {
      let q = db.selectFrom('announcements as a').selectAll('a');
      if (f.meeting) q = q.where('a.meeting_id', '=', f.meeting);
      if (f.status) q = q.where('a.status', '=', f.status);
      if (f.publishedOnly) q = q.where('a.status', '=', 'issued').where('a.is_public', '=', 1);
      if (f.concernsOrg) {
        const org = f.concernsOrg;
        q = q.where('a.status', '=', 'issued').where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('announcement_recipients as r')
                .select('r.id')
                .whereRef('r.announcement_id', '=', 'a.id')
                .where('r.org_id', '=', org),
            ),
            eb.exists(
              eb
                .selectFrom('tasks as t')
                .select('t.id')
                .whereRef('t.announcement_id', '=', 'a.id')
                .where((e2) =>
                  e2.or([
                    e2('t.owner_org_id', '=', org),
                    e2.exists(
                      e2
                        .selectFrom('task_coordinators as c')
                        .select('c.task_id')
                        .whereRef('c.task_id', '=', 't.id')
                        .where('c.org_id', '=', org),
                    ),
                  ]),
                ),
            ),
          ]),
        );
      }
      if (f.beforeId) q = q.where('a.id', '<', f.beforeId);
      return q.orderBy('a.id', 'desc').limit(f.limit + 1).execute();
    },

    /** Whether an issued announcement concerns an org (recipient, or owner/coordinator of one of its tasks). */
    async concerns(id: string, orgId: string): Promise<boolean> {
      const hit = await db
        .selectFrom('announcements as a')
        .select('a.id')
        .where('a.id', '=', id)
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('announcement_recipients as r')
                .select('r.id')
                .whereRef('r.announcement_id', '=', 'a.id')
                .where('r.org_id', '=', orgId),
            ),
            eb.exists(
              eb
                .selectFrom('tasks as t')
                .leftJoin('task_coordinators as c', 'c.task_id', 't.id')
                .select('t.id')
                .whereRef('t.announcement_id', '=', 'a.id')
                .where((e2) => e2.or([e2('t.owner_org_id', '=', orgId), e2('c.org_id', '=', orgId)])),
            ),
          ]),
        )
        .executeTakeFirst();
      return Boolean(hit);
    },

    versionsOf: (id: string) =>
      db
        .selectFrom('announcement_versions')
        .selectAll()
        .where('announcement_id', '=', id)
        .orderBy('version')
        .execute(),

    org: (id: string) =>
      db
        .selectFrom('orgs')
        .select(['id', 'name', 'short_name', 'symbol'])
        .where('id', '=', id)
        .executeTakeFirst(),

    /** The signer of the body's latest announcement that has one: the default for a new draft. */
    lastSigner: (bodyOrgId: string) =>
      db
        .selectFrom('announcements')
        .select(['signer_name', 'signing_authority'])
        .where('body_org_id', '=', bodyOrgId)
        .where('signer_name', 'is not', null)
        .orderBy('id', 'desc')
        .executeTakeFirst(),

    /** Open tasks of a meeting not yet tied to another announcement, with names, for composing. */
    async draftTasks(meetingId: string): Promise<DraftTask[]> {
      const rows = await db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select(['t.id', 't.item_id', 't.title', 't.owner_org_id', 'o.name as owner_name', 't.deadline_text', 't.forum'])
        .where('t.meeting_id', '=', meetingId)
        .where('t.announcement_id', 'is', null)
        .where('t.status', '!=', 'cancelled')
        .orderBy('t.id')
        .execute();
      const coordinators = rows.length
        ? await db
            .selectFrom('task_coordinators as c')
            .innerJoin('orgs as o', 'o.id', 'c.org_id')
            .select(['c.task_id', 'c.org_id', 'o.name'])
            .where(
              'c.task_id',
              'in',
              rows.map((r) => r.id),
            )
            .orderBy('o.name')
            .execute()
        : [];
      return rows.map((r) => ({
        id: r.id,
        itemId: r.item_id,
        title: r.title,
        ownerOrgId: r.owner_org_id,
        ownerName: r.owner_name,
        coordinators: coordinators.filter((c) => c.task_id === r.id).map((c) => ({ orgId: c.org_id, name: c.name })),
        deadlineText: r.deadline_text,
        forum: r.forum,
      }));
    },

    async insert(trx: Kysely<Database>, row: AnnouncementRow, recipients: RecipientRow[]) {
      await trx.insertInto('announcements').values(row).execute();
      await this.replaceRecipients(trx, row.id, recipients);
    },

    async replaceRecipients(trx: Kysely<Database>, id: string, recipients: RecipientRow[]) {
      await trx.deleteFrom('announcement_recipients').where('announcement_id', '=', id).execute();
      if (!recipients.length) return;
      await trx
        .insertInto('announcement_recipients')
        .values(recipients.map((r, i) => ({ id: newId(), announcement_id: id, position: i + 1, text: r.text, org_id: r.org_id })))
        .execute();
    },

    insertVersion: (trx: Kysely<Database>, v: { announcementId: string; version: number; snapshot: unknown; by: string | null; at: string }) =>
      trx
        .insertInto('announcement_versions')
        .values({ id: newId(), announcement_id: v.announcementId, version: v.version, content: JSON.stringify(v.snapshot), created_by: v.by, created_at: v.at })
        .execute(),

    /** Applies `set` if the row still has `version` (and, if given, `status`); returns whether it did. */
    async updateIfVersion(trx: Kysely<Database>, id: string, version: number, set: Partial<AnnouncementRow>, status?: string) {
      let q = trx
        .updateTable('announcements')
        .set({ ...set, version: sql<number>`version + 1` } as never)
        .where('id', '=', id)
        .where('version', '=', version);
      if (status) q = q.where('status', '=', status);
      const res = await q.executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    /** Whether another announcement of the body already has this number and symbol this year. */
    async numberTaken(trx: Kysely<Database>, bodyOrgId: string, year: number, numberSymbol: string, exceptId: string) {
      const hit = await trx
        .selectFrom('announcements')
        .select('id')
        .where('body_org_id', '=', bodyOrgId)
        .where('year', '=', year)
        .where('number_symbol', '=', numberSymbol)
        .where('id', '!=', exceptId)
        .executeTakeFirst();
      return Boolean(hit);
    },

    /**
     * At issue: the tasks created inactive for this announcement become active, and the
     * meeting's tasks not yet tied to an announcement are tied to it. Returns how many.
     */
    async activateTasks(trx: Kysely<Database>, id: string, meetingId: string | null, now: string) {
      const bump = { updated_at: now, version: sql<number>`version + 1` } as never;
      const activated = await trx
        .updateTable('tasks')
        .set({ ...(bump as object), active: 1 } as never)
        .where('announcement_id', '=', id)
        .where('active', '=', 0)
        .executeTakeFirst();
      let linked = 0n;
      if (meetingId) {
        const res = await trx
          .updateTable('tasks')
          .set({ ...(bump as object), announcement_id: id } as never)
          .where('meeting_id', '=', meetingId)
          .where('announcement_id', 'is', null)
          .executeTakeFirst();
        linked = res.numUpdatedRows;
      }
      return { activated: Number(activated.numUpdatedRows), linked: Number(linked) };
    },

    /** The tasks of an announcement with their owners, for the public progress table. */
    tasksOf: (id: string) =>
      db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select(['t.id', 't.title', 't.status', 't.due_date', 't.deadline_text', 't.completed_date', 'o.name as owner_name'])
        .where('t.announcement_id', '=', id)
        .where('t.active', '=', 1)
        .orderBy('t.id')
        .execute(),
  };
}
export type AnnouncementsRepository = ReturnType<typeof createAnnouncementsRepository>;
