/**
 * The one definition, as SQL, of which tasks and meetings concern an agency: it owns or
 * coordinates the task; it presents an item of the meeting or owns or coordinates one of its
 * tasks. Services use these to scope lists and to answer 404 for anything else.
 * @module
 */
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** True when `org` owns or coordinates the task aliased `alias`. */
export function orgConcernsTask(org: string, alias = 't'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.owner_org_id`)} = ${org} or exists (select 1 from task_coordinators c_ where c_.task_id = ${sql.ref(`${alias}.id`)} and c_.org_id = ${org}))`;
}

/** True when `org` presents an item of, or owns or coordinates a task of, meeting `meetingRef`. */
export function orgConcernsMeeting(org: string, meetingRef: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(exists (select 1 from items i_ where i_.meeting_id = ${sql.ref(meetingRef)} and i_.presenter_org_id = ${org})
    or exists (select 1 from tasks t_ where t_.meeting_id = ${sql.ref(meetingRef)} and ${orgConcernsTask(org, 't_')}))`;
}
