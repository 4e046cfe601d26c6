/**
 * Import through the API on both engines: the seed announcement pasted or uploaded (text,
 * .docx, PDF) becomes a draft with spans; committing it creates the meeting, its items,
 * tasks and the issued announcement in one transaction; bad input gets a clear 4xx.
 */
import { readFileSync } from 'node:fs';
import { renderDocx, renderPdf } from '@ketluan/docgen';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_FILE } from '../src/modules/imports/demo.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, type TestUser } from './helpers/factories.ts';

const SEED = readFileSync(DEMO_FILE, 'utf8');

function multipart(name: string, bytes: Uint8Array | string) {
  const boundary = `----ketluan${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachEngine('imports', (engine) => {
  let t: TestApp;
  let office: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_MAX_UPLOAD_MB: '2' });
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
  });
  afterAll(async () => t?.close());

  const upload = async (name: string, bytes: Uint8Array | string) => {
    const { payload, headers } = multipart(name, bytes);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/upload',
      headers: { ...headers, cookie: office.cookie },
      payload,
    });
    return { status: res.statusCode, body: res.json() };
  };

  it('reads the pasted seed into a draft: 7 items with presenters, tasks with owners matched, spans into the text', async () => {
    const r = await call(t, office, 'POST', '/api/imports', { text: SEED, name: 'seed.txt' });
    expect(r.status, JSON.stringify(r.body).slice(0, 500)).toBe(201);
    const { draft, text } = r.body;
    expect(draft.header.number.value).toBe('346/TB-UBND');
    expect(draft.header.issued.value).toBe('2021-06-27');
    expect(draft.items).toHaveLength(7);
    expect(draft.items[3].presenter.value.name).toBe('Công an tỉnh');
    for (const item of draft.items) expect(item.presenter.value.orgId).toBeTruthy();
    const first = draft.tasks.find((x: any) => x.item === '1');
    expect(first.owner.value.orgId).toBeTruthy();
    expect(first.deadline.value).toBe('2021-06-28');
    const [s, e] = first.deadlineText.span;
    expect(text.slice(s, e)).toBe(first.deadlineText.value);
    const [ts, te] = draft.items[0].title.span;
    expect(text.slice(ts, te)).toContain('Dự thảo Tờ trình của UBND tỉnh');
  });

  it('commits a draft into meeting, items, tasks and an issued announcement; a second commit of the same number is refused', async () => {
    const draft = (await call(t, office, 'POST', '/api/imports', { text: SEED })).body;
    const committed = await call(t, office, 'POST', `/api/imports/${draft.id}/commit`, {
      version: draft.version,
    });
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body.itemIds).toHaveLength(7);
    const meeting = (await call(t, office, 'GET', `/api/meetings/${committed.body.meetingId}`))
      .body;
    expect(meeting.meetingDate).toBe('2021-06-23');
    expect(meeting.chairName).toBe('Hồ Tiến Thiệu');
    expect(meeting.items.map((i: any) => i.indexLabel)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(meeting.announcementIds).toEqual([committed.body.announcementId]);
    const tasks = (
      await call(t, office, 'GET', `/api/tasks?meeting=${committed.body.meetingId}&limit=100`)
    ).body.items;
    expect(tasks.length).toBe(committed.body.taskIds.length);
    const edu = tasks.find((x: any) => x.ownerName === 'Sở Giáo dục và Đào tạo');
    expect(edu).toMatchObject({
      dueDate: '2021-06-28',
      deadlineText: 'trước ngày 29/6/2021',
      assignedDate: '2021-06-27',
    });
    expect((await call(t, office, 'GET', `/api/imports/${draft.id}`)).body.status).toBe(
      'committed',
    );

    const again = (await call(t, office, 'POST', '/api/imports', { text: SEED })).body;
    const dup = await call(t, office, 'POST', `/api/imports/${again.id}/commit`, {
      version: again.version,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('number_taken');
    const meetings = (await call(t, office, 'GET', '/api/meetings')).body.items;
    expect(meetings).toHaveLength(1); // the refused commit left nothing behind
  });

  it('takes the clerk’s corrections, and refuses to commit a task whose owner is not settled', async () => {
    const draft = (
      await call(t, office, 'POST', '/api/imports', {
        text: SEED.replace('346 /TB-UBND', '347 /TB-UBND'),
      })
    ).body;
    const edited = structuredClone(draft.draft);
    edited.tasks[0].owner.value.orgId = null;
    edited.tasks[0].owner.value.name = 'Cơ quan không rõ';
    const patched = await call(t, office, 'PATCH', `/api/imports/${draft.id}`, {
      version: draft.version,
      draft: edited,
    });
    expect(patched.status).toBe(200);
    const stale = await call(t, office, 'PATCH', `/api/imports/${draft.id}`, {
      version: draft.version,
      draft: edited,
    });
    expect(stale.status).toBe(409);
    const refused = await call(t, office, 'POST', `/api/imports/${draft.id}/commit`, {
      version: patched.body.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('draft_incomplete');
    expect(refused.body.error.message).toMatch(/Cơ quan không rõ/);
  });

  it('reads uploaded .docx and PDF files by their content', async () => {
    const doc = {
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      numberSymbol: '12/TB-UBND',
      place: 'Lạng Sơn',
      date: '2021-07-02',
      typeName: 'THÔNG BÁO',
      summary: 'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số',
      body: [
        {
          kind: 'paragraph' as const,
          runs: [
            {
              text: 'Ngày 30/6/2021, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:',
            },
          ],
        },
        {
          kind: 'paragraph' as const,
          runs: [
            {
              text: 'Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, báo cáo UBND tỉnh trước ngày 15/7/2021.',
            },
          ],
        },
      ],
      recipients: ['Như trên', 'Lưu: VT, KGVX'],
      signature: { authority: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], signerName: 'Phạm Hùng Trường' },
    };
    for (const [name, bytes] of [
      ['tb.docx', await renderDocx(doc)],
      ['tb.pdf', await renderPdf(doc)],
      ['gia-mao.txt', await renderPdf(doc)], // the name lies; the bytes decide
    ] as const) {
      const r = await upload(name, bytes);
      expect(r.status, `${name}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(201);
      expect(r.body.draft.header.number.value).toBe('12/TB-UBND');
      const task = r.body.draft.tasks.find((x: any) => x.owner.value.name.includes('Thông tin'));
      expect(task?.deadline?.value, `${name}: ${JSON.stringify(r.body.draft.tasks)}`).toBe(
        '2021-07-14',
      );
    }
  });

  it('answers unreadable input with a clear 4xx and stores nothing', async () => {
    const before = (await call(t, office, 'GET', '/api/imports?limit=200')).body.items.length;
    const binary = await upload('x.bin', new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8, 255, 0]));
    expect(binary.status).toBe(415);
    expect(binary.body.error.message).toMatch(/\.txt, \.docx hoặc PDF/);
    expect((await upload('empty.txt', '')).status).toBe(422);
    expect(
      (await upload('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).body.error.code,
    ).toBe('unsupported_file');
    expect((await upload('broken.pdf', '%PDF-1.4 garbage')).status).toBe(422);
    const big = await upload('big.txt', 'a'.repeat(3 * 1024 * 1024));
    expect(big.status).toBe(413);
    const empty = await call(t, office, 'POST', '/api/imports', { text: '' });
    expect(empty.status).toBe(400);
    expect((await call(t, office, 'GET', '/api/imports?limit=200')).body.items.length).toBe(before);
  });

  it('keeps a text that is not an announcement as a draft with warnings, never an error', async () => {
    const r = await call(t, office, 'POST', '/api/imports', {
      text: 'Xin chào, đây là một lá thư bình thường.\n\n\u202e\u0301\ufeff',
    });
    expect(r.status).toBe(201);
    expect(r.body.draft.warnings.length).toBeGreaterThan(0);
    expect(r.body.draft.tasks).toEqual([]);
    // NUL cannot be stored (PostgreSQL text refuses it): a clear 400, not a 500.
    const nul = await call(t, office, 'POST', '/api/imports', { text: 'Thông báo\u0000' });
    expect(nul.status).toBe(400);
  });

  it('is for the Office only', async () => {
    const agency = await makeUser(t, 'agency', 'Sở Y tế');
    expect((await call(t, agency, 'POST', '/api/imports', { text: SEED })).status).toBe(403);
  });
});
