/**
 * Configuration: one validated, frozen object built from the environment. Every invalid
 * variable is reported at once, before anything starts.
 * @module
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const Port = z.coerce.number().int().min(0).max(65535);

/** Every variable ketluan reads, documented where it is declared. */
const EnvSchema = z.object({
  /** TCP port of the HTTP server. */
  PORT: Port.default(3000),
  /** Address to listen on; 127.0.0.1 keeps it local, 0.0.0.0 serves the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the SQLite database and stored files. */
  KETLUAN_DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://user:pass@host:port/db selects PostgreSQL instead of SQLite. */
  KETLUAN_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Password for the `admin` user created on first start; generated and printed if unset. */
  KETLUAN_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  /** Public base URL, used in links in e-mails and feeds. */
  KETLUAN_PUBLIC_URL: z.url('must be a URL such as https://ketluan.example.gov.vn').optional(),
  /** Trust X-Forwarded-* from a reverse proxy (true/false). Makes session cookies Secure. */
  KETLUAN_TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], 'must be true or false')
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Session lifetime in hours. */
  KETLUAN_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  /** Largest upload accepted, in megabytes. */
  KETLUAN_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(20),
  /** Log level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Skip applying migrations at start (when a deploy step runs `ketluan migrate`). */
  KETLUAN_SKIP_MIGRATIONS: z
    .enum(['true', 'false', '1', '0'], 'must be true or false')
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** SMTP server for reminder e-mails: smtp://user:pass@host:587 or smtps://host:465. */
  KETLUAN_SMTP_URL: z
    .string()
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname !== '';
      } catch {
        return false;
      }
    }, 'must be a URL such as smtp://user:pass@mail.example.gov.vn:587')
    .optional(),
  /** Sender of reminder e-mails: an address, or "Name <address>". */
  KETLUAN_MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/,
      'must be an address such as ketluan@langson.gov.vn or "Ketluan <ketluan@langson.gov.vn>"',
    )
    .default('ketluan <ketluan@localhost.localdomain>'),
  /** TEST ONLY: pause this many ms after each audit entry, inside its transaction, so that a
   * test can kill the process in the middle of a write (durability tests). Never in production. */
  KETLUAN_TEST_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** Load the seed announcement as demo data into an empty database (true/false). */
  KETLUAN_DEMO_DATA: z
    .enum(['true', 'false', '1', '0'], 'must be true or false')
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
});

export type DatabaseConfig =
  | { engine: 'sqlite'; file: string }
  | { engine: 'postgres'; url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly adminPassword: string | undefined;
  readonly publicUrl: string | undefined;
  readonly trustProxy: boolean;
  readonly sessionHours: number;
  readonly maxUploadBytes: number;
  readonly logLevel: string;
  readonly skipMigrations: boolean;
  readonly demoData: boolean;
  /** Test only: see KETLUAN_TEST_DELAY_MS. */
  readonly testDelayMs: number;
  /** SMTP URL for reminder e-mails; none: reminders are in-app only. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
}

/** Thrown when the environment is invalid; `problems` lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the configuration from an environment (pure: pass `process.env` or a test object).
 * Empty strings count as unset.
 * @throws ConfigError listing every invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '?');
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.KETLUAN_DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.KETLUAN_DATABASE_URL
      ? { engine: 'postgres' as const, url: e.KETLUAN_DATABASE_URL }
      : { engine: 'sqlite' as const, file: resolve(dataDir, 'ketluan.db') },
    adminPassword: e.KETLUAN_ADMIN_PASSWORD,
    publicUrl: e.KETLUAN_PUBLIC_URL?.replace(/\/+$/, ''),
    trustProxy: e.KETLUAN_TRUST_PROXY,
    sessionHours: e.KETLUAN_SESSION_HOURS,
    maxUploadBytes: e.KETLUAN_MAX_UPLOAD_MB * 1024 * 1024,
    logLevel: e.LOG_LEVEL,
    skipMigrations: e.KETLUAN_SKIP_MIGRATIONS,
    demoData: e.KETLUAN_DEMO_DATA,
    testDelayMs: e.KETLUAN_TEST_DELAY_MS,
    smtpUrl: e.KETLUAN_SMTP_URL,
    mailFrom: e.KETLUAN_MAIL_FROM,
  });
}
