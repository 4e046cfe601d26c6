/**
 * The one place that wires the database, the clock and the services. The HTTP app, the CLI
 * and the tests all start from `createContext`.
 * @module
 */
import type { Config } from './config.ts';
import { createDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { type AuditService, createAuditService } from './modules/audit/audit.service.ts';
import { createAuthRepository } from './modules/auth/auth.repository.ts';
import {
  type AuthService,
  createAuthService,
  type ThrottlePolicy,
} from './modules/auth/auth.service.ts';
import { LANGSON_DIRECTORY } from './modules/orgs/directory/index.ts';
import { createOrgsRepository } from './modules/orgs/orgs.repository.ts';
import { createOrgsService, type OrgsService } from './modules/orgs/orgs.service.ts';
import { createUsersRepository } from './modules/users/users.repository.ts';
import { createUsersService, type UsersService } from './modules/users/users.service.ts';

export interface Services {
  audit: AuditService;
  auth: AuthService;
  users: UsersService;
  orgs: OrgsService;
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
  const audit = createAuditService({ engine: db.engine, clock });
  const services: Services = {
    audit,
    auth: createAuthService({
      repo: createAuthRepository(k),
      clock,
      sessionHours: config.sessionHours,
      throttle: options.throttle,
    }),
    users: createUsersService({ db: k, repo: createUsersRepository(k), audit, clock }),
    orgs: createOrgsService({ db: k, repo: createOrgsRepository(k), audit, clock }),
  };
  return { config, db, clock, services, close: () => db.destroy() };
}

export interface BootstrapReport {
  orgsLoaded: number;
  generatedAdminPassword: string | null;
  adminCreated: boolean;
}

/** First-start work on an empty database: the org directory and the admin user. */
export async function bootstrap(ctx: Context): Promise<BootstrapReport> {
  const orgsLoaded = await ctx.services.orgs.seedIfEmpty(LANGSON_DIRECTORY);
  const admin = await ctx.services.users.ensureAdmin(ctx.config.adminPassword);
  return {
    orgsLoaded,
    adminCreated: admin !== null,
    generatedAdminPassword: admin?.generated ?? null,
  };
}
