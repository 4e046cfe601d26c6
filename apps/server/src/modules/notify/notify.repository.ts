/**
 * Every query of reminders and notifications: what is due, who receives it, the claim of a
 * reminder (insert-before-send on its unique key) and its outcome, and the in-app list.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { OPEN_STATUSES } from '../tasks/timeliness.ts';

/** A recipient of reminders. */
export interface Recipient {
  id: string;
  name: string;
  email: string | null;
  digestOnly: boolean;
  orgId: string | null;
}

/** The unique key of one reminder to one person. */
export interface ReminderKey {
  kind: string;
  subjectKey: string;
  recipientUserId: string;
  period: string;
}

/** A reminder row as claimed, before its e-mail (if any) is sent. */
export interface NewReminder extends ReminderKey {
  id: string;
  taskId: string | null;
  orgId: string | null;
  email: string | null;
  status: 'pending' | 'in_app';
  claimedAt: string;
}

const CHUNK = 500;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The reminder and notification queries over `db`. */
export function createNotifyRepository(db: Kysely<Database>) {
  /** Active users, of the given role and (when given) orgs, as recipients. */
  async function recipients(role: string, orgIds?: string[]): Promise<Recipient[]> {
    let q = db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'digest_only', 'org_id'])
      .where('active', '=', 1)
      .where('role', '=', role);
    if (orgIds) q = q.where('org_id', 'in', orgIds);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      digestOnly: r.digest_only === 1,
      orgId: r.org_id,
    }));
  }

  return {
    /** Open, issued tasks due on or before `until` (overdue ones included). */
    tasksDueBy: (until: string) =>
      db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select([
          't.id',
          't.title',
          't.status',
          't.deadline_text',
          't.due_date',
          't.owner_org_id',
          'o.name as owner_name',
        ])
        .where('t.active', '=', 1)
        .where('t.status', 'in', OPEN_STATUSES)
        .where('t.due_date', 'is not', null)
        .where('t.due_date', '<=', until)
        .orderBy('t.due_date')
        .orderBy('t.id')
        .execute(),

    /** Coordinators' inputs not yet given, of open tasks, due on or before `until`. */
    inputsDueBy: (until: string) =>
      db
        .selectFrom('task_coordinators as c')
        .innerJoin('tasks as t', 't.id', 'c.task_id')
        .innerJoin('orgs as co', 'co.id', 'c.org_id')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select([
          't.id as task_id',
          't.title',
          't.status',
          't.deadline_text',
          'c.org_id',
          'c.input_due_date',
          'co.name as org_name',
          'o.name as owner_name',
        ])
        .where('t.active', '=', 1)
        .where('t.status', 'in', OPEN_STATUSES)
        .where('c.input_done_date', 'is', null)
        .where('c.input_due_date', 'is not', null)
        .where('c.input_due_date', '<=', until)
        .orderBy('c.input_due_date')
        .orderBy('t.id')
        .execute(),

    /** Active agency users of the given orgs. */
    async agencyUsers(orgIds: string[]): Promise<Recipient[]> {
      const out: Recipient[] = [];
      for (const ids of chunks([...new Set(orgIds)]))
        out.push(...(await recipients('agency', ids)));
      return out;
    },

    /** Active leaders (Chairman, Vice-Chairmen). */
    leaders: () => recipients('leader'),

    /** Reminders already claimed for these subjects (any status). */
    async existing(subjectKeys: string[]) {
      const out: {
        id: string;
        kind: string;
        subject_key: string;
        recipient_user_id: string;
        period: string;
        status: string;
        attempts: number;
      }[] = [];
      for (const keys of chunks([...new Set(subjectKeys)])) {
        out.push(
          ...(await db
            .selectFrom('reminders')
            .select([
              'id',
              'kind',
              'subject_key',
              'recipient_user_id',
              'period',
              'status',
              'attempts',
            ])
            .where('subject_key', 'in', keys)
            .execute()),
        );
      }
      return out;
    },

    /** Inserts the reminder unless its key exists; true when this caller claimed it. */
    async claim(trx: Kysely<Database>, r: NewReminder): Promise<boolean> {
      const res = await trx
        .insertInto('reminders')
        .values({
          id: r.id,
          kind: r.kind,
          subject_key: r.subjectKey,
          task_id: r.taskId,
          org_id: r.orgId,
          recipient_user_id: r.recipientUserId,
          period: r.period,
          email: r.email,
          status: r.status,
          claimed_at: r.claimedAt,
        })
        .onConflict((oc) =>
          oc.columns(['kind', 'subject_key', 'recipient_user_id', 'period']).doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      return res !== undefined;
    },

    /** Takes a failed reminder back for another attempt; true when this caller got it. */
    async reclaim(id: string, attempts: number, at: string): Promise<boolean> {
      const res = await db
        .updateTable('reminders')
        .set({ status: 'pending', attempts: attempts + 1, error: null, claimed_at: at })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .where('attempts', '=', attempts)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    markSent: (id: string, messageId: string, at: string) =>
      db
        .updateTable('reminders')
        .set({ status: 'sent', message_id: messageId, sent_at: at, error: null })
        .where('id', '=', id)
        .execute(),

    markFailed: (id: string, error: string) =>
      db
        .updateTable('reminders')
        .set({ status: 'failed', error: error.slice(0, 2000) })
        .where('id', '=', id)
        .execute(),

    insertNotification: (
      trx: Kysely<Database>,
      n: Omit<Database['notifications'], 'read_at'> & { read_at?: null },
    ) => trx.insertInto('notifications').values(n).execute(),

    /** A user's notifications, newest first, keyset-paginated on the (time-ordered) id. */
    listNotifications: (userId: string, q: { unread: boolean; before?: string; limit: number }) => {
      let query = db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('id', 'desc')
        .limit(q.limit + 1);
      if (q.unread) query = query.where('read_at', 'is', null);
      if (q.before) query = query.where('id', '<', q.before);
      return query.execute();
    },

    async countUnread(userId: string): Promise<number> {
      const row = await db
        .selectFrom('notifications')
        .select(sql<number>`count(*)`.as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Marks one of the user's notifications read; false when it is not theirs. */
    async markRead(userId: string, id: string, at: string): Promise<boolean> {
      const found = await db
        .selectFrom('notifications')
        .select(['id', 'read_at'])
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!found) return false;
      if (!found.read_at)
        await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();
      return true;
    },
  };
}
/** See `createNotifyRepository`. */
export type NotifyRepository = ReturnType<typeof createNotifyRepository>;
