/**
 * The queries of tasks that announcements need: the meeting's tasks to compose from, the
 * activation at issue, the meeting record and the public progress table.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DraftTask } from './compose-draft.ts';

export function createAnnouncementTasksQueries(db: Kysely<Database>) {
  return {
    /** Open tasks of a meeting not yet tied to another announcement, with names, for composing. */
    async draftTasks(meetingId: string): Promise<DraftTask[]> {
      const rows = await db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select([
          't.id',
          't.item_id',
          't.title',
          't.owner_org_id',
          'o.name as owner_name',
          't.deadline_text',
          't.forum',
        ])
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
        coordinators: coordinators
          .filter((c) => c.task_id === r.id)
          .map((c) => ({ orgId: c.org_id, name: c.name })),
        deadlineText: r.deadline_text,
        forum: r.forum,
      }));
    },

    /**
     * At issue: the tasks created inactive for this announcement become active, and the
     * meeting's tasks not yet tied to an announcement are tied to it. Returns how many.
     */
    async activateTasks(trx: Kysely<Database>, id: string, meetingId: string | null, now: string) {
      const bump = { updated_at: now, version: sql<number>`version + 1` };
      const activated = await trx
        .updateTable('tasks')
        .set({ ...bump, active: 1 })
        .where('announcement_id', '=', id)
        .where('active', '=', 0)
        .executeTakeFirst();
      const linked = meetingId
        ? await trx
            .updateTable('tasks')
            .set({ ...bump, announcement_id: id })
            .where('meeting_id', '=', meetingId)
            .where('announcement_id', 'is', null)
            .executeTakeFirst()
        : { numUpdatedRows: 0n };
      return { activated: Number(activated.numUpdatedRows), linked: Number(linked.numUpdatedRows) };
    },

    /** Every task of a meeting with owner and coordinators, for the meeting record. */
    async meetingTasks(meetingId: string, onlyOrg?: string) {
      let q = db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select([
          't.id',
          't.item_id',
          't.title',
          't.status',
          't.active',
          't.due_date',
          't.deadline_text',
          't.completed_date',
          'o.name as owner_name',
        ])
        .where('t.meeting_id', '=', meetingId);
      if (onlyOrg) {
        q = q.where((eb) =>
          eb.or([
            eb('t.owner_org_id', '=', onlyOrg),
            eb.exists(
              eb
                .selectFrom('task_coordinators as c')
                .select('c.task_id')
                .whereRef('c.task_id', '=', 't.id')
                .where('c.org_id', '=', onlyOrg),
            ),
          ]),
        );
      }
      return q.orderBy('t.id').execute();
    },

    /** The tasks of an announcement with their owners, for the public progress table. */
    tasksOf: (id: string) =>
      db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select([
          't.id',
          't.title',
          't.status',
          't.due_date',
          't.deadline_text',
          't.completed_date',
          'o.name as owner_name',
        ])
        .where('t.announcement_id', '=', id)
        .where('t.active', '=', 1)
        .orderBy('t.id')
        .execute(),
  };
}
