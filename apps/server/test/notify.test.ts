/**
 * Reminders on both engines, through a real SMTP server: before the due date, on it, overdue
 * and then weekly; coordinators' input dates; the agencies' daily digest and the leaders'
 * weekly summary; digest-only users; in-app notifications; each reminder sent once however
 * often the run repeats.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, PASSWORD, type TestUser } from './helpers/factories.ts';
import { startMailServer, type TestMailServer } from './helpers/mail-server.ts';

const PUBLIC = 'https://ketluan.example.gov.vn';

/** An agency user who wants the daily digest only. */
async function digestOnlyUser(t: TestApp, orgName: string): Promise<TestUser> {
  const admin = await t.login('admin', ADMIN_PASSWORD);
  const orgId = await orgByAlias(t, orgName);
  const username = `digest${Math.random().toString(36).slice(2, 8)}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: admin },
    payload: {
      username,
      password: PASSWORD,
      name: 'Chỉ nhận tổng hợp',
      role: 'agency',
      orgId,
      email: `${username}@example.vn`,
      digestOnly: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { username, role: 'agency', orgId, cookie: await t.login(username, PASSWORD) };
}

const emailOf = (u: TestUser) => `${u.username}@example.vn`;

describeEachEngine('reminders by e-mail and in the app', (engine) => {
  let t: TestApp;
  let smtp: TestMailServer;
  const clock = fixedClock('2021-06-21T03:00:00Z'); // Monday 21/6/2021, 10:00 in Vietnam
  let office: TestUser;
  let leader: TestUser;
  let gddt: TestUser;
  let gddtDigest: TestUser;
  let tuPhap: TestUser;
  const task: Record<string, any> = {};

  const at = async (day: string) => {
    clock.set(`${day}T03:00:00Z`);
    for (const u of [office, leader, gddt, gddtDigest, tuPhap])
      u.cookie = await t.login(u.username, PASSWORD);
  };
  const run = () => t.ctx.services.notify.runDue();
  const subjects = (u: TestUser) => smtp.to(emailOf(u)).map((m) => m.mail.subject ?? '');

  beforeAll(async () => {
    smtp = await startMailServer();
    t = await createTestApp(
      engine,
      {
        KETLUAN_SMTP_URL: smtp.url,
        KETLUAN_MAIL_FROM: 'Ketluan Lạng Sơn <ketluan@langson.gov.vn>',
        KETLUAN_PUBLIC_URL: PUBLIC,
        KETLUAN_SESSION_HOURS: '2160',
      },
      { clock },
    );
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    leader = await makeUser(t, 'leader');
    gddt = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
    gddtDigest = await digestOnlyUser(t, 'Sở Giáo dục và Đào tạo');
    tuPhap = await makeUser(t, 'agency', 'Sở Tư pháp');
    const owner = await orgByAlias(t, 'Sở Giáo dục và Đào tạo');
    const coordinator = await orgByAlias(t, 'Sở Tư pháp');
    const create = async (key: string, body: object) => {
      const r = await call(t, office, 'POST', '/api/tasks', {
        ownerOrgId: owner,
        assignedDate: '2021-06-14',
        ...body,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      task[key] = r.body;
    };
    await create('soon', {
      title: 'Hoàn thiện <b>dự thảo</b> Nghị quyết & Tờ trình "học phí"',
      deadlineText: 'trước ngày 24/6/2021',
    });
    await create('today', { title: 'Báo cáo tình hình tuyển sinh', dueDate: '2021-06-21' });
    await create('late', { title: 'Rà soát cơ sở vật chất trường học', dueDate: '2021-06-18' });
    await create('later', {
      title: 'Xây dựng đề án sáp nhập trường',
      dueDate: '2021-07-30',
      coordinators: [{ orgId: coordinator, inputDueDate: '2021-06-22' }],
    });
    await create('none', { title: 'Thường xuyên kiểm tra an toàn trường học' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('sends each due reminder to the right people, in Vietnamese, with links to the task', async () => {
    expect(task.soon.dueDate).toBe('2021-06-23');
    const r = await run();
    expect(r.skipped).toBeNull();
    expect(r.failed).toBe(0);
    // gddt: due soon, due today, overdue, digest; digest-only: digest; Tư pháp: input, digest;
    // leader: weekly summary.
    expect(smtp.received).toHaveLength(8);
    expect(r.sent).toBe(8);

    const mine = subjects(gddt);
    expect(mine).toHaveLength(4);
    expect(mine).toContain(
      'Nhắc việc: sắp đến hạn ngày 23/06/2021 — Hoàn thiện <b>dự thảo</b> Nghị quyết & Tờ trình "học phí"',
    );
    expect(mine).toContain(
      'Nhắc việc: đến hạn hôm nay (21/06/2021) — Báo cáo tình hình tuyển sinh',
    );
    expect(mine).toContain('Nhắc việc: quá hạn 3 ngày — Rà soát cơ sở vật chất trường học');
    expect(mine.some((s) => s.startsWith('Tổng hợp nhiệm vụ ngày 21/06/2021'))).toBe(true);

    const soon = smtp.to(emailOf(gddt)).find((m) => m.mail.subject?.includes('sắp đến hạn'))!.mail;
    expect(soon.from?.value[0]?.address).toBe('ketluan@langson.gov.vn');
    expect(soon.text).toContain('Kính gửi: Sở Giáo dục và Đào tạo');
    expect(soon.text).toContain('còn 2 ngày làm việc');
    expect(soon.text).toContain('Thời hạn: trước ngày 24/6/2021 (23/06/2021)');
    expect(soon.text).toContain(`${PUBLIC}/tasks/${task.soon.id}`);
    expect(soon.html).toContain(`href="${PUBLIC}/tasks/${task.soon.id}"`);
    expect(soon.html).toContain('&lt;b&gt;dự thảo&lt;/b&gt;');
    expect(soon.html).toContain('&amp; Tờ trình &quot;học phí&quot;');
    expect(soon.html).not.toContain('<b>dự thảo</b>');

    expect(subjects(gddtDigest)).toEqual([
      expect.stringMatching(
        /^Tổng hợp nhiệm vụ ngày 21\/06\/2021 — Sở Giáo dục và Đào tạo: 1 quá hạn, 1 đến hạn hôm nay, 1 sắp đến hạn$/,
      ),
    ]);
    const digest = smtp.to(emailOf(gddtDigest))[0]!.mail;
    for (const k of ['soon', 'today', 'late'])
      expect(digest.text).toContain(`${PUBLIC}/tasks/${task[k].id}`);
    expect(digest.text).not.toContain(task.none.id);

    const coord = subjects(tuPhap);
    expect(coord).toContain(
      'Nhắc góp ý phối hợp: hạn ngày 22/06/2021 — Xây dựng đề án sáp nhập trường',
    );
    const input = smtp
      .to(emailOf(tuPhap))
      .find((m) => m.mail.subject?.startsWith('Nhắc góp ý'))!.mail;
    expect(input.text).toContain('Kính gửi: Sở Tư pháp');
    expect(input.text).toContain('cho Sở Giáo dục và Đào tạo');

    const weekly = smtp.to(emailOf(leader));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]!.mail.subject).toBe(
      'Báo cáo tuần từ ngày 21/06/2021: tình hình thực hiện kết luận',
    );
    expect(weekly[0]!.mail.text).toContain('Đang thực hiện quá hạn: 1');
    expect(weekly[0]!.mail.text).toContain(`${PUBLIC}/reports`);
    expect(smtp.to(emailOf(office))).toHaveLength(0);
  });

  it('records every reminder and never sends one twice', async () => {
    const again = await run();
    expect(again.claimed).toBe(0);
    expect(again.alreadyDone).toBe(again.planned);
    expect(smtp.received).toHaveLength(8);
    const rows = await t.ctx.db.kysely.selectFrom('reminders').selectAll().execute();
    const emailed = rows.filter((r) => r.status === 'sent');
    expect(emailed).toHaveLength(8);
    for (const r of emailed) {
      expect(r.message_id).toBeTruthy();
      expect(r.sent_at).toBeTruthy();
      expect(r.error).toBeNull();
    }
    // The digest-only user's task reminders are in the app only.
    expect(rows.filter((r) => r.status === 'in_app')).toHaveLength(3);
  });

  it('keeps in-app notifications per user, with an unread count and mark-as-read', async () => {
    const list = await call(t, gddtDigest, 'GET', '/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(4);
    expect(list.body.unreadCount).toBe(4);
    const overdue = list.body.items.find((n: any) => n.kind === 'overdue');
    expect(overdue).toMatchObject({
      taskId: task.late.id,
      link: `/tasks/${task.late.id}`,
      title: 'Nhắc việc: quá hạn 3 ngày',
      readAt: null,
    });
    expect((await call(t, tuPhap, 'POST', `/api/notifications/${overdue.id}/read`)).status).toBe(
      404,
    );
    const read = await call(t, gddtDigest, 'POST', `/api/notifications/${overdue.id}/read`);
    expect(read.status).toBe(200);
    const unread = await call(t, gddtDigest, 'GET', '/api/notifications?unread=true');
    expect(unread.body.unreadCount).toBe(3);
    expect(unread.body.items.map((n: any) => n.id)).not.toContain(overdue.id);
    const page = await call(t, gddtDigest, 'GET', '/api/notifications?limit=2');
    expect(page.body.items).toHaveLength(2);
    const rest = await call(
      t,
      gddtDigest,
      'GET',
      `/api/notifications?limit=2&before=${page.body.nextCursor}`,
    );
    expect(rest.body.items).toHaveLength(2);
    expect((await call(t, null, 'GET', '/api/notifications')).status).toBe(401);
  });

  it('moves on with the days: due today becomes overdue, digests are daily, weekends are quiet', async () => {
    await at('2021-06-22');
    smtp.clear();
    await run();
    expect(subjects(gddt).sort()).toEqual(
      [
        'Nhắc việc: quá hạn 1 ngày — Báo cáo tình hình tuyển sinh',
        expect.stringMatching(/^Tổng hợp nhiệm vụ ngày 22\/06\/2021/),
      ].sort(),
    );
    expect(subjects(tuPhap)).toContain(
      'Nhắc góp ý phối hợp: đến hạn hôm nay (22/06/2021) — Xây dựng đề án sáp nhập trường',
    );
    expect(subjects(leader)).toEqual([]); // same week

    await at('2021-06-26'); // Saturday
    smtp.clear();
    expect((await run()).skipped).toBe('not_working_day');
    expect(smtp.received).toHaveLength(0);
  });

  it('repeats an overdue reminder weekly, and stops once the coordinator reports its input', async () => {
    await at('2021-06-22');
    const r = await call(t, tuPhap, 'POST', `/api/tasks/${task.later.id}/coordinator-input`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ inputDoneDate: '2021-06-22', late: false });
    await at('2021-06-28'); // Monday of the next week
    smtp.clear();
    await run();
    const mine = subjects(gddt);
    expect(mine).toContain('Nhắc việc: quá hạn 10 ngày — Rà soát cơ sở vật chất trường học');
    expect(mine).not.toContain('Nhắc việc: quá hạn 7 ngày — Báo cáo tình hình tuyển sinh');
    expect(subjects(tuPhap).filter((s) => s.startsWith('Nhắc góp ý'))).toEqual([]);
    expect(subjects(leader)).toEqual([
      'Báo cáo tuần từ ngày 28/06/2021: tình hình thực hiện kết luận',
    ]);
  });
});
