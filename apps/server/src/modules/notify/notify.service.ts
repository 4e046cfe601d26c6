/**
 * Reminders and in-app notifications. `runDue()` sends what is due now — the task reminders,
 * the agencies' daily digests and the leaders' weekly summary — on working days; the
 * in-server scheduler and `ketluan remind` both call it, and each reminder goes out once
 * however many processes run it at the same time (see `deliver.ts` and `run-lock.ts`).
 * @module
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { ReportsService } from '../reports/reports.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import { type DeliveryTally, deliver } from './deliver.ts';
import type { Mailer } from './mailer.ts';
import { presentNotification } from './notify.presenter.ts';
import { createNotifyRepository, type Recipient } from './notify.repository.ts';
import {
  type Delivery,
  type PlanContext,
  planDigests,
  planTaskReminders,
  planWeekly,
  weekStartOf,
} from './planner.ts';
import { withRunLock } from './run-lock.ts';

/** What one call of `runDue` did. */
export interface RemindRunResult extends DeliveryTally {
  today: string;
  /** Why nothing was sent: a day off, or another process is running the reminders. */
  skipped: 'not_working_day' | 'locked' | null;
}

const NOTHING: DeliveryTally = {
  planned: 0,
  claimed: 0,
  sent: 0,
  failed: 0,
  inAppOnly: 0,
  alreadyDone: 0,
};

/** Where a run reports a failed e-mail. */
export type Logger = (msg: string, data: Record<string, unknown>) => void;

/** The reminder service: `runDue` for the scheduler and cron, and the in-app list. */
export function createNotifyService(deps: {
  db: Kysely<Database>;
  engine: Engine;
  clock: Clock;
  calendar: CalendarService;
  settings: SettingsService;
  reports: ReportsService;
  mailer: Mailer | null;
  /** Public address of the web app, for links in e-mails. */
  baseUrl: string;
}) {
  const repo = createNotifyRepository(deps.db);

  /** The leaders' weekly summary, unless every leader already has this week's. */
  async function weekly(ctx: PlanContext): Promise<Delivery[]> {
    const leaders = await repo.leaders();
    if (!leaders.length) return [];
    const weekStart = weekStartOf(ctx.today);
    const done = new Set(
      (await repo.existing(['province']))
        .filter((r) => r.kind === 'weekly_summary' && r.period === weekStart)
        .map((r) => r.recipient_user_id),
    );
    if (leaders.every((l) => done.has(l.id))) return [];
    const report = await deps.reports.overview({ asOf: ctx.today });
    const agencies = report.rows
      .filter((r) => r.openOverdue > 0)
      .sort((a, b) => b.openOverdue - a.openOverdue || a.orgName.localeCompare(b.orgName, 'vi'))
      .slice(0, 10)
      .map((r) => ({
        orgName: r.orgName,
        assigned: r.assigned,
        openOverdue: r.openOverdue,
        doneLate: r.doneLate,
      }));
    return planWeekly(
      { weekStart, asOf: ctx.today, total: report.total, agencies, baseUrl: deps.baseUrl },
      leaders,
      ctx,
    );
  }

  return {
    /**
     * Sends every reminder due now. Reads everything first, then claims and sends (SQLite has
     * one connection: nothing may query outside a transaction while one is open).
     * `lock: false` skips the PostgreSQL run lock (tests of the claim alone).
     */
    async runDue(options: { lock?: boolean; log?: Logger } = {}): Promise<RemindRunResult> {
      const today = vietnamDate(deps.clock.now());
      const calendar = await deps.calendar.get();
      if (!calendar.isWorkingDay(today)) return { today, skipped: 'not_working_day', ...NOTHING };
      const reminderDays = await deps.settings.get('reminderDays');
      const ctx: PlanContext = {
        today,
        calendar,
        reminderDays,
        baseUrl: deps.baseUrl,
        mailEnabled: deps.mailer !== null,
      };
      const until = reminderDays > 0 ? calendar.addWorkingDays(today, reminderDays) : today;
      const tasks = await repo.tasksDueBy(until);
      const inputs = await repo.inputsDueBy(until);
      const usersByOrg = new Map<string, Recipient[]>();
      for (const u of await repo.agencyUsers([
        ...tasks.map((t) => t.owner_org_id),
        ...inputs.map((i) => i.org_id),
      ])) {
        usersByOrg.set(u.orgId!, [...(usersByOrg.get(u.orgId!) ?? []), u]);
      }
      const orgNames = new Map<string, string>([
        ...tasks.map((t) => [t.owner_org_id, t.owner_name] as const),
        ...inputs.map((i) => [i.org_id, i.org_name] as const),
      ]);
      const deliveries = [
        ...planTaskReminders(tasks, inputs, usersByOrg, ctx),
        ...planDigests(tasks, inputs, usersByOrg, orgNames, ctx),
        ...(await weekly(ctx)),
      ];
      const run = () =>
        deliver(
          { db: deps.db, repo, clock: deps.clock, mailer: deps.mailer },
          deliveries,
          options.log,
        );
      if (options.lock === false) return { today, skipped: null, ...(await run()) };
      const result = await withLock(run);
      return result.ran
        ? { today, skipped: null, ...result.value }
        : { today, skipped: 'locked', ...NOTHING, planned: deliveries.length };
    },

    /** The signed-in user's notifications, newest first, with the unread count. */
    async list(user: SessionUser, q: { unread: boolean; before?: string; limit: number }) {
      const rows = await repo.listNotifications(user.id, q);
      const page = rows.slice(0, q.limit);
      return {
        items: page.map(presentNotification),
        unreadCount: await repo.countUnread(user.id),
        nextCursor: rows.length > q.limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },

    /** Marks one of the user's notifications read (404 for anyone else's). */
    async markRead(user: SessionUser, id: string) {
      if (!(await repo.markRead(user.id, id, deps.clock.now().toISOString())))
        throw notFound('thông báo');
      return { ok: true as const };
    },
  };

  function withLock<T>(fn: () => Promise<T>) {
    return withRunLock(deps.db, deps.engine, 'ketluan:reminders', fn);
  }
}
/** See `createNotifyService`. */
export type NotifyService = ReturnType<typeof createNotifyService>;

/** The address links in e-mails and feeds start with: KETLUAN_PUBLIC_URL, else this server. */
export function publicBaseUrl(config: { publicUrl?: string; host: string; port: number }): string {
  if (config.publicUrl) return config.publicUrl;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}
