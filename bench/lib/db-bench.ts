/**
 * The database-backed measures on one dataset: the real app (`buildApp`) driven through
 * `app.inject()` for latency, and listening on loopback for throughput.
 * @module
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { type Context, createContext } from '../../apps/server/src/context.ts';
import { vietnamDate } from '../../apps/server/src/lib/clock.ts';
import { type Engine, pgUrl, sqliteDir, sqliteFile } from './datasets.ts';
import { autocannon, bareApp, barePath, type ListCase, listPath } from './http-load.ts';
import { type Run, type Sampled, sample } from './measure.ts';

const ADMIN_PASSWORD = 'bench-admin-password';

/** Realistic search box input: agencies, domains, places, document kinds, with and without
 * diacritics, common and rare. */
export const SEARCH_QUERIES = [
  'so giao duc',
  'dat',
  'chuyển đổi số',
  'nghi quyet hoc phi',
  'bảng giá đất',
  'cao toc dong dang',
  'y te xa',
  'dich ta lon chau phi',
  'quy hoach su dung dat',
  'OCOP',
  'nha o xa hoi',
  'giai ngan von dau tu cong',
  'khieu nai to cao',
  'Bản Lải',
  'de an 06',
  'trường chuẩn quốc gia',
];

export const LIST_TIMELINESS = [
  'overdue',
  'due_soon',
  'not_due',
  'on_time',
  'late',
  'no_deadline',
  'overdue,due_soon',
];

export interface DbBenchOptions {
  seconds: number;
  httpSeconds: number;
  log: (msg: string) => void;
}

async function openContext(engine: Engine, n: number): Promise<{ ctx: Context; cleanup(): void }> {
  const scratch = mkdtempSync(join(tmpdir(), 'ketluan-bench-'));
  const env: Record<string, string> = {
    LOG_LEVEL: 'silent',
    KETLUAN_DEMO_DATA: 'false',
    KETLUAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    KETLUAN_DATA_DIR: engine === 'sqlite' ? sqliteDir(n) : scratch,
  };
  if (engine === 'postgres') env.KETLUAN_DATABASE_URL = pgUrl(n);
  const ctx = await createContext(loadConfig(env));
  await ctx.services.users.ensureAdmin(ADMIN_PASSWORD);
  return { ctx, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

async function login(app: FastifyInstance): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: ADMIN_PASSWORD },
  });
  const c = res.cookies.find((x) => x.name === 'ketluan_session');
  if (res.statusCode !== 200 || !c) throw new Error(`login → ${res.statusCode} ${res.body}`);
  return `${c.name}=${c.value}`;
}

/** What the measures cycle through: the busiest owners, random task ids. */
async function pickCases(ctx: Context) {
  const k = ctx.db.kysely;
  const owners = await k
    .selectFrom('tasks')
    .select(['owner_org_id', sql<number>`count(*)`.as('n')])
    .groupBy('owner_org_id')
    .orderBy('n', 'desc')
    .limit(24)
    .execute();
  const bounds = await k
    .selectFrom('tasks')
    .select([sql<string>`min(id)`.as('lo'), sql<string>`max(id)`.as('hi')])
    .executeTakeFirstOrThrow();
  // Random ids between the first and the last (ids are time-ordered UUIDv7).
  const lo = Number.parseInt(bounds.lo.slice(0, 8), 16);
  const hi = Number.parseInt(bounds.hi.slice(0, 8), 16);
  const ids: string[] = [];
  let seed = 12345;
  for (let i = 0; i < 200; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const probe = Math.floor(lo + ((hi - lo) * seed) / 2 ** 31)
      .toString(16)
      .padStart(8, '0');
    const row = await k
      .selectFrom('tasks')
      .select('id')
      .where('id', '>=', probe)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (row) ids.push(row.id);
  }
  const cases: ListCase[] = [];
  for (const t of LIST_TIMELINESS)
    for (const o of owners) cases.push({ owner: o.owner_org_id, timeliness: t });
  // Interleave so that consecutive calls differ in both owner and timeliness.
  cases.sort((a, b) => (a.owner + a.timeliness).localeCompare(b.owner + b.timeliness));
  return { cases, ids };
}

