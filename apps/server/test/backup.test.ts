/**
 * `ketluan backup` / `ketluan restore` on both engines: a backup taken while the server writes
 * restores into a fresh database with the same row counts, the same audit chain (verified,
 * same head) and the same attachment bytes; damaged or truncated backups and non-empty targets
 * are refused; and the CLI commands do the round trip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Config, loadConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { attachmentPath } from '../src/modules/backup/attachments.ts';
import { backup, restore } from '../src/modules/backup/backup.service.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { multipart, PNG, seedText } from './helpers/authz-world.ts';
import { rowCounts } from './helpers/db-snapshot.ts';
import { describeEachEngine, ENGINES, freshDatabase } from './helpers/engines.ts';
import { call, makeUser, type TestUser } from './helpers/factories.ts';
import { BIN, ROOT } from './helpers/server-process.ts';

/** Counts, chain and head of the database `config` points to. */
async function stateOf(config: Config) {
  const ctx = await createContext(config, { skipMigrations: true });
  try {
    const head = await ctx.db.kysely
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return {
      counts: await rowCounts(ctx.db.kysely),
      chain: await ctx.services.audit.verifyChain(ctx.db.kysely),
      head,
    };
  } finally {
    await ctx.close();
  }
}

const configOf = (env: Record<string, string>) => loadConfig({ ...env, LOG_LEVEL: 'silent' });

