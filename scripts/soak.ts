/**
 * `npm run soak -- [--seconds 300] [--clients 8] [--db sqlite|postgres] [--url postgres://…]`
 *
 * A soak test on the loopback, not part of `npm test`: starts `ketluan serve` on a temporary
 * SQLite folder (or a temporary PostgreSQL database on the server of --url, or of
 * KETLUAN_TEST_DATABASE_URL), runs several clients of mixed reads and writes for the given
 * time, samples the server's memory, then checks that no request failed, that memory stayed
 * flat, that every acknowledged write is there, and that the audit chain verifies. Prints a
 * summary; exits 1 when a check fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    clients: { type: 'string', default: '8' },
    db: { type: 'string', default: 'sqlite' },
    url: { type: 'string', default: process.env.KETLUAN_TEST_DATABASE_URL },
  },
});
const SECONDS = Number(opts.seconds);
const CLIENTS = Number(opts.clients);
if (!(SECONDS > 0) || !(CLIENTS > 0)) throw new Error('--seconds and --clients must be positive');
if (opts.db !== 'sqlite' && opts.db !== 'postgres') throw new Error('--db is sqlite or postgres');
if (opts.db === 'postgres' && !opts.url) throw new Error('--db postgres needs --url postgres://…');

const ROOT = resolve(import.meta.dirname, '..');
const PASSWORD = 'soak-admin-pass-1';
const log = (s: string) => process.stdout.write(`${s}\n`);

/** A free port on 127.0.0.1. */
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => done(typeof a === 'object' && a ? a.port : 0));
    });
  });