/**
 * Reads a dataset once into the OS page cache, so that the measures see a server that has
 * been running (a cold cache after building several gigabytes of other datasets is a
 * different, one-off cost). SQLite: the file; PostgreSQL: every table and index through
 * `pg_prewarm` (contrib), when it can be created.
 */
async function prewarm(engine: Engine, n: number, ctx: Context, log: (m: string) => void) {
  const t0 = performance.now();
  if (engine === 'sqlite') {
    const fd = openSync(sqliteFile(n), 'r');
    const buf = Buffer.allocUnsafe(8 << 20);
    try {
      while (readSync(fd, buf, 0, buf.length, null) > 0);
    } finally {
      closeSync(fd);
    }
  } else {
    try {
      await sql`create extension if not exists pg_prewarm`.execute(ctx.db.kysely);
      await sql`select pg_prewarm(c.oid::regclass, 'read') from pg_class c
          join pg_namespace s on s.oid = c.relnamespace
         where s.nspname = 'public' and c.relkind in ('r', 'i')`.execute(ctx.db.kysely);
    } catch (err) {
      log(`  (no pg_prewarm: ${(err as Error).message}; measuring with whatever is cached)`);
      return;
    }
  }
  log(`  read into the page cache in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export async function benchDatabase(
  engine: Engine,
  n: number,
  options: DbBenchOptions,
): Promise<Run[]> {
  const { ctx, cleanup } = await openContext(engine, n);
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const runs: Run[] = [];
  const record = (measure: string, s: Sampled) => {
    runs.push({ engine, tasks: n, measure, p50_ms: s.p50_ms, p99_ms: s.p99_ms, per_s: s.per_s });
    options.log(
      `  ${measure.padEnd(13)} p50 ${s.p50_ms.toFixed(2).padStart(8)} ms  p99 ${s.p99_ms.toFixed(2).padStart(8)} ms  ${String(s.per_s).padStart(8)}/s  (${s.samples})`,
    );
  };
  try {
    const cookie = await login(app);
    await prewarm(engine, n, ctx, options.log);
    const { cases, ids } = await pickCases(ctx);
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode} ${res.body}`);
      return res;
    };
    const today = vietnamDate(new Date());
    const lastYear = Number(today.slice(0, 4)) - 1;
    const seconds = options.seconds;

    record(
      'task_list',
      await sample((i) => get(listPath(cases[i % cases.length]!)), {
        seconds,
        warmup: cases.length,
      }),
    );
    record(
      'task_page',
      await sample((i) => get(`/api/tasks/${ids[i % ids.length]}`), { seconds, warmup: 50 }),
    );
    record('dashboard', await sample(() => get('/api/reports/agencies'), { seconds, min: 10 }));
    record(
      'report_year',
      await sample(() => get(`/api/reports/agencies?from=${lastYear}-01-01&to=${lastYear}-12-31`), {
        seconds,
        min: 10,
      }),
    );
    record(
      'report_as_of',
      await sample(
        () =>
          get(
            `/api/reports/agencies?from=${lastYear - 1}-01-01&to=${lastYear - 1}-12-31&asOf=${lastYear - 1}-12-31`,
          ),
        { seconds, min: 10 },
      ),
    );
    record(
      'search',
      await sample(
        (i) =>
          get(`/api/search?q=${encodeURIComponent(SEARCH_QUERIES[i % SEARCH_QUERIES.length]!)}`),
        { seconds, warmup: SEARCH_QUERIES.length * 2 },
      ),
    );

    // Throughput on loopback: the real app, then the bare route, same query mix.
    const bare = await bareApp(ctx);
    const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
    const mix = cases.slice(0, 48);
    try {
      await autocannon(appUrl, mix.map(listPath), { cookie }, 1); // warm-up
      const list = await autocannon(appUrl, mix.map(listPath), { cookie }, options.httpSeconds);
      if (list.non2xx) throw new Error(`list_http: ${list.non2xx} non-2xx responses`);
      await autocannon(bareUrl, mix.map(barePath), {}, 1);
      const bareRun = await autocannon(bareUrl, mix.map(barePath), {}, options.httpSeconds);
      if (bareRun.non2xx) throw new Error(`bare_http: ${bareRun.non2xx} non-2xx responses`);
      record('list_http', list);
      record('bare_http', bareRun);
    } finally {
      await bare.close();
    }
  } finally {
    await app.close();
    await ctx.close();
    cleanup();
  }
  return runs;
}