describeEachEngine('backup and restore', (engine) => {
  let t: TestApp;
  let office: TestUser;
  let dir: string;
  let sha: string;
  const targets: Awaited<ReturnType<typeof freshDatabase>>[] = [];

  /** A fresh empty database to restore into, dropped after the suite. */
  async function target() {
    const d = await freshDatabase(engine);
    targets.push(d);
    return configOf(d.env);
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    dir = mkdtempSync(join(tmpdir(), 'ketluan-backup-'));
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    const agency = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
    const draft = await call(t, office, 'POST', '/api/imports', { text: seedText() });
    const done = await call(t, office, 'POST', `/api/imports/${draft.body.id}/commit`, {
      version: draft.body.version,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const up = multipart(PNG, 'anh.png');
    const stored = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie: agency.cookie, ...up.headers },
      payload: up.payload,
    });
    sha = stored.json().sha256;
    const tasks = await call(t, agency, 'GET', '/api/tasks?limit=5');
    const task = tasks.body.items[0];
    const ev = await call(t, agency, 'POST', `/api/tasks/${task.id}/events`, {
      type: 'progress',
      version: task.version,
      note: 'Có ảnh đính kèm',
      files: [{ sha256: sha, name: 'anh.png' }],
    });
    expect(ev.status, JSON.stringify(ev.body)).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    for (const d of targets) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a backup taken during writes restores to a consistent database', async () => {
    const file = join(dir, `busy-${engine}.bak`);
    const writes = Array.from({ length: 15 }, (_, i) =>
      call(t, office, 'POST', '/api/meetings', { title: `Họp trong lúc sao lưu ${i}` }),
    );
    const [report] = await Promise.all([backup(t.ctx.config, file), ...writes]);
    const into = await target();
    const restored = await restore(into, file);
    expect(restored.chain.ok).toBe(true);
    expect(restored.tables).toEqual(report.tables);
    const state = await stateOf(into);
    expect(state.chain).toEqual({ ok: true, checked: report.tables.audit_log, brokenAt: null });
  });

  const formats = engine === 'sqlite' ? (['sqlite', 'jsonl'] as const) : (['jsonl'] as const);
  for (const format of formats) {
    it(`round-trips (${format}): same rows, same audit chain and head, same attachments`, async () => {
      const file = join(dir, `quiet-${engine}.${format}`);
      const before = await stateOf(t.ctx.config);
      const report = await backup(t.ctx.config, file, { format });
      expect(report.files).toBeGreaterThanOrEqual(1);
      expect(report.missingFiles).toEqual([]);
      const into = await target();
      const restored = await restore(into, file);
      const after = await stateOf(into);
      expect(after.counts).toEqual(before.counts);
      expect(after.chain).toEqual(before.chain);
      expect(after.chain.ok).toBe(true);
      expect(after.head).toEqual(before.head);
      expect(restored.format).toBe(format);
      expect(readFileSync(attachmentPath(into.dataDir, sha))).toEqual(
        readFileSync(attachmentPath(t.ctx.config.dataDir, sha)),
      );
    });
  }

  it('refuses a non-empty target, an existing backup file, and a truncated backup', async () => {
    const file = join(dir, `refuse-${engine}.jsonl`);
    await backup(t.ctx.config, file, { format: 'jsonl' });
    await expect(backup(t.ctx.config, file, { format: 'jsonl' })).rejects.toThrow(/exists/);
    await expect(restore(t.ctx.config, file)).rejects.toThrow(/not empty/);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const truncated = join(dir, `truncated-${engine}.jsonl`);
    writeFileSync(truncated, `${lines.slice(0, -5).join('\n')}\n`);
    const into = await target();
    await expect(restore(into, truncated)).rejects.toThrow(/incomplete/);
    const left = await stateOf(into);
    expect(Object.values(left.counts).every((n) => n === 0)).toBe(true);
    const garbled = join(dir, `garbled-${engine}.jsonl`);
    writeFileSync(garbled, lines.map((l, i) => (i === 3 ? l.slice(0, 20) : l)).join('\n'));
    await expect(restore(await target(), garbled)).rejects.toThrow(/damaged: line 4/);
    const lastAudit = lines.findLastIndex((l) => l.startsWith('{"t":"audit_log"'));
    const shortened = join(dir, `shortened-${engine}.jsonl`);
    writeFileSync(shortened, lines.filter((_, i) => i !== lastAudit).join('\n'));
    await expect(restore(await target(), shortened)).rejects.toThrow(/damaged: audit_log/);
  });

  if (engine === 'sqlite' && ENGINES.includes('postgres') && process.env.KETLUAN_TEST_DATABASE_URL)
    it('moves a SQLite database to PostgreSQL through a jsonl backup', async () => {
      const file = join(dir, 'move.jsonl');
      await backup(t.ctx.config, file, { format: 'jsonl' });
      const pg = await freshDatabase('postgres');
      targets.push(pg);
      const restored = await restore(configOf(pg.env), file);
      expect(restored.chain.ok).toBe(true);
      const [from, to] = [await stateOf(t.ctx.config), await stateOf(configOf(pg.env))];
      // SQLite's search-index key tables are rebuilt there by triggers; PostgreSQL has none.
      const shared = Object.keys(to.counts).filter((k) => k in from.counts);
      expect(shared.length).toBeGreaterThan(20);
      for (const k of shared) expect(to.counts[k], k).toBe(from.counts[k]);
      expect(to.chain).toEqual(from.chain);
      expect(to.head).toEqual(from.head);
    });

  // The commands are thin over the service tested above on both engines: one engine suffices.
  if (engine === 'sqlite')
    it('ketluan backup FILE / ketluan restore FILE do the round trip from the command line', async () => {
      const file = join(dir, `cli-${engine}.bak`);
      const into = await freshDatabase(engine);
      targets.push(into);
      const run = (args: string[], env: Record<string, string>) =>
        spawnSync('node', [BIN, ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, KETLUAN_DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
        });
      const b = run(['backup', file], envOf(t.ctx.config));
      expect(b.status, b.stderr).toBe(0);
      expect(b.stdout).toMatch(/Backed up \d+ rows and 1 files/);
      const r = run(['restore', file], into.env);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Audit chain intact \(\d+ entries\)/);
      expect((await stateOf(configOf(into.env))).counts).toEqual(
        (await stateOf(t.ctx.config)).counts,
      );
    });
});

/** The environment that points `ketluan` at the database of a config. */
function envOf(config: Config): Record<string, string> {
  return config.database.engine === 'postgres'
    ? { KETLUAN_DATABASE_URL: config.database.url, KETLUAN_DATA_DIR: config.dataDir }
    : { KETLUAN_DATA_DIR: config.dataDir };
}
