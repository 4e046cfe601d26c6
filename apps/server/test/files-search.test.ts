/**
 * Attachments (content-addressed, checked by content, visible only with their task) and the
 * accent-insensitive search box, on both engines.
 */
import { renderPdf } from '@ketluan/docgen';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, type TestUser } from './helpers/factories.ts';

function multipart(name: string, bytes: Uint8Array | string) {
  const boundary = `----ketluan${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(head),
      Buffer.from(bytes),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachEngine('files and search', (engine) => {
  let t: TestApp;
  let office: TestUser;
  let owner: TestUser;
  let stranger: TestUser;
  let pdf: Uint8Array;

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_MAX_UPLOAD_MB: '1' });
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    owner = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
    stranger = await makeUser(t, 'agency', 'Sở Y tế');
    pdf = await renderPdf({
      issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      numberSymbol: '9/BC-SGDĐT',
      place: 'Lạng Sơn',
      date: '2021-06-28',
      typeName: 'BÁO CÁO',
      summary: 'Kết quả hoàn thiện dự thảo',
      body: [{ kind: 'paragraph', runs: [{ text: 'Đã hoàn thiện.' }] }],
      recipients: ['UBND tỉnh', 'Lưu: VT'],
      signature: { authority: ['GIÁM ĐỐC'], signerName: 'Nguyễn Văn A' },
    });
  });
  afterAll(async () => t?.close());

  const upload = async (user: TestUser, name: string, bytes: Uint8Array | string) => {
    const { payload, headers } = multipart(name, bytes);
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...headers, cookie: user.cookie },
      payload,
    });
    return { status: r.statusCode, body: r.json() };
  };

  it('stores a report attachment once by its hash, and only its task’s readers can fetch it', async () => {
    const first = await upload(owner, 'bao-cao.pdf', pdf);
    expect(first.status).toBe(201);
    expect(first.body.mime).toBe('application/pdf');
    const again = await upload(owner, 'ban-sao.pdf', pdf);
    expect(again.body.sha256).toBe(first.body.sha256);

    const task = (
      await call(t, office, 'POST', '/api/tasks', {
        title: 'Hoàn thiện dự thảo',
        ownerOrgId: await orgByAlias(t, 'Sở Giáo dục và Đào tạo'),
        dueDate: '2099-01-01',
      })
    ).body;
    const reported = await call(t, owner, 'POST', `/api/tasks/${task.id}/events`, {
      type: 'report',
      version: task.version,
      documentNumber: '9/BC-SGDĐT',
      files: [{ sha256: first.body.sha256, name: 'Báo cáo 9.pdf' }],
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);
    const events = (await call(t, owner, 'GET', `/api/tasks/${task.id}/events`)).body.items;
    expect(events.at(-1).files).toEqual([{ sha256: first.body.sha256, name: 'Báo cáo 9.pdf' }]);

    const get = (u: TestUser) =>
      t.app.inject({
        method: 'GET',
        url: `/api/files/${first.body.sha256}?name=B%C3%A1o%20c%C3%A1o.pdf`,
        headers: { cookie: u.cookie },
      });
    const mine = await get(owner);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(mine.rawPayload).equals(Buffer.from(pdf))).toBe(true);
    expect((await get(office)).statusCode).toBe(200);
    expect((await get(stranger)).statusCode).toBe(404);
  });

  it('refuses files by content, not name, and above the size limit', async () => {
    const exe = await upload(owner, 'bao-cao.pdf', 'MZ\u0090\u0000 this is not a pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('unsupported_file');
    const big = await upload(
      owner,
      'big.pdf',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024)]),
    );
    expect(big.status).toBe(413);
    const unknown = await call(
      t,
      owner,
      'POST',
      `/api/tasks/${'0'.repeat(8)}-0000-7000-8000-000000000000/events`,
      { type: 'progress', version: 1, note: 'x' },
    );
    expect(unknown.status).toBe(404);
  });

  it('finds tasks, items and announcements without diacritics, including đ, within what the user may see', async () => {
    const gd = await orgByAlias(t, 'Sở Giáo dục và Đào tạo');
    await call(t, office, 'POST', '/api/tasks', {
      title: 'Rà soát quy hoạch sử dụng đất trồng lúa',
      ownerOrgId: gd,
    });
    const m = (
      await call(t, office, 'POST', '/api/meetings', {
        title: 'Phiên họp chuyên đề về đất đai',
        meetingDate: '2021-09-01',
      })
    ).body;
    await call(t, office, 'POST', `/api/meetings/${m.id}/items`, {
      title: 'Đề án giao đất, giao rừng',
      presenterOrgId: gd,
    });
    const s = async (u: TestUser, q: string) =>
      (await call(t, u, 'GET', `/api/search?q=${encodeURIComponent(q)}`)).body;
    const r = await s(office, 'dat trong lua');
    expect(r.tasks.map((x: any) => x.title)).toContain('Rà soát quy hoạch sử dụng đất trồng lúa');
    expect((await s(office, 'giao dat giao rung')).items.map((x: any) => x.title)).toContain(
      'Đề án giao đất, giao rừng',
    );
    expect((await s(office, 'ĐẤT')).tasks.length).toBeGreaterThan(0);
    expect((await s(owner, 'dat trong lua')).tasks).toHaveLength(1);
    expect((await s(stranger, 'dat trong lua')).tasks).toEqual([]);
    expect((await s(stranger, 'giao dat giao rung')).items).toEqual([]);
    expect((await s(office, '%')).tasks).toEqual([]); // LIKE wildcards are literal
  });
});
