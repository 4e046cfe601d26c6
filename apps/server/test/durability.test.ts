/**
 * Durability on both engines, against the real server process: it is SIGKILLed in the middle
 * of an import commit and of a bulk update (KETLUAN_TEST_DELAY_MS pauses inside the write
 * transaction after each audit entry and says so on stderr), and the database is consistent —
 * all or nothing, the audit chain intact; restarted, the import can be committed again, and
 * that acknowledged commit survives a kill that follows it at once.
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

  it('an import commit killed mid-transaction leaves nothing; redone, it survives a kill at once', async () => {
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

    await ensure(DELAY_MS);
    const after = await inspect();
    expect(after.snap).toEqual(before.snap);
    expect(after.chainOk).toBe(true);
    expect((await api('GET', `/api/imports/${draft.body.id}`)).body.status).toBe('draft');

    // Redone and acknowledged, then the process killed at once: all of it is there.
    const redo = await api('POST', `/api/imports/${draft.body.id}/commit`, {
      version: draft.body.version,
    });
    expect(redo.status, JSON.stringify(redo.body)).toBe(200);
    await server!.stop('SIGKILL');
    const done = await inspect();
    expect(rows(done.snap, 'meetings')).toBe(rows(before.snap, 'meetings') + 1);
    expect(rows(done.snap, 'announcements')).toBe(rows(before.snap, 'announcements') + 1);
    expect(rows(done.snap, 'items')).toBe(rows(before.snap, 'items') + redo.body.itemIds.length);
    expect(rows(done.snap, 'tasks')).toBe(rows(before.snap, 'tasks') + redo.body.taskIds.length);
    expect(redo.body.taskIds.length).toBeGreaterThan(5);
    expect(done.chainOk).toBe(true);
  });

  // On PostgreSQL the case above covers it; one engine keeps the suite quick.
  if (engine === 'sqlite')
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

  it('a bulk update killed mid-transaction changes no task', async () => {
    await ensure(DELAY_MS);
    const ownerOrgId = (await api('GET', '/api/orgs?q=so y te')).body.items[0].id;
    for (let i = 1; i <= 6; i++) {
      const r = await api('POST', '/api/tasks', {
        title: `Nhiệm vụ cập nhật hàng loạt ${i}`,
        ownerOrgId,
        dueDate: '2099-12-31',
      });
      expect(r.status).toBe(201);
    }
    const sheet = await api('GET', '/api/bulk/tasks.xlsx');
    expect(sheet.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.body as never);
    let filled = 0;
    wb.getWorksheet(SHEET_NAME)!.eachRow((row, n) => {
      if (n <= HEADER_ROW || !row.getCell(1).value) return;
      row.getCell(7).value = 40;
      row.getCell(8).value = 'Đã triển khai một phần';
      filled++;
    });
    expect(filled).toBeGreaterThanOrEqual(6);
    const upload = multipart(Buffer.from(await wb.xlsx.writeBuffer()), 'tien-do.xlsx');
    const before = await inspect();
    const apply = interrupted(
      api('POST', '/api/bulk/apply', new Uint8Array(upload.payload), upload.headers),
    );
    // Three rows written inside the transaction, more to come: kill.
    await server!.waitForLine(/\[test-delay\] \d+ task\.progress/, { count: 3 });
    await server!.stop('SIGKILL');
    expect(await apply).toBe('interrupted');
    const after = await inspect();
    expect(after.snap).toEqual(before.snap);
    expect(after.chainOk).toBe(true);
  });
});
