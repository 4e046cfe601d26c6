/**
 * Reminders, in-app notifications and calendar feed tokens (issue 7).
 *
 * `reminders` is the send log and the claim: one row per reminder to one recipient, unique on
 * (kind, subject, recipient, period), inserted before anything is sent, so that several server
 * processes and cron runs send each reminder once. `notifications` are the in-app notices.
 * `calendar_tokens` holds the SHA-256 of each agency's secret iCalendar feed token.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull()) // task id, task:org, org id, 'province'
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('recipient_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('period', 'text', (c) => c.notNull()) // due date, day or week it is about
    .addColumn('email', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // pending | sent | failed | in_app
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('error', 'text')
    .addColumn('message_id', 'text')
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('reminders_once', ['kind', 'subject_key', 'recipient_user_id', 'period'])
    .execute();
  await db.schema
    .createIndex('reminders_subject')
    .on('reminders')
    .columns(['subject_key', 'period'])
    .execute();
  await db.schema.createIndex('reminders_status').on('reminders').column('status').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('reminder_id', 'text', (c) => c.references('reminders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('calendar_tokens')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of ['calendar_tokens', 'notifications', 'reminders']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
