/**
 * Queries of the calendar feeds: each agency's token (its SHA-256 only) and the open tasks
 * and coordinator inputs a feed lists.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { OPEN_STATUSES } from '../tasks/timeliness.ts';

/** The calendar feed queries over `db`. */
export function createIcsRepository(db: Kysely<Database>) {
  return {
    org: (id: string) =>
      db.selectFrom('orgs').select(['id', 'name']).where('id', '=', id).executeTakeFirst(),

    token: (orgId: string) =>
      db.selectFrom('calendar_tokens').selectAll().where('org_id', '=', orgId).executeTakeFirst(),

    /** The org whose token hashes to `hash`. */
    orgByTokenHash: (hash: string) =>
      db
        .selectFrom('calendar_tokens as c')
        .innerJoin('orgs as o', 'o.id', 'c.org_id')
        .select(['o.id', 'o.name'])
        .where('c.token_hash', '=', hash)
        .executeTakeFirst(),

    /** Replaces the org's token (one per org). */
    async putToken(
      trx: Kysely<Database>,
      row: { org_id: string; token_hash: string; created_by: string; created_at: string },
    ) {
      await trx.deleteFrom('calendar_tokens').where('org_id', '=', row.org_id).execute();
      await trx.insertInto('calendar_tokens').values(row).execute();
    },

    async deleteToken(trx: Kysely<Database>, orgId: string): Promise<boolean> {
      const res = await trx
        .deleteFrom('calendar_tokens')
        .where('org_id', '=', orgId)
        .executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** Open, issued tasks the org leads, with a due date. */
    openTasks: (orgId: string) =>
      db
        .selectFrom('tasks')
        .select(['id', 'title', 'status', 'deadline_text', 'due_date', 'updated_at', 'created_at'])
        .where('owner_org_id', '=', orgId)
        .where('active', '=', 1)
        .where('status', 'in', OPEN_STATUSES)
        .where('due_date', 'is not', null)
        .orderBy('due_date')
        .orderBy('id')
        .execute(),

    /** Inputs the org owes as coordinator, with their own date, of open tasks. */
    openInputs: (orgId: string) =>
      db
        .selectFrom('task_coordinators as c')
        .innerJoin('tasks as t', 't.id', 'c.task_id')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select(['t.id', 't.title', 't.updated_at', 'c.input_due_date', 'o.name as owner_name'])
        .where('c.org_id', '=', orgId)
        .where('c.input_due_date', 'is not', null)
        .where('c.input_done_date', 'is', null)
        .where('t.active', '=', 1)
        .where('t.status', 'in', OPEN_STATUSES)
        .orderBy('c.input_due_date')
        .execute(),
  };
}
/** See `createIcsRepository`. */
export type IcsRepository = ReturnType<typeof createIcsRepository>;
