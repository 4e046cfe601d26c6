/**
 * `node --import tsx bench/explain.ts [--tasks 100000] [--db sqlite|postgres] [--only name]`
 *
 * Runs the hot queries of the benchmark once on a dataset, through the real repository and
 * search service, and prints each SQL statement with its plan (SQLite: EXPLAIN QUERY PLAN;
 * PostgreSQL: EXPLAIN (ANALYZE, BUFFERS)) and its time. Used for docs/performance.md.
 */
import SQLite from 'better-sqlite3';
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { daysBetween } from '../apps/server/src/db/dialect-sql.ts';
import type { Database } from '../apps/server/src/db/schema.ts';
import { vietnamDate } from '../apps/server/src/lib/clock.ts';
import { createSearchService } from '../apps/server/src/modules/search/search.service.ts';
import { createTasksRepository } from '../apps/server/src/modules/tasks/tasks.repository.ts';
import { parseOptions } from './lib/args.ts';
import { pgUrl, sqliteFile } from './lib/datasets.ts';

const argv = process.argv.slice(2);
const options = parseOptions(argv);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const extraQuery = argv.includes('--q') ? argv[argv.indexOf('--q') + 1] : undefined;
const n = options.sizes[0] ?? 100_000;

for (const engine of options.engines) {
  const captured: CompiledQuery[] = [];
  const log = (e: { level: string; query: CompiledQuery }) => {
    if (e.level === 'query') captured.push(e.query);
  };
  const raw = engine === 'sqlite' ? new SQLite(sqliteFile(n), { readonly: true }) : null;
  const pool = engine === 'postgres' ? new pg.Pool({ connectionString: pgUrl(n), max: 2 }) : null;
  const db = new Kysely<Database>({
    dialect: raw ? new SqliteDialect({ database: raw }) : new PostgresDialect({ pool: pool! }),
    log,
  });
  const repo = createTasksRepository(db);
  const search = createSearchService({ db });
  const today = vietnamDate(new Date());
  const lastYear = Number(today.slice(0, 4)) - 1;
  const window = {
    today,
    dueSoonUntil:
      today.slice(0, 8) + String(Math.min(28, Number(today.slice(8)) + 4)).padStart(2, '0'),
  };
  const top = await db
    .selectFrom('tasks')
    .select(['owner_org_id', sql<number>`count(*)`.as('n')])
    .groupBy('owner_org_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const delay = (done: string, due: string) => daysBetween(engine, due, done);
  const admin = {
    id: 'x',
    username: 'x',
    name: 'x',
    email: null,
    role: 'admin' as const,
    orgId: null,
    sessionId: 'x',
  };
  const agency = { ...admin, role: 'agency' as const, orgId: top.owner_org_id };
  const cases: [string, () => Promise<unknown>][] = [
    [
      'task_list (owner, overdue)',
      () =>
        repo.list({
          owner: top.owner_org_id,
          timeliness: ['overdue'],
          window,
          sort: 'due',
          limit: 50,
        }),
    ],
    [
      'task_list (owner, late)',
      () =>
        repo.list({
          owner: top.owner_org_id,
          timeliness: ['late'],
          window,
          sort: 'due',
          limit: 50,
        }),
    ],
    ['task_list (everything, due order)', () => repo.list({ window, sort: 'due', limit: 50 })],
    [
      'task_list (agency user)',
      () => repo.list({ restrictToOrg: top.owner_org_id, window, sort: 'due', limit: 50 }),
    ],
    [
      'task_list (owner, as of a past day)',
      () =>
        repo.list({
          owner: top.owner_org_id,
          window,
          asOf: `${lastYear - 1}-12-31`,
          sort: 'due',
          limit: 50,
        }),
    ],
    ['dashboard (report as of today)', () => repo.countByOwner({ window, asOf: today }, delay)],
    [
      'report_year',
      () =>
        repo.countByOwner(
          {
            window,
            asOf: today,
            assignedFrom: `${lastYear}-01-01`,
            assignedTo: `${lastYear}-12-31`,
          },
          delay,
        ),
    ],
    [
      'report_as_of',
      () =>
        repo.countByOwner(
          {
            window: { today: `${lastYear - 1}-12-31`, dueSoonUntil: `${lastYear}-01-06` },
            asOf: `${lastYear - 1}-12-31`,
            assignedFrom: `${lastYear - 1}-01-01`,
            assignedTo: `${lastYear - 1}-12-31`,
          },
          delay,
        ),
    ],
    ['search "chuyen doi so"', () => search.search(admin, 'chuyển đổi số', 10)],
    ['search "ban lai" (rare)', () => search.search(admin, 'Bản Lải', 10)],
    ['search "dat" (common, short)', () => search.search(admin, 'dat', 10)],
    ['search as an agency', () => search.search(agency, 'quy hoach', 10)],
    ...(extraQuery
      ? [
          [`search "${extraQuery}"`, () => search.search(admin, extraQuery, 10)] as [
            string,
            () => Promise<unknown>,
          ],
        ]
      : []),
  ];
  console.log(`\n===== ${engine}, ${n.toLocaleString('en')} tasks =====`);
  for (const [name, run] of cases) {
    if (only && !name.includes(only)) continue;
    captured.length = 0;
    await run(); // warm
    captured.length = 0;
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    console.log(`\n### ${name} — ${ms.toFixed(1)} ms, ${captured.length} statement(s)`);
    for (const q of [...captured]) {
      console.log(`\n${q.sql.replace(/\s+/g, ' ')}`);
      if (/^\s*explain/i.test(q.sql)) continue;
      if (raw) {
        const st = raw.prepare(q.sql);
        const s0 = performance.now();
        st.all(...(q.parameters as unknown[]));
        console.log(`  -- ${(performance.now() - s0).toFixed(1)} ms`);
        const plan = raw
          .prepare(`explain query plan ${q.sql}`)
          .all(...(q.parameters as unknown[])) as {
          id: number;
          parent: number;
          detail: string;
        }[];
        const depth = new Map<number, number>();
        for (const p of plan) {
          const d = (depth.get(p.parent) ?? -1) + 1;
          depth.set(p.id, d);
          console.log(`${'  '.repeat(d + 1)}${p.detail}`);
        }
      } else {
        const c = await pool!.connect();
        try {
          const r = await c.query(
            `explain (analyze, buffers, costs off) ${q.sql}`,
            q.parameters as unknown[],
          );
          for (const row of r.rows) console.log(`  ${row['QUERY PLAN']}`);
        } finally {
          c.release();
        }
      }
    }
  }
  await db.destroy();
}