/** The resident memory of a process, in MB (Linux /proc). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** A temporary database: env for the server, and how to remove it. */
async function temporaryDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'ketluan-soak-'));
  if (opts.db === 'sqlite')
    return {
      env: { KETLUAN_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  const name = `ketluan_soak_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: opts.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(opts.url!);
  url.pathname = `/${name}`;
  return {
    env: { KETLUAN_DATA_DIR: dir, KETLUAN_DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: opts.url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Stats {
  requests: number;
  errors: number;
  errorSamples: string[];
  latencies: number[];
  byKind: Record<string, number>;
}
const stats: Stats = { requests: 0, errors: 0, errorSamples: [], latencies: [], byKind: {} };

/** A client signed in as one user; every call is counted, and anything but 2xx is an error. */
async function client(base: string, username: string, password: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  // biome-ignore lint/suspicious/noExplicitAny: answers of many shapes, read loosely by a script
  return async (kind: string, method: string, path: string, body?: unknown): Promise<any> => {
    const t0 = performance.now();
    stats.requests++;
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      stats.latencies.push(performance.now() - t0);
      if (res.status >= 300) throw new Error(`${res.status} ${text.slice(0, 200)}`);
      return res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    } catch (err) {
      stats.errors++;
      if (stats.errorSamples.length < 10)
        stats.errorSamples.push(`${kind} ${method} ${path}: ${(err as Error).message}`);
      return null;
    }
  };
}

async function main() {
  const database = await temporaryDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'apps/server/bin/ketluan.mjs'), 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        KETLUAN_ADMIN_PASSWORD: PASSWORD,
        KETLUAN_DEMO_DATA: 'true',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  let ok = false;
  try {
    for (let i = 0; i < 300 && !ok; i++) {
      ok = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ok) await new Promise((r) => setTimeout(r, 200));
    }
    if (!ok) throw new Error('the server did not start');
    ok = await soak(base, server.pid!);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await database.drop();
  }
  process.exitCode = ok ? 0 : 1;
}

async function soak(base: string, pid: number): Promise<boolean> {
  const admin = await client(base, 'admin', PASSWORD);
  const orgs = await admin('setup', 'GET', '/api/orgs?q=so giao duc dao tao');
  const ownerOrgId: string = orgs.items[0].id;
  for (const [username, role, orgId] of [
    ['soak.office', 'office', null],
    ['soak.agency', 'agency', ownerOrgId],
  ] as const)
    await admin('setup', 'POST', '/api/users', {
      username,
      password: PASSWORD,
      name: username,
      role,
      orgId,
    });
  const office = await client(base, 'soak.office', PASSWORD);
  const agency = await client(base, 'soak.agency', PASSWORD);
  const token = await admin('setup', 'POST', `/api/orgs/${ownerOrgId}/calendar-token`);
  const feed = token?.url ? new URL(token.url).pathname : null;

  /** Acknowledged writes: task id → title and the number of progress notes acknowledged. */
  const written = new Map<string, { title: string; version: number; notes: number }>();
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(pid)), 1000);
  const deadline = Date.now() + SECONDS * 1000;
  const reads: [string, () => string][] = [
    ['list', () => '/api/tasks?limit=50'],
    ['search', () => '/api/search?q=giao%20duc'],
    ['meetings', () => '/api/meetings?limit=20'],
    ['report', () => '/api/reports/agencies'],
    ['announcements', () => '/api/announcements?limit=20'],
    ['public', () => '/public/announcements'],
  ];

  async function worker(n: number) {
    const mine: string[] = [];
    for (let i = 0; Date.now() < deadline; i++) {
      const r = Math.random();
      if (r < 0.15 || mine.length === 0) {
        const title = `Nhiệm vụ soak ${n}-${i}`;
        const t = await office('create', 'POST', '/api/tasks', {
          title,
          ownerOrgId,
          dueDate: '2099-12-31',
        });
        if (t) {
          written.set(t.id, { title, version: t.version, notes: 0 });
          mine.push(t.id);
        }
      } else if (r < 0.3) {
        const id = mine[Math.floor(Math.random() * mine.length)]!;
        const w = written.get(id)!;
        const t = await agency('progress', 'POST', `/api/tasks/${id}/events`, {
          type: 'progress',
          version: w.version,
          note: `Tiến độ ${i}`,
        });
        if (t) {
          w.version = t.version;
          w.notes++;
        }
      } else if (r < 0.4 && mine.length) {
        await agency('task', 'GET', `/api/tasks/${mine[Math.floor(Math.random() * mine.length)]}`);
      } else if (r < 0.45 && feed) {
        await office('ics', 'GET', feed);
      } else {
        const [kind, path] = reads[Math.floor(Math.random() * reads.length)]!;
        await (Math.random() < 0.5 ? office : agency)(kind, 'GET', path());
      }
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => worker(n)));
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const loadErrors = stats.errors;

  // Every acknowledged write must be there.
  let missing = 0;
  for (const [id, w] of written) {
    const t = await admin('verify', 'GET', `/api/tasks/${id}`);
    const events = await admin('verify', 'GET', `/api/tasks/${id}/events`);
    const notes = events?.items.filter((e: { type: string }) => e.type === 'progress').length;
    if (t?.title !== w.title || notes !== w.notes) missing++;
  }
  const chain = await admin('verify', 'GET', '/api/audit/verify');

  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const q = (p: number) =>
    [...stats.latencies].sort((a, b) => a - b)[Math.floor(stats.latencies.length * p)] ?? 0;
  const warm = samples.slice(
    Math.floor(samples.length * 0.1),
    Math.max(1, Math.floor(samples.length * 0.25)),
  );
  const rssStart = median(warm.length ? warm : samples.slice(0, 1));
  const rssEnd = median(samples.slice(Math.floor(samples.length * 0.85)));
  const growth = rssEnd - rssStart;
  const flat = growth < Math.max(48, rssStart * 0.2);

  log('');
  log(`soak: ${opts.db}, ${CLIENTS} clients, ${elapsed.toFixed(0)} s`);
  const load = Object.entries(stats.byKind).filter(([k]) => k !== 'setup' && k !== 'verify');
  const loadRequests = load.reduce((a, [, v]) => a + v, 0);
  log(
    `  requests        ${loadRequests} under load (${(loadRequests / elapsed).toFixed(0)}/s): ${load.map(([k, v]) => `${k} ${v}`).join(', ')}; then ${stats.byKind.verify ?? 0} to verify`,
  );
  log(
    `  latency         p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms`,
  );
  log(
    `  errors          ${loadErrors}${stats.errorSamples.length ? `\n    ${stats.errorSamples.join('\n    ')}` : ''}`,
  );
  log(
    `  memory (RSS)    start ${rssStart.toFixed(0)} MB, end ${rssEnd.toFixed(0)} MB, max ${Math.max(...samples).toFixed(0)} MB, ${samples.length} samples → ${flat ? 'flat' : 'GROWING'}`,
  );
  log(
    `  writes          ${written.size} tasks created, ${[...written.values()].reduce((a, w) => a + w.notes, 0)} progress notes acknowledged; missing after the run: ${missing}`,
  );
  log(`  audit chain     ${chain?.ok ? `intact (${chain.checked} entries)` : 'BROKEN'}`);
  const pass = stats.errors === 0 && flat && missing === 0 && chain?.ok === true;
  log(pass ? 'soak: PASS' : 'soak: FAIL');
  return pass;
}

await main();
