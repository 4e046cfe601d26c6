/**
 * The dialect matrix: every database test runs on SQLite and on PostgreSQL, as Kysely's own
 * suite does. PostgreSQL comes from KETLUAN_TEST_DATABASE_URL; each test context gets a
 * database of its own, created and dropped around it. Outside CI a missing URL skips the
 * PostgreSQL run with a visible message; in CI (CI=true) it fails.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { type Context, type ContextOptions, createContext } from '../../src/context.ts';

export type EngineName = 'sqlite' | 'postgres';

const pgUrl = process.env.KETLUAN_TEST_DATABASE_URL;
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const selected = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((s) => s.trim());

if (selected.includes('postgres') && !pgUrl && inCi) {
  throw new Error(
    'CI=true but KETLUAN_TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI',
  );
}

export const ENGINES: EngineName[] = (['sqlite', 'postgres'] as const).filter((e) =>
  selected.includes(e),
);

/**
 * Declares `fn`'s tests once per engine, titled `[sqlite] …` and `[postgres] …`.
 */
export function describeEachEngine(title: string, fn: (engine: EngineName) => void): void {
  for (const engine of ENGINES) {
    if (engine === 'postgres' && !pgUrl) {
      describe.skip(`[postgres] ${title} — SKIPPED: set KETLUAN_TEST_DATABASE_URL to run`, () => {
        fn(engine);
      });
      continue;
    }
    describe(`[${engine}] ${title}`, () => fn(engine));
  }
}

/** A fresh, empty database for one engine; `drop()` removes it. */
export async function freshDatabase(
  engine: EngineName,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ketluan-test-'));
    return {
      env: { KETLUAN_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `ketluan_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ketluan-test-'));
  return {
    env: { KETLUAN_DATABASE_URL: url.toString(), KETLUAN_DATA_DIR: dataDir },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: pgUrl });
      const dropped = (async () => {
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      })();
      // DROP DATABASE waits for a checkpoint, which heavy load elsewhere on the server can
      // make slow: a test database left behind is harmless (named ketluan_t_*); a hung
      // suite is not.
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref());
      if ((await Promise.race([dropped, timeout])) === 'timeout') {
        process.emitWarning(`test database ${name} not dropped within 15 s; left behind`);
        dropped.catch(() => {});
      }
    },
  };
}

export interface TestContext extends Context {
  /** Closes the context and drops its database. */
  dispose(): Promise<void>;
}

/** A migrated context on a fresh database of `engine`. */
export async function createTestContext(
  engine: EngineName,
  env: Record<string, string> = {},
  options: ContextOptions = {},
): Promise<TestContext> {
  const database = await freshDatabase(engine);
  const config: Config = loadConfig({
    LOG_LEVEL: 'silent',
    KETLUAN_ADMIN_PASSWORD: 'admin-secret-1',
    KETLUAN_DEMO_DATA: 'false',
    ...database.env,
    ...env,
  });
  const ctx = await createContext(config, options);
  return {
    ...ctx,
    dispose: async () => {
      await ctx.close();
      await database.drop();
    },
  };
}
