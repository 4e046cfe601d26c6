/**
 * Bulk progress updates from a spreadsheet, on both engines: an agency downloads its open
 * tasks, fills in progress and completion, previews (every row checked with the lifecycle
 * rules, nothing applied), and applies in one transaction: one bad row and nothing changes;
 * fixed, everything applies.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, type TestUser } from './helpers/factories.ts';

function multipart(name: string, bytes: Uint8Array | string) {
  const boundary = `----ketluan${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(head),
      Buffer.from(bytes),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachEngine('bulk progress update from a spreadsheet', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-07-05T03:00:00Z');
  let office: TestUser;
  let gddt: TestUser;
  let tuPhap: TestUser;
  const ids: string[] = [];
  let foreign: string;

  const download = async (user: TestUser, query = '') => {
    const res = await t.app.inject({
      url: `/api/bulk/tasks.xlsx${query}`,
      headers: { cookie: user.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  };
  const sheetRows = (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet('Cập nhật tiến độ')!;
    const out: Record<string, number> = {};
    for (let r = 4; r <= ws.rowCount; r++) out[String(ws.getRow(r).getCell(1).value)] = r;
    return { ws, row: out };
  };
  const upload = async (user: TestUser, path: string, wb: ExcelJS.Workbook | string) => {
    const bytes = typeof wb === 'string' ? wb : new Uint8Array(await wb.xlsx.writeBuffer());
    const { payload, headers } = multipart('tien-do.xlsx', bytes);
    const res = await t.app.inject({
      method: 'POST',
      url: path,
      payload,
      headers: { ...headers, cookie: user.cookie },
    });
    return { status: res.statusCode, body: res.json() };
  };
  const versions = async () =>
    Promise.all(
      ids.map(async (id) => (await call(t, office, 'GET', `/api/tasks/${id}`)).body.version),
    );

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock });
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    gddt = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
    tuPhap = await makeUser(t, 'agency', 'Sở Tư pháp');
    for (const [title, dueDate] of [
      ['=HYPERLINK("http://x") Rà soát trường lớp', '2021-07-10'],
      ['Báo cáo tuyển sinh', '2021-07-20'],
      ['Đề án giáo dục nghề nghiệp', null],
    ] as const) {
      const r = await call(t, office, 'POST', '/api/tasks', {
        title,
        ownerOrgId: gddt.orgId,
        dueDate,
        assignedDate: '2021-07-01',
      });
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    const f = await call(t, office, 'POST', '/api/tasks', {
      title: 'Việc của Sở Tư pháp',
      ownerOrgId: tuPhap.orgId,
      dueDate: '2021-07-15',
    });
    foreign = f.body.id;
  });
  afterAll(async () => t?.close());

  it('gives an agency a sheet of its own open tasks only', async () => {
    const { ws, row } = sheetRows(await download(gddt));
    expect(Object.keys(row).sort()).toEqual([...ids].sort());
    expect(ws.getRow(3).getCell(7).value).toBe('Tiến độ (%)');
    expect(ws.getRow(row[ids[0]!]!).getCell(3).value).toBe(
      '\'=HYPERLINK("http://x") Rà soát trường lớp',
    );
    expect(
      (
        await t.app.inject({
          url: `/api/bulk/tasks.xlsx?owner=${tuPhap.orgId}`,
          headers: { cookie: gddt.cookie },
        })
      ).statusCode,
    ).toBe(403);
    const all = sheetRows(await download(office));
    expect(Object.keys(all.row)).toContain(foreign);
  });

  it('previews every row, applies nothing while one row is wrong, everything once fixed', async () => {
    const wb = await download(gddt);
    const { ws, row } = sheetRows(wb);
    const [a, b, c] = ids.map((id) => ws.getRow(row[id]!));
    a!.getCell(7).value = 50;
    a!.getCell(8).value = 'Đã rà soát 12/24 trường';
    b!.getCell(9).value = '05/07/2021';
    b!.getCell(10).value = '125/BC-SGDĐT';
    c!.getCell(7).value = 150; // not a percentage
    const before = await versions();

    const preview = await upload(gddt, '/api/bulk/preview', wb);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ total: 3, applicable: 2, errors: 1 });
    const bad = preview.body.rows.find((r: any) => r.error);
    expect(bad).toMatchObject({
      row: row[ids[2]!],
      taskId: ids[2],
      error: { code: 'invalid_percent' },
    });
    expect(preview.body.rows.find((r: any) => r.taskId === ids[1])).toMatchObject({
      action: 'report',
      completedDate: '2021-07-05',
      documentNumber: '125/BC-SGDĐT',
    });

    const refused = await upload(gddt, '/api/bulk/apply', wb);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('bulk_invalid');
    expect(refused.body.error.details.preview.errors).toBe(1);
    expect(await versions()).toEqual(before);

    c!.getCell(7).value = 80;
    const applied = await upload(gddt, '/api/bulk/apply', wb);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.applied).toBe(3);
    const after = await Promise.all(
      ids.map(async (id) => (await call(t, office, 'GET', `/api/tasks/${id}`)).body),
    );
    expect(after.map((x) => x.status)).toEqual(['in_progress', 'reported', 'in_progress']);
    const events = (await call(t, office, 'GET', `/api/tasks/${ids[0]}/events`)).body.items;
    expect(events.at(-1)).toMatchObject({
      type: 'progress',
      note: 'Đã rà soát 12/24 trường',
      payload: { percent: 50 },
    });
    const third = (await call(t, office, 'GET', `/api/tasks/${ids[2]}/events`)).body.items;
    expect(third.at(-1)).toMatchObject({ note: 'Tiến độ thực hiện đạt 80%' });

    // The same sheet again: every row is now stale.
    const again = await upload(gddt, '/api/bulk/preview', wb);
    expect(again.body.errors).toBe(3);
    expect(again.body.rows[0].error.code).toBe('stale_version');
  });

  it('refuses rows of other agencies, duplicates, and files that are not the sheet', async () => {
    const wb = await download(office);
    const { ws, row } = sheetRows(wb);
    ws.getRow(row[foreign]!).getCell(7).value = 10;
    ws.getRow(row[ids[0]!]!).getCell(7).value = 60;
    const copy = ws.getRow(ws.rowCount + 1);
    copy.values = ws.getRow(row[ids[0]!]!).values as ExcelJS.CellValue[];
    const p = await upload(gddt, '/api/bulk/preview', wb);
    expect(p.status).toBe(200);
    const codes = Object.fromEntries(
      p.body.rows.map((r: any) => [`${r.taskId}@${r.row}`, r.error?.code ?? null]),
    );
    expect(codes[`null@${row[foreign]}`]).toBe('not_found');
    expect(JSON.stringify(p.body)).not.toContain(foreign);
    expect(codes[`${ids[0]}@${row[ids[0]!]}`]).toBeNull();
    expect(codes[`${ids[0]}@${ws.rowCount}`]).toBe('duplicate_task');

    const text = await upload(gddt, '/api/bulk/preview', 'Mã nhiệm vụ,Tiến độ\nabc,50\n');
    expect(text.status).toBe(422);
    expect(text.body.error.code).toBe('invalid_spreadsheet');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'x';
    expect((await upload(gddt, '/api/bulk/preview', other)).body.error.code).toBe(
      'invalid_spreadsheet',
    );
    const viewer = await makeUser(t, 'viewer');
    expect((await upload(viewer, '/api/bulk/preview', wb)).status).toBe(403);
  });

  it('writes all the actions in one transaction, or none', async () => {
    const tasks = t.ctx.services.tasks;
    const me = await t.ctx.db.kysely
      .selectFrom('users')
      .select(['id', 'org_id'])
      .where('username', '=', office.username)
      .executeTakeFirstOrThrow();
    const actor = {
      user: {
        id: me.id,
        username: office.username,
        name: 'x',
        email: null,
        role: 'office' as const,
        orgId: me.org_id,
        sessionId: 'x',
      },
    };
    const [a, b] = await Promise.all(
      ids.slice(0, 2).map(async (id) => (await call(t, office, 'GET', `/api/tasks/${id}`)).body),
    );
    const writes = [
      await tasks.prepareAct(actor, a.id, { type: 'progress', version: a.version, note: 'Một' }),
      await tasks.prepareAct(actor, b.id, { type: 'accept', version: b.version }),
    ];
    // Someone else changes the second task in between: its write finds a newer version.
    const moved = await call(t, office, 'PATCH', `/api/tasks/${b.id}`, {
      version: b.version,
      title: 'Báo cáo tuyển sinh năm học 2021-2022',
    });
    expect(moved.status).toBe(200);
    await expect(tasks.commitActs(writes)).rejects.toMatchObject({ code: 'stale_version' });
    expect((await call(t, office, 'GET', `/api/tasks/${a.id}`)).body.version).toBe(a.version);
  });
});
