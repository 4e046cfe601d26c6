/**
 * Follow-up figures by agency and period, as of any day: the four categories of Vietnamese
 * reports (hoàn thành đúng hạn / quá hạn, đang thực hiện trong hạn / quá hạn), completion
 * rate and mean delay. Grouped by the owner on that day, or rolled up to today's successor
 * of an org that was merged, split or renamed.
 * @module
 */
import type { AgencyReport, ReportCounts, Timeliness } from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Engine } from '../../db/database.ts';
import { daysBetween } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { TasksRepository } from '../tasks/tasks.repository.ts';
import type { TasksService } from '../tasks/tasks.service.ts';

export interface ReportQuery {
  from?: string;
  to?: string;
  asOf?: string;
  groupBy: 'owner' | 'successor';
  meeting?: string;
}

type Counts = Record<Timeliness, number> & { lateDays: number };

const empty = (): Counts => ({
  not_due: 0,
  due_soon: 0,
  overdue: 0,
  on_time: 0,
  late: 0,
  no_deadline: 0,
  cancelled: 0,
  lateDays: 0,
});

/** The report's figures from timeliness counts. */
export function summarise(c: Counts): ReportCounts {
  const done = c.on_time + c.late;
  const open = c.not_due + c.due_soon + c.no_deadline + c.overdue;
  const assigned = done + open;
  return {
    assigned,
    doneOnTime: c.on_time,
    doneLate: c.late,
    openInTime: c.not_due + c.due_soon + c.no_deadline,
    openOverdue: c.overdue,
    noDeadline: c.no_deadline,
    dueSoon: c.due_soon,
    cancelled: c.cancelled,
    completionRate: assigned ? done / assigned : 0,
    onTimeRate: done ? c.on_time / done : 0,
    averageDelayDays: c.late ? c.lateDays / c.late : null,
  };
}

export function createReportsService(deps: {
  db: Kysely<Database>;
  engine: Engine;
  repo: TasksRepository;
  tasks: TasksService;
}) {
  /** Today's holder of each org's work: follows the succession links in force today. */
  async function successorMap(today: string): Promise<Map<string, string>> {
    const links = await deps.db
      .selectFrom('org_successions')
      .select(['predecessor_id', 'successor_id', 'effective_date'])
      .where('effective_date', '<=', today)
      .orderBy('effective_date')
      .execute();
    const next = new Map<string, string>();
    for (const l of links)
      if (!next.has(l.predecessor_id)) next.set(l.predecessor_id, l.successor_id);
    const resolve = (id: string) => {
      const seen = new Set<string>();
      let cur = id;
      while (next.has(cur) && !seen.has(cur)) {
        seen.add(cur);
        cur = next.get(cur)!;
      }
      return cur;
    };
    return new Map([...next.keys()].map((k) => [k, resolve(k)]));
  }

  return {
    async byAgency(user: SessionUser, q: ReportQuery): Promise<AgencyReport> {
      const window = await deps.tasks.windowFor(q.asOf);
      const rows = await deps.repo.countByOwner(
        {
          restrictToOrg: user.role === 'agency' ? (user.orgId ?? '-') : undefined,
          window,
          assignedFrom: q.from,
          assignedTo: q.to,
          meeting: q.meeting,
          asOf: window.today,
        },
        (done, due) => daysBetween(deps.engine, due, done),
      );
      const map =
        q.groupBy === 'successor'
          ? await successorMap((await deps.tasks.windowFor()).today)
          : new Map<string, string>();
      const grouped = new Map<string, Counts>();
      const total = empty();
      for (const r of rows) {
        const key = map.get(r.ownerOrgId) ?? r.ownerOrgId;
        const acc = grouped.get(key) ?? empty();
        for (const [k, v] of Object.entries(r.counts)) {
          acc[k as Timeliness] += v;
          total[k as Timeliness] += v;
        }
        acc.lateDays += r.lateDays;
        total.lateDays += r.lateDays;
        grouped.set(key, acc);
      }
      const ids = [...grouped.keys()];
      const names = ids.length
        ? await deps.db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', ids).execute()
        : [];
      const nameOf = new Map(names.map((n) => [n.id, n.name]));
      return {
        asOf: window.today,
        from: q.from ?? null,
        to: q.to ?? null,
        groupBy: q.groupBy,
        total: summarise(total),
        rows: ids
          .map((id) => ({
            orgId: id,
            orgName: nameOf.get(id) ?? id,
            ...summarise(grouped.get(id)!),
          }))
          .sort((a, b) => b.assigned - a.assigned || a.orgName.localeCompare(b.orgName, 'vi')),
      };
    },
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
