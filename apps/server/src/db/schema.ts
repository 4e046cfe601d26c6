/**
 * Row types of every table, as Kysely sees them. Instants and dates are text (see the
 * initial migration); `Generated` marks columns with a database default.
 * @module
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

type Text = string;
type Bool = Generated<number>; // 0 | 1

export interface OrgsTable {
  id: Text;
  code: Text;
  name: Text;
  short_name: Text | null;
  symbol: Text | null;
  kind: Text;
  parent_id: Text | null;
  valid_from: Text | null;
  valid_to: Text | null;
  search_text: Generated<Text>;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface OrgAliasesTable {
  id: Text;
  org_id: Text;
  alias: Text;
  folded: Text;
}
export interface OrgSuccessionsTable {
  id: Text;
  predecessor_id: Text;
  successor_id: Text;
  effective_date: Text;
  kind: Text;
  note: Text | null;
  applied_at: Text | null;
  created_at: Text;
}
export interface UsersTable {
  id: Text;
  username: Text;
  password_hash: Text;
  name: Text;
  email: Text | null;
  role: Text;
  org_id: Text | null;
  active: Bool;
  digest_only: Bool;
  locale: Generated<Text>;
  last_login_at: Text | null;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface SessionsTable {
  id: Text;
  user_id: Text;
  created_at: Text;
  expires_at: Text;
  last_seen_at: Text;
  ip: Text | null;
  user_agent: Text | null;
}
export interface LoginAttemptsTable {
  id: Text;
  username: Text;
  ip: Text;
  at: Text;
  success: number;
}
export interface DossiersTable {
  id: Text;
  title: Text;
  document_kinds: Generated<Text>;
  presenter_org_id: Text | null;
  status: Generated<Text>;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface MeetingsTable {
  id: Text;
  body_org_id: Text;
  kind: Text;
  title: Text;
  period: Text | null;
  sequence_label: Text | null;
  meeting_date: Text | null;
  location: Text | null;
  chair_name: Text | null;
  chair_title: Text | null;
  chair_user_id: Text | null;
  status: Generated<Text>;
  search_text: Generated<Text>;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface MeetingAttendeesTable {
  id: Text;
  meeting_id: Text;
  org_id: Text | null;
  person_name: Text | null;
  role: Generated<Text>;
  present: Bool;
}
export interface ItemsTable {
  id: Text;
  meeting_id: Text;
  position: number;
  index_label: Text | null;
  title: Text;
  document_kinds: Generated<Text>;
  presenter_org_id: Text | null;
  presenter_text: Text | null;
  appraiser_org_id: Text | null;
  appraiser_text: Text | null;
  next_forum: Text | null;
  verdict: Text | null;
  conclusion_text: Text | null;
  dossier_id: Text | null;
  carried_from_item_id: Text | null;
  search_text: Generated<Text>;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface AnnouncementsTable {
  id: Text;
  body_org_id: Text;
  meeting_id: Text | null;
  type_code: Generated<Text>;
  year: number | null;
  number: number | null;
  symbol: Text | null;
  number_symbol: Text | null;
  numbering: Generated<Text>;
  place: Text | null;
  issued_date: Text | null;
  summary: Generated<Text>;
  content: Generated<Text>;
  signing_authority: Text | null;
  signer_title: Text | null;
  signer_name: Text | null;
  archive_line: Text | null;
  status: Generated<Text>;
  content_hash: Text | null;
  is_public: Bool;
  show_progress: Bool;
  corrects_id: Text | null;
  source: Generated<Text>;
  approved_by: Text | null;
  approved_at: Text | null;
  issued_by: Text | null;
  issued_at: Text | null;
  search_text: Generated<Text>;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface AnnouncementVersionsTable {
  id: Text;
  announcement_id: Text;
  version: number;
  content: Text;
  created_by: Text | null;
  created_at: Text;
}
export interface AnnouncementRecipientsTable {
  id: Text;
  announcement_id: Text;
  position: number;
  text: Text;
  org_id: Text | null;
}
export interface RegistersTable {
  id: Text;
  body_org_id: Text;
  type_code: Text;
  symbol: Text;
  year: number;
  last_number: Generated<number>;
  created_at: Text;
  updated_at: Text;
}
export interface TasksTable {
  id: Text;
  item_id: Text | null;
  meeting_id: Text | null;
  announcement_id: Text | null;
  owner_org_id: Text;
  original_owner_org_id: Text;
  title: Text;
  content: Text | null;
  expected_output: Text | null;
  forum: Text | null;
  deadline_text: Text | null;
  due_date: Text | null;
  due_date_strict: Text | null;
  due_date_inclusive: Text | null;
  due_overridden: Bool;
  status: Text;
  active: Bool;
  assigned_date: Text;
  reported_at: Text | null;
  completed_at: Text | null;
  completed_date: Text | null;
  search_text: Generated<Text>;
  created_by: Text | null;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
  extension_requested_date: Text | null;
  extension_reason: Text | null;
}
export interface TaskCoordinatorsTable {
  task_id: Text;
  org_id: Text;
  name_text: Text | null;
  input_due_date: Text | null;
  input_done_date: Text | null;
}
export interface TaskEventsTable {
  id: Text;
  task_id: Text;
  seq: number;
  type: Text;
  at: Text;
  effective_date: Text;
  actor_user_id: Text | null;
  actor_org_id: Text | null;
  from_status: Text | null;
  to_status: Text | null;
  owner_org_id: Text | null;
  due_date: Text | null;
  note: Text | null;
  payload: Generated<Text>;
}
export interface RevisionPointsTable {
  id: Text;
  item_id: Text | null;
  task_id: Text | null;
  position: number;
  text: Text;
  checked: Bool;
  note: Text | null;
  checked_at: Text | null;
  checked_by: Text | null;
}
export interface FilesTable {
  sha256: Text;
  size: number;
  mime: Text;
  created_at: Text;
}
export interface TaskEventFilesTable {
  event_id: Text;
  sha256: Text;
  name: Text;
}
export interface ImportsTable {
  id: Text;
  status: Generated<Text>;
  source_name: Text | null;
  source_kind: Text;
  text: Text;
  result: Text;
  meeting_id: Text | null;
  announcement_id: Text | null;
  created_by: Text | null;
  created_at: Text;
  updated_at: Text;
  version: Generated<number>;
}
export interface HolidaysTable {
  date: Text;
  year: number;
  kind: Text;
  name: Text;
  created_by: Text | null;
  created_at: Text;
}
export interface SettingsTable {
  key: Text;
  value: Text;
  updated_by: Text | null;
  updated_at: Text;
}
export interface AuditLogTable {
  seq: number;
  at: Text;
  actor_user_id: Text | null;
  action: Text;
  entity: Text;
  entity_id: Text | null;
  before: Text | null;
  after: Text | null;
  request_id: Text | null;
  prev_hash: Text;
  hash: Text;
}

export interface RemindersTable {
  id: Text;
  kind: Text;
  subject_key: Text;
  task_id: Text | null;
  org_id: Text | null;
  recipient_user_id: Text;
  period: Text;
  email: Text | null;
  status: Text;
  attempts: Generated<number>;
  error: Text | null;
  message_id: Text | null;
  claimed_at: Text;
  sent_at: Text | null;
}
export interface NotificationsTable {
  id: Text;
  user_id: Text;
  reminder_id: Text | null;
  kind: Text;
  task_id: Text | null;
  title: Text;
  body: Text;
  link: Text | null;
  created_at: Text;
  read_at: Text | null;
}
export interface CalendarTokensTable {
  org_id: Text;
  token_hash: Text;
  created_by: Text | null;
  created_at: Text;
}

export interface Database {
  orgs: OrgsTable;
  org_aliases: OrgAliasesTable;
  org_successions: OrgSuccessionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  dossiers: DossiersTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  items: ItemsTable;
  announcements: AnnouncementsTable;
  announcement_versions: AnnouncementVersionsTable;
  announcement_recipients: AnnouncementRecipientsTable;
  registers: RegistersTable;
  tasks: TasksTable;
  task_coordinators: TaskCoordinatorsTable;
  task_events: TaskEventsTable;
  revision_points: RevisionPointsTable;
  files: FilesTable;
  task_event_files: TaskEventFilesTable;
  imports: ImportsTable;
  holidays: HolidaysTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  reminders: RemindersTable;
  notifications: NotificationsTable;
  calendar_tokens: CalendarTokensTable;
}

export type OrgRow = Selectable<OrgsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type TaskRow = Selectable<TasksTable>;
