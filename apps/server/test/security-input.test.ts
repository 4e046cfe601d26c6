/**
 * Hostile files and hostile text on both engines: uploads are accepted by their content (magic
 * bytes), never by their name, and within the size limit; user text typed into meetings, items
 * and tasks comes out escaped in the public HTML pages and the Atom feed, as text in DOCX, as
 * neutralised cells (no formula) in the XLSX exports, and escaped in reminder e-mails.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskReminderMessage } from '../src/modules/notify/templates.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { multipart, PNG } from './helpers/authz-world.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, type TestUser } from './helpers/factories.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.example","bấm")';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describeEachEngine('hostile files and text', (engine) => {
  let t: TestApp;
  let office: TestUser;
  let leader: TestUser;
  let announcementId: string;

  const upload = (url: string, bytes: Buffer, name: string, who = office) => {
    const m = multipart(bytes, name);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: who.cookie, ...m.headers },
      payload: m.payload,
    });
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    leader = await makeUser(t, 'leader');
    const owner = await orgByAlias(t, 'Sở Giáo dục và Đào tạo');
    const m = await call(t, office, 'POST', '/api/meetings', {
      title: `${FORMULA} ${SCRIPT}`,
      meetingDate: '2021-06-23',
    });
    const item = await call(t, office, 'POST', `/api/meetings/${m.body.id}/items`, {
      title: `Nội dung ${SCRIPT}`,
      presenterOrgId: owner,
      conclusionText: `Kết luận ${IMG}`,
    });
    expect(item.status).toBe(201);
    const task = await call(t, office, 'POST', '/api/tasks', {
      title: FORMULA,
      itemId: item.body.id,
      ownerOrgId: owner,
      dueDate: '2099-12-31',
    });
    expect(task.status).toBe(201);
    const draft = await call(t, office, 'POST', `/api/meetings/${m.body.id}/announcements`, {
      signerName: `Phạm ${SCRIPT}`,
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(
      (await call(t, leader, 'POST', `/api/announcements/${draft.body.id}/approve`, {})).status,
    ).toBe(200);
    const issued = await call(t, office, 'POST', `/api/announcements/${draft.body.id}/issue`, {
      isPublic: true,
      showProgress: true,
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    announcementId = draft.body.id;
  }, 60_000);
  afterAll(async () => t?.close());

  it('accepts attachments by their bytes, whatever their name', async () => {
    const refused: [Buffer, string][] = [
      [Buffer.from('<html><script>alert(1)</script></html>'), 'anh.png'],
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), 'baocao.pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'so-do.svg'],
      [Buffer.from('PK\x03\x04not really a document'), 'baocao.docx'],
    ];
    for (const [bytes, name] of refused) {
      const r = await upload('/api/files', bytes, name);
      expect(r.statusCode, name).toBe(415);
    }
    expect((await upload('/api/files', Buffer.alloc(0), 'rong.pdf')).statusCode).toBe(422);
    const ok = await upload('/api/files', PDF, 'chuong-trinh.exe');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().mime).toBe('application/pdf');
    const down = await t.app.inject({
      url: `/api/files/${ok.json().sha256}?name=${encodeURIComponent('"><b>.pdf')}`,
      headers: { cookie: office.cookie },
    });
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(down.headers['content-disposition']).not.toMatch(/["<>]/);
  });

  it('reads imported documents by their bytes too', async () => {
    for (const [bytes, name] of [
      [PNG, 'thong-bao.txt'],
      [Buffer.from('PK\x03\x04zip'), 'thong-bao.docx'],
    ] as const) {
      const r = await upload('/api/imports/upload', bytes, name);
      expect(r.statusCode, name).toBe(415);
    }
  });

  it('escapes user text in the public pages and the Atom feed', async () => {
    for (const url of [
      `/public/announcements/${announcementId}`,
      '/public/announcements',
      '/public/announcements.atom',
    ]) {
      const r = await t.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).not.toContain('<script>alert');
      expect(r.body, url).not.toContain('<img src=x');
      expect(r.body, url).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('writes user text as text in the DOCX of the announcement', async () => {
    const r = await t.app.inject({
      url: `/api/announcements/${announcementId}/docx`,
      headers: { cookie: office.cookie },
    });
    expect(r.statusCode).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: r.rawPayload });
    expect(value).toContain(SCRIPT);
    expect(value).toContain(IMG);
  });

  /** Every cell of every sheet of an XLSX file. */
  async function cellsOf(bytes: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
    return cells;
  }

  for (const url of ['/api/bulk/tasks.xlsx', '/api/reports/export.xlsx?from=2021-01-01']) {
    it(`neutralises formulas in ${url.split('?')[0]}`, async () => {
      const r = await t.app.inject({ url, headers: { cookie: office.cookie } });
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      const cells = await cellsOf(r.rawPayload);
      const hostile = cells.filter((c) => String(c.value ?? '').includes('HYPERLINK'));
      expect(hostile.length).toBeGreaterThan(0);
      for (const c of hostile) {
        expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(String(c.value)).toMatch(/^'/);
      }
      expect(
        cells.filter(
          (c) => c.type === ExcelJS.ValueType.Formula && /HYPERLINK/i.test(String(c.formula)),
        ),
      ).toEqual([]);
    });
  }
});

describe('reminder e-mails', () => {
  it('escape user text in HTML and keep the subject on one line', () => {
    const m = taskReminderMessage({
      kind: 'due_soon',
      taskId: 't1',
      title: `Nhiệm vụ ${SCRIPT}\r\nBcc: victim@example.vn`,
      status: 'in_progress',
      deadlineText: `trước ngày ${IMG}`,
      ownerName: `Sở ${SCRIPT}`,
      recipientOrgName: `Sở ${IMG}`,
      date: '2099-12-31',
      days: 2,
      url: 'https://ketluan.example.vn/tasks/t1?a="><script>',
    });
    expect(m.html).not.toContain('<script>');
    expect(m.html).not.toContain('<img src=x');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.subject).not.toMatch(/[\r\n]/);
  });
});
