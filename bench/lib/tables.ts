/**
 * The columns the generator writes, per table, in the order of its rows. Columns with a
 * default that the generator leaves alone (and any added later by other migrations with a
 * default) are simply not listed.
 * @module
 */
export const TABLES = {
  orgs: [
    'id',
    'code',
    'name',
    'short_name',
    'symbol',
    'kind',
    'parent_id',
    'valid_from',
    'valid_to',
    'search_text',
    'created_at',
    'updated_at',
    'version',
  ],
  org_aliases: ['id', 'org_id', 'alias', 'folded'],
  org_successions: [
    'id',
    'predecessor_id',
    'successor_id',
    'effective_date',
    'kind',
    'note',
    'applied_at',
    'created_at',
  ],
  meetings: [
    'id',
    'body_org_id',
    'kind',
    'title',
    'period',
    'sequence_label',
    'meeting_date',
    'location',
    'chair_name',
    'chair_title',
    'status',
    'search_text',
    'created_at',
    'updated_at',
    'version',
  ],
  announcements: [
    'id',
    'body_org_id',
    'meeting_id',
    'type_code',
    'year',
    'number',
    'symbol',
    'number_symbol',
    'numbering',
    'place',
    'issued_date',
    'summary',
    'content',
    'signing_authority',
    'signer_title',
    'signer_name',
    'archive_line',
    'status',
    'is_public',
    'source',
    'issued_at',
    'search_text',
    'created_at',
    'updated_at',
    'version',
  ],
  items: [
    'id',
    'meeting_id',
    'position',
    'index_label',
    'title',
    'document_kinds',
    'presenter_org_id',
    'presenter_text',
    'next_forum',
    'verdict',
    'conclusion_text',
    'search_text',
    'created_at',
    'updated_at',
    'version',
  ],
  tasks: [
    'id',
    'item_id',
    'meeting_id',
    'announcement_id',
    'owner_org_id',
    'original_owner_org_id',
    'title',
    'content',
    'expected_output',
    'forum',
    'deadline_text',
    'due_date',
    'due_date_strict',
    'due_date_inclusive',
    'due_overridden',
    'status',
    'active',
    'assigned_date',
    'reported_at',
    'completed_at',
    'completed_date',
    'search_text',
    'created_at',
    'updated_at',
    'version',
    'extension_requested_date',
    'extension_reason',
  ],
  task_coordinators: ['task_id', 'org_id', 'name_text', 'input_due_date', 'input_done_date'],
  task_events: [
    'id',
    'task_id',
    'seq',
    'type',
    'at',
    'effective_date',
    'actor_org_id',
    'from_status',
    'to_status',
    'owner_org_id',
    'due_date',
    'note',
    'payload',
  ],
  revision_points: [
    'id',
    'item_id',
    'task_id',
    'position',
    'text',
    'checked',
    'note',
    'checked_at',
  ],
} as const;

export type TableName = keyof typeof TABLES;
export type Value = string | number | null;

/** Where generated rows go (a SQLite transaction, PostgreSQL COPY streams). */
export interface Sink {
  row(table: TableName, values: Value[]): void;
  /** Called now and then by the generator: lets buffered output drain. */
  tick(): Promise<void>;
}

/** What a generation wrote. */
export interface GenerateStats {
  orgs: number;
  meetings: number;
  items: number;
  tasks: number;
  events: number;
  coordinators: number;
  revisionPoints: number;
}

/** Load order that satisfies the foreign keys. */
export const LOAD_ORDER: readonly TableName[] = [
  'orgs',
  'org_aliases',
  'org_successions',
  'meetings',
  'announcements',
  'items',
  'tasks',
  'task_coordinators',
  'task_events',
  'revision_points',
];
