/**
 * `node --import tsx bench/writes.ts [--tasks 100000] [--seconds 4]`
 *
 * The write path on PostgreSQL and its serialisation point, for docs/performance.md: every
 * write appends to the hash-chained audit log under one advisory lock, held from the append to
 * the commit. Measures, on a scratch copy of a dataset:
 *  - task progress updates through the service (`tasks.act`), 1 and 8 at a time;
 *  - the audit chain's critical section alone (lock, read head, insert, commit), 1 and 8 at a
 *    time, on direct connections — the ceiling of writes per second for the whole cluster.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../apps/server/src/config.ts';
import { createContext } from '../apps/server/src/context.ts';
import { parseOptions } from './lib/args.ts';
import { PG_ADMIN_URL, pgDatabase } from './lib/datasets.ts';
import { summarise } from './lib/measure.ts';

const options = parseOptions(process.argv.slice(2));
const n = options.sizes[0] === 10_000 ? 100_000 : (options.sizes[0] ?? 100_000);
const seconds = options.seconds;
const scratch = `ketluan_bench_writes_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
await admin.connect();
await admin.query(`create database ${scratch} template ${pgDatabase(n)}`);
const url = new URL(PG_ADMIN_URL);
url.pathname = `/${scratch}`;
const dir = mkdtempSync(join(tmpdir(), 'ketluan-writes-'));

async function during(concurrency: number, work: (worker: number) => Promise<void>) {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (performance.now() < end) {
        const s = performance.now();
        await work(w);
        times.push(performance.now() - s);
      }
    }),
  );
  return summarise(times, performance.now() - t0);
}

try {
  const ctx = await createContext(
    loadConfig({
      LOG_LEVEL: 'silent',
      KETLUAN_DEMO_DATA: 'false',
      KETLUAN_DATA_DIR: dir,
      KETLUAN_DATABASE_URL: url.toString(),
    }),
  );
  await ctx.services.users.ensureAdmin('bench-admin-password');
  const user = await ctx.db.kysely
    .selectFrom('users')
    .select(['id', 'username', 'name', 'email', 'role', 'org_id'])
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const actor = {
    user: { ...user, role: 'admin' as const, orgId: null, sessionId: 'bench' },
  };
  const open = await ctx.db.kysely
    .selectFrom('tasks')
    .select('id')
    .where('status', 'in', ['assigned', 'in_progress', 'returned'])
    .where('active', '=', 1)
    .limit(4000)
    .execute();
  let next = 0;
  const progress = async () => {
    const id = open[next++ % open.length]!.id;
    const t = await ctx.services.tasks.get(actor, id);
    await ctx.services.tasks.act(actor, id, {
      type: 'progress',
      version: t.version,
      note: 'Đang triển khai (đo tải ghi)',
    });
  };
  for (const c of [1, 8]) {
    const s = await during(c, progress);
    console.log(`tasks.act progress ×${c}: ${s.per_s}/s, p50 ${s.p50_ms} ms, p99 ${s.p99_ms} ms`);
  }
  await ctx.close();

  // The critical section alone, as audit.record and the commit run it.
  const clients = await Promise.all(
    Array.from({ length: 8 }, async () => {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      return c;
    }),
  );
  const chain = async (w: number) => {
    const c = clients[w]!;
    await c.query('begin');
    await c.query(`select pg_advisory_xact_lock(hashtextextended('audit_log_head', 0))`);
    const head = await c.query('select seq, hash from audit_log order by seq desc limit 1');
    const seq = Number(head.rows[0]?.seq ?? 0) + 1;
    const prev = String(head.rows[0]?.hash ?? '0'.repeat(64));
    const at = new Date().toISOString();
    const hash = createHash('sha256').update(`${seq}${at}${prev}`).digest('hex');
    await c.query(
      `insert into audit_log (seq, at, action, entity, prev_hash, hash) values ($1, $2, 'bench.chain', 'bench', $3, $4)`,
      [seq, at, prev, hash],
    );
    await c.query('commit');
  };
  for (const c of [1, 8]) {
    const s = await during(c, chain);
    console.log(`audit chain section ×${c}: ${s.per_s}/s, p50 ${s.p50_ms} ms, p99 ${s.p99_ms} ms`);
  }
  for (const c of clients) await c.end();
} finally {
  await admin.query(`drop database if exists ${scratch} with (force)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
