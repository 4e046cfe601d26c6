/**
 * Follow-up figures as of any day: the four categories of Vietnamese reports (hoàn thành
 * đúng hạn / quá hạn, đang thực hiện trong hạn / quá hạn), completion rate and mean delay —
 * by agency (the owner on that day, or rolled up to today's successor of an org that was
 * merged, split or renamed), by the leader who chaired the meeting, by meeting, and lead
 * versus coordinator. Downloads as XLSX and as a DOCX report in the Decree 30 layout.
 * @module
 */
import type {
  AgencyReport,
  CoordinationReport,
  CoordinatorInputBody,
  LeaderReport,
  MeetingReport,
  ReportPeriodQuery,
  Timeliness,
} from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Engine } from '../../db/database.ts';
import { daysBetween } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { TasksRepository } from '../tasks/tasks.repository.ts';
import type { TasksService } from '../tasks/tasks.service.ts';
import { recordCoordinatorInput } from './coordinator-input.ts';
import { reportDocx } from './docx.ts';
import { type Counts, emptyCounts, summarise } from './figures.ts';
import { coordinationReport, leaderReport, meetingReport } from './grouping.ts';
import { createReportsRepository } from './reports.repository.ts';
import { type ReportBundle, reportWorkbook } from './xlsx.ts';

export { summarise } from './figures.ts';

/** The query of the report by agency. */
export interface ReportQuery extends ReportPeriodQuery {
  groupBy: 'owner' | 'successor';
  meeting?: string;
}

/** An agency user sees the tasks its org owns or coordinates; everyone else sees all. */
const restrictionOf = (user: SessionUser) =>
  user.role === 'agency' ? (user.orgId ?? '-') : undefined;

/** The report service: figures as JSON, the downloads, coordinators' inputs. */
export function createReportsService(deps: {
  db: Kysely<Database>;
  engine: Engine;
  repo: TasksRepository;
  tasks: TasksService;
  audit: AuditService;
  clock: Clock;
  settings: SettingsService;
}) {
  const reportsRepo = createReportsRepository(deps.db);

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

  async function agencyFigures(
    restrictToOrg: string | undefined,
    q: ReportQuery,
  ): Promise<AgencyReport> {
    const window = await deps.tasks.windowFor(q.asOf);
    const rows = await deps.repo.countByOwner(
      {
        restrictToOrg,
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
    const total = emptyCounts();
    for (const r of rows) {
      const key = map.get(r.ownerOrgId) ?? r.ownerOrgId;
      const acc = grouped.get(key) ?? emptyCounts();
      for (const [k, v] of Object.entries(r.counts)) {
        acc[k as Timeliness] += v;
        total[k as Timeliness] += v;
      }
      acc.lateDays += r.lateDays;
      total.lateDays += r.lateDays;
      grouped.set(key, acc);
    }
    const nameOf = await reportsRepo.orgNames([...grouped.keys()]);
    return {
      asOf: window.today,
      from: q.from ?? null,
      to: q.to ?? null,
      groupBy: q.groupBy,
      total: summarise(total),
      rows: [...grouped.keys()]
        .map((id) => ({ orgId: id, orgName: nameOf.get(id) ?? id, ...summarise(grouped.get(id)!) }))
        .sort((a, b) => b.assigned - a.assigned || a.orgName.localeCompare(b.orgName, 'vi')),
    };
  }

  /** The tasks' states on the query's day, with the window that classifies them. */
  async function states(user: SessionUser | null, q: ReportPeriodQuery) {
    const window = await deps.tasks.windowFor(q.asOf);
    const filter = {
      restrictToOrg: user ? restrictionOf(user) : undefined,
      from: q.from,
      to: q.to,
      asOf: window.today,
    };
    const head = { asOf: window.today, from: q.from ?? null, to: q.to ?? null };
    return { window, filter, head, rows: await reportsRepo.taskStates(filter) };
  }

  const service = {
    async byAgency(user: SessionUser, q: ReportQuery): Promise<AgencyReport> {
      return agencyFigures(restrictionOf(user), q);
    },

    /** Figures by agency over every task, for the leaders' weekly summary. */
    overview: (q: ReportPeriodQuery) => agencyFigures(undefined, { ...q, groupBy: 'owner' }),

    async byLeader(user: SessionUser, q: ReportPeriodQuery): Promise<LeaderReport> {
      const s = await states(user, q);
      return leaderReport(s.rows, s.window, s.head);
    },

    async byMeeting(user: SessionUser, q: ReportPeriodQuery): Promise<MeetingReport> {
      const s = await states(user, q);
      return meetingReport(s.rows, s.window, s.head);
    },

    async coordination(user: SessionUser, q: ReportPeriodQuery): Promise<CoordinationReport> {
      const s = await states(user, q);
      const inputs = await reportsRepo.coordinatorInputs(s.filter);
      const names = await reportsRepo.orgNames([
        ...new Set([...s.rows.map((r) => r.owner_org_id), ...inputs.map((i) => i.org_id)]),
      ]);
      return coordinationReport(s.rows, inputs, names, s.window, s.head);
    },

    /** Every grouping for one period and day; `onStep` follows progress (CLI bar). */
    async bundle(
      user: SessionUser,
      q: ReportQuery,
      onStep?: (label: string) => void,
    ): Promise<ReportBundle> {
      const agencies = await service.byAgency(user, q);
      onStep?.('cơ quan');
      const leaders = await service.byLeader(user, q);
      onStep?.('lãnh đạo');
      const meetings = await service.byMeeting(user, q);
      onStep?.('cuộc họp');
      const coordination = await service.coordination(user, q);
      onStep?.('phối hợp');
      return { agencies, leaders, meetings, coordination };
    },

    /** The report as XLSX bytes. */
    xlsx: (bundle: ReportBundle) => reportWorkbook(bundle, deps.clock.now()),

    /** The report as DOCX bytes, "Báo cáo tình hình thực hiện kết luận". */
    async docx(bundle: ReportBundle, signerName?: string) {
      const place = await deps.settings.get('placeName');
      const date = vietnamDate(deps.clock.now());
      return reportDocx(bundle, { place, date, signerName }, deps.clock.now());
    },

    /** A coordinator's input reported done (see coordinator-input.ts). */
    coordinatorInput: (
      actor: { user: SessionUser; requestId?: string },
      taskId: string,
      body: CoordinatorInputBody,
    ) => recordCoordinatorInput(deps, actor, taskId, body),
  };
  return service;
}
/** See `createReportsService`. */
export type ReportsService = ReturnType<typeof createReportsService>;
