/**
 * Exactly-once reminders with several processes on both engines: three worker processes
 * (each its own context, as three servers or cron jobs would be) run the reminders at the
 * same instant, first with the run lock, then without it (only the claim table between
 * them); on PostgreSQL two contexts of one process also race without the lock. The SMTP
 * server counts every message.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, type TestUser } from './helpers/factories.ts';
import { startMailServer, type TestMailServer } from './helpers/mail-server.ts';

const root = resolve(import.meta.dirname, '../../..');
const worker = join(import.meta.dirname, 'helpers/remind-worker.ts');
const AGENCIES = ['Sở Y tế', 'Sở Tư pháp', 'Sở Xây dựng'];

describeEachEngine('reminders sent once by concurrent processes', (engine) => {
  let t: TestApp;
  let smtp: TestMailServer;
  const clock = fixedClock('2021-06-21T03:00:00Z');
  let env: NodeJS.ProcessEnv;

  /** Runs `n` worker processes at once at `instant`; resolves with their results. */
  const workers = (n: number, instant: string, mode = 'lock') =>
    Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<any>((done, fail) => {
            const child = spawn('node', ['--import', 'tsx', worker, instant, mode], {
              cwd: root,
              env,
            });
            let out = '';
            let err = '';
            child.stdout.on('data', (b) => {
              out += b;
            });
            child.stderr.on('data', (b) => {
              err += b;
            });
            child.on('exit', (code) =>
              code === 0 ? done(JSON.parse(out)) : fail(new Error(`worker exit ${code}: ${err}`)),
            );
          }),
      ),
    );

  /** Every (recipient, subject) was received once. */
  const expectNoDuplicates = () => {
    const seen = new Map<string, number>();
    for (const m of smtp.received) {
      const key = `${m.to.join(',')}|${m.mail.subject}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  };

  beforeAll(async () => {
    smtp = await startMailServer();
    t = await createTestApp(engine, { KETLUAN_SMTP_URL: smtp.url }, { clock });
    const office: TestUser = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    await makeUser(t, 'leader');
    for (const name of AGENCIES) {
      await makeUser(t, 'agency', name);
      await makeUser(t, 'agency', name);
      const ownerOrgId = await orgByAlias(t, name);
      for (const dueDate of ['2021-06-21', '2021-06-23', '2021-06-18', '2021-06-24']) {
        const r = await call(t, office, 'POST', '/api/tasks', {
          title: `Nhiệm vụ của ${name} hạn ${dueDate}`,
          ownerOrgId,
          dueDate,
          assignedDate: '2021-06-01',
        });
        expect(r.status).toBe(201);
      }
    }
    const c = t.ctx.config;
    env = {
      ...process.env,
      KETLUAN_SMTP_URL: smtp.url,
      LOG_LEVEL: 'silent',
      KETLUAN_DEMO_DATA: 'false',
    };
    if (c.database.engine === 'postgres') env.KETLUAN_DATABASE_URL = c.database.url;
    else {
      delete env.KETLUAN_DATABASE_URL;
      env.KETLUAN_DATA_DIR = c.dataDir;
    }
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('three processes with the run lock: every reminder once', async () => {
    const results = await workers(3, '2021-06-21T03:00:00Z');
    // 3 agencies × 2 users × (4 task reminders + digest) + the leader's weekly summary
    expect(smtp.received).toHaveLength(31);
    expect(results.reduce((s, r) => s + r.sent, 0)).toBe(31);
    expectNoDuplicates();
    const sent = await t.ctx.db.kysely
      .selectFrom('reminders')
      .select('id')
      .where('status', '=', 'sent')
      .execute();
    expect(sent).toHaveLength(31);
  }, 60_000);

  it('three processes without the lock: the claim alone keeps it to once', async () => {
    smtp.clear();
    const results = await workers(3, '2021-06-22T03:00:00Z', 'nolock');
    // Each user: the task due yesterday is now overdue, and the new day's digest.
    expect(smtp.received).toHaveLength(12);
    expect(results.reduce((s, r) => s + r.claimed, 0)).toBe(12);
    expect(results.every((r) => r.skipped === null)).toBe(true);
    expectNoDuplicates();
  }, 60_000);

  it('`ketluan remind` sends what is due now, for cron', async () => {
    const bin = join(root, 'apps/server/bin/ketluan.mjs');
    const out = await new Promise<string>((done, fail) => {
      const child = spawn('node', [bin, 'remind', '--json'], { cwd: root, env });
      let text = '';
      child.stdout.on('data', (b) => {
        text += b;
      });
      child.on('exit', (code) => (code === 0 ? done(text) : fail(new Error(`exit ${code}`))));
    });
    const r = JSON.parse(out);
    expect(r.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.failed).toBe(0);
    expect([null, 'not_working_day', 'locked']).toContain(r.skipped);
  }, 60_000);

  it.runIf(engine === 'postgres')(
    'two contexts of one process race without the lock: still once',
    async () => {
      smtp.clear();
      const at = fixedClock('2021-06-23T03:00:00Z');
      const config = loadConfig({ ...env, KETLUAN_SKIP_MIGRATIONS: 'true' });
      const [a, b] = [
        await createContext(config, { clock: at }),
        await createContext(config, { clock: at }),
      ];
      try {
        const [ra, rb] = await Promise.all([
          a.services.notify.runDue({ lock: false }),
          b.services.notify.runDue({ lock: false }),
        ]);
        expect(ra.claimed + rb.claimed).toBe(12);
        expect(smtp.received).toHaveLength(12);
        expectNoDuplicates();
      } finally {
        await a.close();
        await b.close();
      }
    },
  );
});
