/**
 * The iCalendar feed per agency on both engines: tokens created, rotated and revoked by the
 * agency's users or the Office (never by another agency), and a feed that parses (node-ical)
 * with one all-day event per open task on its due date, stable UIDs, links, coordinator
 * input dates, RFC 5545 escaping and line folding.
 */
import ical from 'node-ical';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, type TestUser } from './helpers/factories.ts';

const PUBLIC = 'https://ketluan.example.gov.vn';
const pad = (n: number) => String(n).padStart(2, '0');
/** The calendar date of a node-ical DATE value (built in local time). */
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

describeEachEngine('calendar feed per agency', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-06-21T03:00:00Z');
  let office: TestUser;
  let gddt: TestUser;
  let tuPhap: TestUser;
  let viewer: TestUser;
  let gddtId: string;
  const task: Record<string, any> = {};

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_PUBLIC_URL: PUBLIC }, { clock });
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    gddt = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
    tuPhap = await makeUser(t, 'agency', 'Sở Tư pháp');
    viewer = await makeUser(t, 'viewer');
    gddtId = gddt.orgId!;
    const create = async (key: string, body: object) => {
      const r = await call(t, office, 'POST', '/api/tasks', { ownerOrgId: gddtId, ...body });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      task[key] = r.body;
    };
    await create('a', {
      title:
        'Tiếp thu, hoàn thiện dự thảo Nghị quyết quy định mức thu, các khoản thu dịch vụ phục vụ; hỗ trợ hoạt động giáo dục ngoài học phí, báo cáo UBND tỉnh',
      deadlineText: 'trước ngày 29/6/2021',
      assignedDate: '2021-06-21',
    });
    await create('b', { title: 'Báo cáo tuyển sinh', dueDate: '2021-07-15' });
    await create('noDue', { title: 'Thường xuyên theo dõi' });
    await create('done', { title: 'Đã xong', dueDate: '2021-06-25' });
    const d = task.done;
    let r = await call(t, gddt, 'POST', `/api/tasks/${d.id}/events`, {
      type: 'report',
      version: d.version,
    });
    r = await call(t, office, 'POST', `/api/tasks/${d.id}/events`, {
      type: 'accept',
      version: r.body.version,
    });
    expect(r.body.status).toBe('done');
    const other = await call(t, office, 'POST', '/api/tasks', {
      title: 'Nhiệm vụ của Sở Tư pháp',
      ownerOrgId: tuPhap.orgId,
      dueDate: '2021-06-30',
      coordinators: [{ orgId: gddtId, inputDueDate: '2021-06-25' }],
    });
    task.input = other.body;
  });
  afterAll(async () => t?.close());

  it('lets the agency and the Office manage the token, nobody else', async () => {
    const url = `/api/orgs/${gddtId}/calendar-token`;
    expect((await call(t, tuPhap, 'POST', url)).status).toBe(403);
    expect((await call(t, viewer, 'POST', url)).status).toBe(403);
    expect((await call(t, null, 'POST', url)).status).toBe(401);
    expect((await call(t, office, 'POST', '/api/orgs/no-such-org/calendar-token')).status).toBe(
      404,
    );
    expect((await call(t, gddt, 'GET', url)).body).toMatchObject({ orgId: gddtId, active: false });
    const r = await call(t, gddt, 'POST', url);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.url).toBe(`${PUBLIC}/ical/${r.body.token}.ics`);
    expect((await call(t, office, 'GET', url)).body).toMatchObject({ active: true });
    const stored = await t.ctx.db.kysely.selectFrom('calendar_tokens').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(r.body.token);
  });

  it('serves a valid feed with one all-day event per open task on its due date', async () => {
    const { body: tok } = await call(t, office, 'POST', `/api/orgs/${gddtId}/calendar-token`);
    const res = await t.app.inject({ url: `/ical/${tok.token}.ics` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const text = res.body;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const parsed = ical.sync.parseICS(text);
    const events = Object.values(parsed).filter((c: any) => c.type === 'VEVENT') as any[];
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        `task-${task.a.id}@ketluan`,
        `task-${task.b.id}@ketluan`,
        `task-${task.input.id}-input-${gddtId}@ketluan`,
      ].sort(),
    );
    const a = events.find((e) => e.uid === `task-${task.a.id}@ketluan`);
    expect(a.datetype).toBe('date');
    expect(dateOf(a.start)).toBe('2021-06-28');
    expect(dateOf(a.end)).toBe('2021-06-29');
    expect(a.summary).toBe(`Hạn: ${task.a.title}`);
    expect(a.url?.val ?? a.url).toBe(`${PUBLIC}/tasks/${task.a.id}`);
    expect(a.description).toContain('Thời hạn: trước ngày 29/6/2021 (28/06/2021)');
    expect(a.description).toContain('Cơ quan chủ trì: Sở Giáo dục và Đào tạo');
    expect(a.dtstamp).toBeInstanceOf(Date);
    const input = events.find((e) => e.uid.includes('-input-'));
    expect(dateOf(input.start)).toBe('2021-06-25');
    expect(input.summary).toBe('Hạn góp ý phối hợp: Nhiệm vụ của Sở Tư pháp');
    expect(input.description).toContain('Gửi ý kiến phối hợp cho: Sở Tư pháp');
  });

  it('keeps UIDs when a due date moves, and the old address dies on rotation or revocation', async () => {
    const first = (await call(t, gddt, 'POST', `/api/orgs/${gddtId}/calendar-token`)).body.token;
    const b = task.b;
    const moved = await call(t, office, 'PATCH', `/api/tasks/${b.id}`, {
      version: b.version,
      dueDate: '2021-07-20',
    });
    expect(moved.status).toBe(200);
    const feed = ical.sync.parseICS(
      (await t.app.inject({ url: `/ical/${first}.ics` })).body,
    ) as any;
    expect(dateOf(feed[`task-${b.id}@ketluan`].start)).toBe('2021-07-20');

    const second = (await call(t, gddt, 'POST', `/api/orgs/${gddtId}/calendar-token`)).body.token;
    expect((await t.app.inject({ url: `/ical/${first}.ics` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/ical/${second}.ics` })).statusCode).toBe(200);
    expect((await call(t, gddt, 'DELETE', `/api/orgs/${gddtId}/calendar-token`)).status).toBe(200);
    expect((await t.app.inject({ url: `/ical/${second}.ics` })).statusCode).toBe(404);
    expect((await call(t, gddt, 'DELETE', `/api/orgs/${gddtId}/calendar-token`)).status).toBe(404);
    expect((await t.app.inject({ url: '/ical/not-a-token.ics' })).statusCode).toBe(404);
  });
});
