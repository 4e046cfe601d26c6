/**
 * The one place that wires the database, the clock and the services. The HTTP app, the CLI
 * and the tests all start from `createContext`.
 * @module
 */
import type { Config } from './config.ts';
import { createDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import {
  type AnnouncementsService,
  createAnnouncementsService,
} from './modules/announcements/announcements.service.ts';
import { type AuditService, createAuditService } from './modules/audit/audit.service.ts';
import { createAuthRepository } from './modules/auth/auth.repository.ts';
import {
  type AuthService,
  createAuthService,
  type ThrottlePolicy,
} from './modules/auth/auth.service.ts';
import { createBulkRepository } from './modules/bulk/bulk.repository.ts';
import { type BulkService, createBulkService } from './modules/bulk/bulk.service.ts';
import {
  type CalendarService,
  createCalendarService,
} from './modules/calendar/calendar.service.ts';
import { createFilesService, type FilesService } from './modules/files/files.service.ts';
import { createIcsRepository } from './modules/ics/ics.repository.ts';
import { createIcsService, type IcsService } from './modules/ics/ics.service.ts';
import { importDemoIfEmpty } from './modules/imports/demo.ts';
import { createImportsService, type ImportsService } from './modules/imports/imports.service.ts';
import { createMeetingsRepository } from './modules/meetings/meetings.repository.ts';
import {
  createMeetingsService,
  type MeetingsService,
} from './modules/meetings/meetings.service.ts';
import { createSmtpMailer } from './modules/notify/mailer.ts';
import {
  createNotifyService,
  type NotifyService,
  publicBaseUrl,
} from './modules/notify/notify.service.ts';
import { LANGSON_DIRECTORY } from './modules/orgs/directory/index.ts';
import { createLineageService, type LineageService } from './modules/orgs/orgs.lineage.ts';
import { createOrgsRepository } from './modules/orgs/orgs.repository.ts';
import { createOrgsService, type OrgsService } from './modules/orgs/orgs.service.ts';
import { createReportsService, type ReportsService } from './modules/reports/reports.service.ts';
import { createSearchService, type SearchService } from './modules/search/search.service.ts';
import {
  createSettingsService,
  type SettingsService,
} from './modules/settings/settings.service.ts';
import { resolveDeadline } from './modules/tasks/deadlines.ts';
import { createTasksRepository } from './modules/tasks/tasks.repository.ts';
import { createTasksService, type TasksService } from './modules/tasks/tasks.service.ts';
import { createUsersRepository } from './modules/users/users.repository.ts';
import { createUsersService, type UsersService } from './modules/users/users.service.ts';

export interface Services {
  audit: AuditService;
  announcements: AnnouncementsService;
  auth: AuthService;
  users: UsersService;
  orgs: OrgsService;
  settings: SettingsService;
  calendar: CalendarService;
  tasks: TasksService;
  meetings: MeetingsService;
  lineage: LineageService;
  reports: ReportsService;
  imports: ImportsService;
  files: FilesService;
  search: SearchService;
  notify: NotifyService;
  ics: IcsService;
  bulk: BulkService;
}

export interface Context {
  config: Config;
  db: Db;
  clock: Clock;
  services: Services;
  close(): Promise<void>;
}

export interface ContextOptions {
  clock?: Clock;
  throttle?: ThrottlePolicy;
  /** Open an existing database without applying migrations (overrides the config). */
  skipMigrations?: boolean;
}

/** Opens the database, applies migrations (unless told not to) and builds the services. */
export async function createContext(
  config: Config,
  options: ContextOptions = {},
): Promise<Context> {
  const db = createDatabase(config.database);
  try {
    if (!(options.skipMigrations ?? config.skipMigrations)) await migrateToLatest(db.kysely);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const clock = options.clock ?? systemClock;
  const k = db.kysely;
  const audit = createAuditService({ engine: db.engine, clock, testDelayMs: config.testDelayMs });
  const settings = createSettingsService({ db: k, audit, clock });
  const calendar = createCalendarService({ db: k, settings, audit, clock });
  const tasksRepo = createTasksRepository(k);
  const tasks = createTasksService({
    db: k,
    repo: tasksRepo,
    audit,
    clock,
    calendar,
    settings,
    deadlines: resolveDeadline,
  });
  const meetings = createMeetingsService({
    db: k,
    repo: createMeetingsRepository(k),
    audit,
    clock,
  });
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const baseUrl = publicBaseUrl(config);
  const reports = createReportsService({
    db: k,
    engine: db.engine,
    repo: tasksRepo,
    tasks,
    audit,
    clock,
    settings,
  });
  const services: Services = {
    audit,
    files: createFilesService({
      db: k,
      dataDir: config.dataDir,
      maxBytes: config.maxUploadBytes,
      clock,
    }),
    search: createSearchService({ db: k }),
    announcements: createAnnouncementsService({ db: k, audit, clock, meetings, settings, tasks }),
    imports: createImportsService({ db: k, audit, clock, calendar, settings, meetings, tasks }),
    settings,
    calendar,
    tasks,
    reports,
    notify: createNotifyService({
      db: k,
      engine: db.engine,
      clock,
      calendar,
      settings,
      reports,
      mailer,
      baseUrl,
    }),
    ics: createIcsService({ db: k, repo: createIcsRepository(k), audit, clock, baseUrl }),
    bulk: createBulkService({ repo: createBulkRepository(k), tasks, clock }),
    meetings,
    lineage: createLineageService({ db: k, audit, clock }),
    auth: createAuthService({
      repo: createAuthRepository(k),
      clock,
      sessionHours: config.sessionHours,
      throttle: options.throttle,
    }),
    users: createUsersService({ db: k, repo: createUsersRepository(k), audit, clock }),
    orgs: createOrgsService({ db: k, repo: createOrgsRepository(k), audit, clock }),
  };
  const close = async () => {
    mailer?.close();
    await db.destroy();
  };
  return { config, db, clock, services, close };
}

export interface BootstrapReport {
  orgsLoaded: number;
  demoImported: boolean;
  generatedAdminPassword: string | null;
  adminCreated: boolean;
}

/** First-start work on an empty database: the org directory, the admin user, demo data. */
export async function bootstrap(ctx: Context): Promise<BootstrapReport> {
  const orgsLoaded = await ctx.services.orgs.seedIfEmpty(LANGSON_DIRECTORY);
  const admin = await ctx.services.users.ensureAdmin(ctx.config.adminPassword);
  const demoImported =
    ctx.config.demoData &&
    (await importDemoIfEmpty(ctx.services.imports, async () =>
      Boolean(await ctx.db.kysely.selectFrom('meetings').select('id').limit(1).executeTakeFirst()),
    ));
  return {
    orgsLoaded,
    demoImported,
    adminCreated: admin !== null,
    generatedAdminPassword: admin?.generated ?? null,
  };
}
