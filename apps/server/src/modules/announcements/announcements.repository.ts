/**
 * Every query of announcements, their recipients and versions, and the reads of orgs that
 * composing and access checks need (the task queries are in `announcement-tasks.repository.ts`).
 * @module
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AnnouncementsTable, Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { createAnnouncementTasksQueries } from './announcement-tasks.repository.ts';

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
    ...createAnnouncementTasksQueries(db),
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
      if (f.publishedOnly) q = q.orderBy('a.issued_date', 'desc');
      return q
        .orderBy('a.id', 'desc')
        .limit(f.limit + 1)
        .execute();
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
                .where((e2) =>
                  e2.or([e2('t.owner_org_id', '=', orgId), e2('c.org_id', '=', orgId)]),
                ),
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

    async insert(trx: Kysely<Database>, row: AnnouncementRow, recipients: RecipientRow[]) {
      await trx.insertInto('announcements').values(row).execute();
      await this.replaceRecipients(trx, row.id, recipients);
    },

    async replaceRecipients(trx: Kysely<Database>, id: string, recipients: RecipientRow[]) {
      await trx.deleteFrom('announcement_recipients').where('announcement_id', '=', id).execute();
      if (!recipients.length) return;
      await trx
        .insertInto('announcement_recipients')
        .values(
          recipients.map((r, i) => ({
            id: newId(),
            announcement_id: id,
            position: i + 1,
            text: r.text,
            org_id: r.org_id,
          })),
        )
        .execute();
    },

    insertVersion: (
      trx: Kysely<Database>,
      v: {
        announcementId: string;
        version: number;
        snapshot: unknown;
        by: string | null;
        at: string;
      },
    ) =>
      trx
        .insertInto('announcement_versions')
        .values({
          id: newId(),
          announcement_id: v.announcementId,
          version: v.version,
          content: JSON.stringify(v.snapshot),
          created_by: v.by,
          created_at: v.at,
        })
        .execute(),

    /** Applies `set` if the row still has `version` (and, if given, `status`); returns whether it did. */
    async updateIfVersion(
      trx: Kysely<Database>,
      id: string,
      version: number,
      set: Partial<AnnouncementRow>,
      status?: string,
    ) {
      let q = trx
        .updateTable('announcements')
        .set({ ...set, version: sql<number>`version + 1` } as never)
        .where('id', '=', id)
        .where('version', '=', version);
      if (status) q = q.where('status', '=', status);
      const res = await q.executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    /**
     * The next number of a register, inside the caller's transaction. The increment is one atomic
     * `update … set last_number = last_number + 1 returning`: on PostgreSQL the row lock makes
     * concurrent issues wait for each other (consecutive numbers, none lost); SQLite runs one
     * writer at a time. The register row is created on first use of a year.
     */
    async nextRegisterNumber(
      trx: Kysely<Database>,
      key: { bodyOrgId: string; typeCode: string; symbol: string; year: number },
      now: string,
    ): Promise<number> {
      await trx
        .insertInto('registers')
        .values({
          id: newId(),
          body_org_id: key.bodyOrgId,
          type_code: key.typeCode,
          symbol: key.symbol,
          year: key.year,
          last_number: 0,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['body_org_id', 'type_code', 'year']).doNothing())
        .execute();
      const row = await trx
        .updateTable('registers')
        .set({ last_number: sql<number>`last_number + 1`, updated_at: now })
        .where('body_org_id', '=', key.bodyOrgId)
        .where('type_code', '=', key.typeCode)
        .where('year', '=', key.year)
        .returning('last_number')
        .executeTakeFirstOrThrow();
      return Number(row.last_number);
    },

    /** Whether another announcement of the body already has this number and symbol this year. */
    async numberTaken(
      trx: Kysely<Database>,
      bodyOrgId: string,
      year: number,
      numberSymbol: string,
      exceptId: string,
    ) {
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
  };
}
export type AnnouncementsRepository = ReturnType<typeof createAnnouncementsRepository>;
