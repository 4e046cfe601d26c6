/** The pending extension request of a task, as part of its current state. */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('extension_requested_date', 'text').execute();
  await db.schema.alterTable('tasks').addColumn('extension_reason', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('tasks').dropColumn('extension_reason').execute();
  await db.schema.alterTable('tasks').dropColumn('extension_requested_date').execute();
}
