/**
 * SQLite's concurrency settings, observed rather than assumed: the database runs in WAL mode
 * with a busy timeout, so a write waits for another process's write lock instead of failing,
 * and readers are never blocked by a writer (nor see its uncommitted rows).
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { call, makeUser, type TestUser } from './helpers/factories.ts';
import { ROOT } from './helpers/server-process.ts';

/** Another process that takes SQLite's write lock on `file`, inserts meeting `id` without
 * committing, holds the lock `ms` milliseconds, then commits. Resolves once it holds it. */
function holdWriteLock(file: string, ms: number, id: string) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.exec('begin immediate');
    db.prepare("insert into meetings (id, body_org_id, kind, title, created_at, updated_at) " +
      "select '${id}', id, 'regular', 'Giữ khóa', '2021-01-01', '2021-01-01' from orgs limit 1").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('commit'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const locked = new Promise<void>((done, fail) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && done());
    child.once('exit', (code) => fail(new Error(`locker exited ${code}`)));
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return { locked, exited };
}

describe('SQLite: WAL and busy timeout', () => {
  let t: TestApp;
  let office: TestUser;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
  });
  afterAll(async () => t?.close());

  const file = () => (t.ctx.config.database as { file: string }).file;

  it('runs in WAL mode with a 5 s busy timeout', async () => {
    const { sql } = await import('kysely');
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.ctx.db.kysely);
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(t.ctx.db.kysely);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(Object.values(busy.rows[0] ?? {})[0]).toBe(5000);
  });

  it('a write waits for another process’s write lock, then succeeds', async () => {
    const lock = holdWriteLock(file(), 800, 'locker-1');
    await lock.locked;
    const started = Date.now();
    const r = await call(t, office, 'POST', '/api/meetings', { title: 'Họp sau khi nhả khóa' });
    const waited = Date.now() - started;
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(waited).toBeGreaterThanOrEqual(500);
    await lock.exited;
  });

  it('a reader is not blocked by a writer and does not see its uncommitted rows', async () => {
    const lock = holdWriteLock(file(), 1500, 'locker-2');
    await lock.locked;
    const started = Date.now();
    const r = await call(t, office, 'GET', '/api/meetings?limit=100');
    expect(r.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.body.items.map((m: { id: string }) => m.id)).not.toContain('locker-2');
    await lock.exited;
    const after = await call(t, office, 'GET', '/api/meetings?limit=100');
    expect(after.body.items.map((m: { id: string }) => m.id)).toContain('locker-2');
  });
});
