/**
 * The tasks put into a bulk-update sheet.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Which tasks go into the sheet. */
export interface SheetFilter {
  owner?: string;
  statuses: string[];
  meeting?: string;
  dueFrom?: string;
  dueTo?: string;
  assignedFrom?: string;
  assignedTo?: string;
  limit: number;
}

/** The bulk-update queries over `db`. */
export function createBulkRepository(db: Kysely<Database>) {
  return {
    /** Issued tasks matching the filter, by due date (no deadline last). */
    async tasksForSheet(f: SheetFilter) {
      let q = db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select(['t.id', 't.version', 't.title', 't.due_date', 't.status', 'o.name as owner_name'])
        .where('t.active', '=', 1)
        .where('t.status', 'in', f.statuses);
      if (f.owner) q = q.where('t.owner_org_id', '=', f.owner);
      if (f.meeting) q = q.where('t.meeting_id', '=', f.meeting);
      if (f.dueFrom) q = q.where('t.due_date', '>=', f.dueFrom);
      if (f.dueTo) q = q.where('t.due_date', '<=', f.dueTo);
      if (f.assignedFrom) q = q.where('t.assigned_date', '>=', f.assignedFrom);
      if (f.assignedTo) q = q.where('t.assigned_date', '<=', f.assignedTo);
      return q
        .orderBy((eb) => eb.fn.coalesce('t.due_date', eb.val('9999-12-31')))
        .orderBy('t.id')
        .limit(f.limit)
        .execute();
    },
  };
}
/** See `createBulkRepository`. */
export type BulkRepository = ReturnType<typeof createBulkRepository>;
