/**
 * The whole domain of DESIGN.md §2, written once for SQLite and PostgreSQL.
 *
 * Portable types only: ids are text (UUIDv7), instants are ISO-8601 UTC text, plain dates are
 * `YYYY-MM-DD` text, booleans are integers 0/1 and structured values are JSON text. Text that
 * sorts like the value it holds keeps every query identical on both engines.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('orgs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('symbol', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('org_aliases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addUniqueConstraint('org_aliases_org_alias', ['org_id', 'folded'])
    .execute();
  await db.schema.createIndex('org_aliases_folded').on('org_aliases').column('folded').execute();

  await db.schema
    .createTable('org_successions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('applied_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('org_successions_pair', [
      'predecessor_id',
      'successor_id',
      'effective_date',
    ])
    .execute();
  await db.schema
    .createIndex('org_successions_successor')
    .on('org_successions')
    .column('successor_id')
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('digest_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('vi'))
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('users_org').on('users').column('org_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey()) // SHA-256 of the cookie token
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempts_user_at')
    .on('login_attempts')
    .columns(['username', 'at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_ip_at')
    .on('login_attempts')
    .columns(['ip', 'at'])
    .execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_kinds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('presenter_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('sequence_label', 'text')
    .addColumn('meeting_date', 'text')
    .addColumn('location', 'text')
    .addColumn('chair_name', 'text')
    .addColumn('chair_title', 'text')
    .addColumn('chair_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('meetings_date').on('meetings').column('meeting_date').execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('person_name', 'text')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('attendee'))
    .addColumn('present', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('meeting_attendees_meeting')
    .on('meeting_attendees')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('index_label', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_kinds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('presenter_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('presenter_text', 'text')
    .addColumn('appraiser_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('appraiser_text', 'text')
    .addColumn('next_forum', 'text')
    .addColumn('verdict', 'text')
    .addColumn('conclusion_text', 'text')
    .addColumn('dossier_id', 'text', (c) => c.references('dossiers.id'))
    .addColumn('carried_from_item_id', 'text', (c) => c.references('items.id'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('items_meeting')
    .on('items')
    .columns(['meeting_id', 'position'])
    .execute();
  await db.schema.createIndex('items_dossier').on('items').column('dossier_id').execute();

  await db.schema
    .createTable('announcements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('type_code', 'text', (c) => c.notNull().defaultTo('TB'))
    .addColumn('year', 'integer')
    .addColumn('number', 'integer')
    .addColumn('symbol', 'text')
    .addColumn('number_symbol', 'text')
    .addColumn('numbering', 'text', (c) => c.notNull().defaultTo('register')) // register | manual
    .addColumn('place', 'text')
    .addColumn('issued_date', 'text')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content', 'text', (c) => c.notNull().defaultTo('{}')) // JSON document model
    .addColumn('signing_authority', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('archive_line', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('content_hash', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('corrects_id', 'text', (c) => c.references('announcements.id'))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('composed')) // composed | imported
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text')
    .addColumn('issued_by', 'text', (c) => c.references('users.id'))
    .addColumn('issued_at', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // A number and symbol is never used twice by a body in a year (Decree 30, Art. 15).
  await db.schema
    .createIndex('announcements_number_unique')
    .on('announcements')
    .columns(['body_org_id', 'year', 'number_symbol'])
    .unique()
    .execute();
  await db.schema
    .createIndex('announcements_meeting')
    .on('announcements')
    .column('meeting_id')
    .execute();
  await db.schema
    .createIndex('announcements_public')
    .on('announcements')
    .columns(['is_public', 'issued_date'])
    .execute();

  await db.schema
    .createTable('announcement_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('announcement_id', 'text', (c) =>
      c.notNull().references('announcements.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('announcement_versions_v', ['announcement_id', 'version'])
    .execute();

  await db.schema
    .createTable('announcement_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('announcement_id', 'text', (c) =>
      c.notNull().references('announcements.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.references('orgs.id'))
    .execute();
  await db.schema
    .createIndex('announcement_recipients_ann')
    .on('announcement_recipients')
    .column('announcement_id')
    .execute();

  await db.schema
    .createTable('registers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('registers_body_type_year', ['body_org_id', 'type_code', 'year'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.references('items.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('announcement_id', 'text', (c) => c.references('announcements.id'))
    .addColumn('owner_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('original_owner_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('expected_output', 'text')
    .addColumn('forum', 'text')
    .addColumn('deadline_text', 'text')
    .addColumn('due_date', 'text') // the reading that drives timeliness
    .addColumn('due_date_strict', 'text')
    .addColumn('due_date_inclusive', 'text')
    .addColumn('due_overridden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)) // 0 while its announcement is a draft
    .addColumn('assigned_date', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_date', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('tasks_owner_status_due')
    .on('tasks')
    .columns(['owner_org_id', 'status', 'due_date', 'id'])
    .execute();
  await db.schema
    .createIndex('tasks_status_due')
    .on('tasks')
    .columns(['status', 'due_date', 'id'])
    .execute();
  await db.schema.createIndex('tasks_item').on('tasks').column('item_id').execute();
  await db.schema.createIndex('tasks_meeting').on('tasks').column('meeting_id').execute();
  await db.schema.createIndex('tasks_announcement').on('tasks').column('announcement_id').execute();
  await db.schema
    .createIndex('tasks_assigned')
    .on('tasks')
    .columns(['assigned_date', 'id'])
    .execute();

  await db.schema
    .createTable('task_coordinators')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('name_text', 'text')
    .addColumn('input_due_date', 'text')
    .addColumn('input_done_date', 'text')
    .addPrimaryKeyConstraint('task_coordinators_pk', ['task_id', 'org_id'])
    .execute();
  await db.schema
    .createIndex('task_coordinators_org')
    .on('task_coordinators')
    .columns(['org_id', 'task_id'])
    .execute();

  await db.schema
    .createTable('task_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull()) // instant, UTC
    .addColumn('effective_date', 'text', (c) => c.notNull()) // Vietnam date it counts for
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('owner_org_id', 'text', (c) => c.references('orgs.id')) // owner after the event
    .addColumn('due_date', 'text') // due date after the event
    .addColumn('note', 'text')
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addUniqueConstraint('task_events_seq', ['task_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('task_events_date')
    .on('task_events')
    .columns(['effective_date', 'task_id'])
    .execute();

  await db.schema
    .createTable('revision_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.references('items.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('checked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('checked_at', 'text')
    .addColumn('checked_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('revision_points_task')
    .on('revision_points')
    .column('task_id')
    .execute();
  await db.schema
    .createIndex('revision_points_item')
    .on('revision_points')
    .column('item_id')
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('task_event_files')
    .addColumn('event_id', 'text', (c) => c.notNull().references('task_events.id'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('files.sha256'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_event_files_pk', ['event_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('source_name', 'text')
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('announcement_id', 'text', (c) => c.references('announcements.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('holidays')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // off | work
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('holidays_year').on('holidays').column('year').execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of [
    'audit_log',
    'settings',
    'holidays',
    'imports',
    'task_event_files',
    'files',
    'revision_points',
    'task_events',
    'task_coordinators',
    'tasks',
    'registers',
    'announcement_recipients',
    'announcement_versions',
    'announcements',
    'items',
    'meeting_attendees',
    'meetings',
    'dossiers',
    'login_attempts',
    'sessions',
    'users',
    'org_successions',
    'org_aliases',
    'orgs',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
