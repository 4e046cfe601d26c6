/**
 * Durability on both engines, against the real server process: it is SIGKILLed in the middle
 * of an import commit and of a bulk update (KETLUAN_TEST_DELAY_MS pauses inside the write
 * transaction after each audit entry and says so on stderr), restarted, and the database is
 * consistent — all or nothing, the audit chain intact — and an acknowledged write survives a
 * kill that follows it at once.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { HEADER_ROW, SHEET_NAME } from '../src/modules/bulk/bulk.sheet.ts';
import { multipart, seedText } from './helpers/authz-world.ts';
import { type Snapshot, snapshotter } from './helpers/db-snapshot.ts';
import { describeEachEngine, freshDatabase } from './helpers/engines.ts';
import { type ServerProcess, signIn, startServer } from './helpers/server-process.ts';

const PASSWORD = 'admin-secret-1';
const DELAY_MS = 60;

describeEachEngine('durability under SIGKILL', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let server: ServerProcess | undefined;
  let api: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await database?.drop();
  });

  let runningDelay = -1;
  /** A running server with that test delay: the current one, or a new one. */
  async function ensure(delayMs: number) {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      if (runningDelay === delayMs) return;
      await server.stop('SIGKILL');
    }
    server = await startServer({
      ...database.env,
      KETLUAN_ADMIN_PASSWORD: PASSWORD,
      KETLUAN_TEST_DELAY_MS: String(delayMs),
    });
    runningDelay = delayMs;
    api = await signIn(server.url, 'admin', PASSWORD);
  }

  /** The database's fingerprint and whether its audit chain verifies, read by this process. */
  async function inspect(): Promise<{ snap: Snapshot; chainOk: boolean }> {
    const ctx = await createContext(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }), {
      skipMigrations: true,
    });
    try {
      const snap = await (await snapshotter(ctx.db.kysely))();
      const chain = await ctx.services.audit.verifyChain(ctx.db.kysely);
      return { snap, chainOk: chain.ok };
    } finally {
      await ctx.close();
    }
  }

  const rows = (s: Snapshot, table: string) => Number(s[table]?.split('/')[0]);

  /** Sends a request that the kill will interrupt; its failure is the point. */
  const interrupted = (p: Promise<unknown>) => p.catch(() => 'interrupted');

  it('an import commit killed mid-transaction leaves nothing; redone, it leaves everything', async () => {
    await ensure(DELAY_MS);
    const draft = await api('POST', '/api/imports', { text: seedText() });
    expect(draft.status).toBe(201);
    const before = await inspect();
    const commit = interrupted(
      api('POST', `/api/imports/${draft.body.id}/commit`, { version: draft.body.version }),
    );
    await server!.waitForLine(/\[test-delay\] \d+ task\.create/, { count: 2 });
    await server!.stop('SIGKILL');
    expect(await commit).toBe('interrupted');

    await ensure(0);
    const after = await inspect();
    expect(after.snap).toEqual(before.snap);
    expect(after.chainOk).toBe(true);
    expect((await api('GET', `/api/imports/${draft.body.id}`)).body.status).toBe('draft');

    const redo = await api('POST', `/api/imports/${draft.body.id}/commit`, {
      version: draft.body.version,
    });
    expect(redo.status, JSON.stringify(redo.body)).toBe(200);
    const done = (await inspect()).snap;
    expect(rows(done, 'meetings')).toBe(rows(before.snap, 'meetings') + 1);
    expect(rows(done, 'announcements')).toBe(rows(before.snap, 'announcements') + 1);
    expect(rows(done, 'items')).toBe(rows(before.snap, 'items') + redo.body.itemIds.length);
    expect(rows(done, 'tasks')).toBe(rows(before.snap, 'tasks') + redo.body.taskIds.length);
    expect(redo.body.taskIds.length).toBeGreaterThan(5);
  });

  it('an acknowledged commit survives a SIGKILL that follows it at once', async () => {
    await ensure(0);
    const draft = await api('POST', '/api/imports', { text: seedText() });
    const before = await inspect();
    const commit = await api('POST', `/api/imports/${draft.body.id}/commit`, {
      version: draft.body.version,
    });
    expect(commit.status).toBe(200);
    await server!.stop('SIGKILL');
    const after = await inspect();
    expect(rows(after.snap, 'meetings')).toBe(rows(before.snap, 'meetings') + 1);
    expect(rows(after.snap, 'tasks')).toBe(rows(before.snap, 'tasks') + commit.body.taskIds.length);
    expect(after.chainOk).toBe(true);
  });

  it('a commit killed after its last write, before COMMIT, leaves nothing', async () => {
    await ensure(DELAY_MS);
    const draft = await api('POST', '/api/imports', { text: seedText() });
    const before = await inspect();
    const commit = interrupted(
      api('POST', `/api/imports/${draft.body.id}/commit`, { version: draft.body.version }),
    );
    await server!.waitForLine(/\[test-delay\] \d+ import\.commit/);
    await server!.stop('SIGKILL');
    expect(await commit).toBe('interrupted');
    const after = await inspect();
    expect(after.snap).toEqual(before.snap);
    expect(after.chainOk).toBe(true);
  });

  it('a bulk update killed mid-transaction changes no task; redone, it changes all', async () => {
    await ensure(DELAY_MS);
    for (let i = 1; i <= 6; i++) {
      const r = await api('POST', '/api/tasks', {
        title: `Nhiệm vụ cập nhật hàng loạt ${i}`,
        ownerOrgId: (await api('GET', '/api/orgs?q=so y te')).body.items[0].id,
        dueDate: '2099-12-31',
      });
      expect(r.status).toBe(201);
    }
    const sheet = await api('GET', '/api/bulk/tasks.xlsx');
    expect(sheet.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.body as never);
    const ws = wb.getWorksheet(SHEET_NAME)!;
    let filled = 0;
    ws.eachRow((row, n) => {
      if (n <= HEADER_ROW || !row.getCell(1).value) return;
      row.getCell(7).value = 40;
      row.getCell(8).value = 'Đã triển khai một phần';
      filled++;
    });
    expect(filled).toBeGreaterThanOrEqual(6);
    const upload = multipart(Buffer.from(await wb.xlsx.writeBuffer()), 'tien-do.xlsx');
    const before = await inspect();
    const markers = server!.output().match(/\[test-delay\]/g)?.length ?? 0;
    const apply = interrupted(
      api('POST', '/api/bulk/apply', new Uint8Array(upload.payload), upload.headers),
    );
    await server!.waitForLine(/\[test-delay\] \d+ task\.progress/, { count: 3 });
    expect(server!.output().match(/\[test-delay\]/g)?.length).toBeGreaterThan(markers);
    await server!.stop('SIGKILL');
    expect(await apply).toBe('interrupted');

    await ensure(0);
    const after = await inspect();
    expect(after.snap).toEqual(before.snap);
    expect(after.chainOk).toBe(true);
    const redo = await api(
      'POST',
      '/api/bulk/apply',
      new Uint8Array(upload.payload),
      upload.headers,
    );
    expect(redo.status, JSON.stringify(redo.body)).toBe(200);
    expect(redo.body.applied).toBe(filled);
    const done = (await inspect()).snap;
    expect(rows(done, 'task_events')).toBe(rows(before.snap, 'task_events') + filled);
  });
});
