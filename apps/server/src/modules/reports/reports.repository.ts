/**
 * Queries of the reports that group tasks by more than their owner: each task's state at the
 * end of a day (from the append-only timeline) with its meeting and chair, and the
 * coordinators' input dates.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Which tasks a report counts, and on which day. */
export interface TaskFilter {
  /** An agency user's org: only tasks it owns or coordinates. */
  restrictToOrg?: string;
  /** Assigned from / to (inclusive). */
  from?: string;
  to?: string;
  /** The day whose end the state is taken at. */
  asOf: string;
}

/** One task as it stood at the end of `asOf`. */
export interface TaskStateRow {
  id: string;
  status: string;
  due_date: string | null;
  completed_date: string | null;
  owner_org_id: string;
  meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  chair_name: string | null;
}

/** The grouped-report queries over `db`. */
export function createReportsRepository(db: Kysely<Database>) {
  /** Issued tasks assigned in the period, joined to their last event on or before `asOf`. */
  function stateQuery(f: TaskFilter) {
    let q = db
      .selectFrom('tasks as t')
      .innerJoin('task_events as e', (join) =>
        join
          .onRef('e.task_id', '=', 't.id')
          .on(
            'e.seq',
            '=',
            sql<number>`(select max(e2.seq) from task_events e2 where e2.task_id = t.id and e2.effective_date <= ${f.asOf})`,
          ),
      )
      .where('t.active', '=', 1);
    if (f.from) q = q.where('t.assigned_date', '>=', f.from);
    if (f.to) q = q.where('t.assigned_date', '<=', f.to);
    if (f.restrictToOrg) {
      const org = f.restrictToOrg;
      q = q.where(
        sql<boolean>`(t.owner_org_id = ${org} or exists (select 1 from task_coordinators tc where tc.task_id = t.id and tc.org_id = ${org}))`,
      );
    }
    return q;
  }

  return {
    async taskStates(f: TaskFilter): Promise<TaskStateRow[]> {
      const rows = await stateQuery(f)
        .leftJoin('meetings as m', 'm.id', 't.meeting_id')
        .select([
          't.id',
          'e.to_status as status',
          'e.due_date',
          't.completed_date',
          'e.owner_org_id',
          't.meeting_id',
          'm.title as meeting_title',
          'm.meeting_date',
          'm.chair_name',
        ])
        .orderBy('t.id')
        .execute();
      return rows.map((r) => ({
        ...r,
        status: r.status ?? 'assigned',
        owner_org_id: r.owner_org_id ?? '',
      }));
    },

    /** Inputs asked of coordinators with a date, of tasks not cancelled by `asOf`. */
    coordinatorInputs: (f: TaskFilter) =>
      stateQuery(f)
        .innerJoin('task_coordinators as c', 'c.task_id', 't.id')
        .select(['c.task_id', 'c.org_id', 'c.input_due_date', 'c.input_done_date'])
        .where('c.input_due_date', 'is not', null)
        .where('e.to_status', '!=', 'cancelled')
        .execute(),

    async orgNames(ids: string[]): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await db
        .selectFrom('orgs')
        .select(['id', 'name'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}
/** See `createReportsRepository`. */
export type ReportsRepository = ReturnType<typeof createReportsRepository>;
