/**
 * End to end through the API, on both engines: the meeting of the seed announcement, its 7
 * items and their tasks; agencies post progress and reports; the Office accepts one and
 * returns one; a leader grants an extension; one task goes overdue. Then an admin merges two
 * agencies: their open tasks move with their history, and the report as of the day before the
 * merge does not change.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { SEED_CLOSING_TASK, SEED_ISSUED, SEED_ITEMS, SEED_MEETING } from './fixtures/seed-346.ts';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, PASSWORD, type TestUser } from './helpers/factories.ts';

describeEachEngine('seed meeting walk-through', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-06-27T02:00:00Z');
  const users: Record<string, TestUser> = {};
  const taskOf: Record<string, any> = {}; // by owner name, first task of the item
  let meetingId: string;

  const as = async (who: string) => {
    const u = users[who]!;
    u.cookie = await t.login(u.username, who === 'admin' ? ADMIN_PASSWORD : PASSWORD);
    return u;
  };
  const at = (day: string) => clock.set(`${day}T03:00:00Z`);
  const act = async (who: string, task: any, body: object) => {
    const current = (await call(t, await as('office'), 'GET', `/api/tasks/${task.id}`)).body;
    const r = await call(t, await as(who), 'POST', `/api/tasks/${task.id}/events`, {
      version: current.version,
      ...body,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };
  const report = async (asOf: string, groupBy = 'owner') =>
    (
      await call(
        t,
        await as('office'),
        'GET',
        `/api/reports/agencies?asOf=${asOf}&from=2021-06-01&to=2021-06-30&groupBy=${groupBy}`,
      )
    ).body;

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_SESSION_HOURS: '2160' }, { clock });
    users.admin = { username: 'admin', role: 'admin', orgId: null, cookie: '' };
    users.office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    users.leader = await makeUser(t, 'leader');
    for (const [key, name] of [
      ['gddt', 'Sở Giáo dục và Đào tạo'],
      ['ca', 'Công an tỉnh'],
      ['yt', 'Sở Y tế'],
      ['tnmt', 'Sở Tài nguyên và Môi trường'],
    ] as const) {
      users[key] = await makeUser(t, 'agency', name);
    }
  });
  afterAll(async () => t?.close());

  it('enters the meeting, its 7 items and their tasks, with due dates from the deadlines as written', async () => {
    const office = await as('office');
    const m = await call(t, office, 'POST', '/api/meetings', SEED_MEETING);
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    meetingId = m.body.id;
    for (const item of SEED_ITEMS) {
      const it = await call(t, office, 'POST', `/api/meetings/${meetingId}/items`, {
        title: item.title,
        indexLabel: item.index,
        presenterOrgId: await orgByAlias(t, item.presenter),
        verdict: item.verdict,
        documentKinds: ['Tờ trình', 'Nghị quyết'],
        revisionPoints: item.revisionPoints,
      });
      expect(it.status, JSON.stringify(it.body)).toBe(201);
      for (const task of item.tasks) {
        const created = await call(t, office, 'POST', '/api/tasks', {
          title: task.title,
          itemId: it.body.id,
          ownerOrgId: await orgByAlias(t, task.owner),
          coordinatorOrgIds: await Promise.all(
            (task.coordinators ?? []).map((c) => orgByAlias(t, c)),
          ),
          deadlineText: task.deadlineText,
          forum: task.forum,
          assignedDate: SEED_ISSUED,
          revisionPoints: item.revisionPoints,
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        expect(created.body.dueDate, `${item.index} ${task.deadlineText}`).toBe(task.due);
        expect(created.body.meetingId).toBe(meetingId);
        taskOf[`${item.index}:${task.owner}`] ??= created.body;
      }
    }
    const closing = await call(t, office, 'POST', '/api/tasks', {
      title: SEED_CLOSING_TASK.title,
      ownerOrgId: await orgByAlias(t, SEED_CLOSING_TASK.owner),
      assignedDate: SEED_ISSUED,
    });
    expect(closing.body.timeliness).toBe('no_deadline');

    const meeting = (await call(t, office, 'GET', `/api/meetings/${meetingId}`)).body;
    expect(meeting.items).toHaveLength(7);
    expect(meeting.items.map((i: any) => i.presenterName)).toEqual(
      SEED_ITEMS.map((i) => expect.stringContaining(i.presenter.replace('UBND huyện', '').trim())),
    );
    expect(meeting.items.map((i: any) => i.taskCount)).toEqual(
      SEED_ITEMS.map((i) => i.tasks.length),
    );
    const tasks = (await call(t, office, 'GET', `/api/tasks?meeting=${meetingId}&limit=100`)).body
      .items;
    expect(tasks).toHaveLength(8);
  });

  it('an agency sees only its own tasks of the meeting', async () => {
    const mine = (await call(t, await as('gddt'), 'GET', `/api/tasks?meeting=${meetingId}`)).body
      .items;
    expect(mine).toHaveLength(1);
    expect(mine[0].ownerName).toBe('Sở Giáo dục và Đào tạo');
    const other = taskOf['4:Công an tỉnh'];
    expect((await call(t, await as('gddt'), 'GET', `/api/tasks/${other.id}`)).status).toBe(404);
  });

  it('walks progress, reports, an acceptance, a return, an extension and an overdue task', async () => {
    const gddt = taskOf['1:Sở Giáo dục và Đào tạo'];
    const ca = taskOf['4:Công an tỉnh'];
    const yt = taskOf['6:Sở Y tế'];
    const chiLang = taskOf['5:UBND huyện Chi Lăng'];
    const ict = taskOf['7:Sở Thông tin và Truyền thông'];

    at('2021-06-28');
    await act('gddt', gddt, { type: 'progress', note: 'Đã tiếp thu 9/9 ý kiến' });
    const points = (await call(t, await as('gddt'), 'GET', `/api/tasks/${gddt.id}`)).body
      .revisionPoints;
    await act('gddt', gddt, {
      type: 'report',
      documentNumber: '1234/SGDĐT-KHTC',
      note: 'Đã hoàn thiện dự thảo Nghị quyết',
      revisionPoints: points.map((p: any) => ({ id: p.id, checked: true, note: 'Đã chỉnh' })),
    });
    await act('ca', ca, { type: 'report', documentNumber: '567/CAT-TM', note: 'Đã hoàn thiện' });

    at('2021-06-29');
    const returned = await act('office', ca, {
      type: 'return',
      reason: 'Chưa bổ sung tỷ lệ tai nạn giao thông',
    });
    expect(returned.status).toBe('returned');
    expect(returned.timeliness).toBe('overdue');

    at('2021-06-30');
    const accepted = await act('office', gddt, { type: 'accept', note: 'Đạt yêu cầu' });
    expect(accepted.status).toBe('done');
    expect(accepted.timeliness).toBe('on_time');
    expect(accepted.revisionPoints.every((p: any) => p.checked)).toBe(true);
    await act('ca', ca, { type: 'report', documentNumber: '580/CAT-TM' });

    at('2021-07-01');
    expect((await act('office', ca, { type: 'accept' })).timeliness).toBe('late');
    await act('yt', yt, {
      type: 'extension_request',
      requestedDate: '2021-07-09',
      reason: 'Chờ số liệu của các huyện',
    });
    const extended = await act('leader', yt, {
      type: 'extension_decision',
      approved: true,
      note: 'Đồng ý',
    });
    expect(extended.dueDate).toBe('2021-07-09');

    at('2021-07-05');
    const get = async (task: any) =>
      (await call(t, await as('office'), 'GET', `/api/tasks/${task.id}`)).body;
    expect((await get(chiLang)).timeliness).toBe('overdue');
    expect((await get(yt)).timeliness).toBe('not_due');
    expect((await get(ict)).timeliness).toBe('not_due');
    at('2021-07-06');
    expect((await get(ict)).timeliness).toBe('due_soon');
    expect((await get(yt)).timeliness).toBe('due_soon');

    const r = await report('2021-07-05');
    expect(r.total).toMatchObject({
      assigned: 9,
      doneOnTime: 1,
      doneLate: 1,
      openOverdue: 3,
      noDeadline: 2,
    });
    const ids = {
      ca: await orgByAlias(t, 'Công an tỉnh'),
      tnmt: await orgByAlias(t, 'Sở Tài nguyên và Môi trường'),
    };
    const row = (id: string) => r.rows.find((x: any) => x.orgId === id);
    expect(row(ids.ca)).toMatchObject({ doneLate: 1, averageDelayDays: 2 });
    expect(row(ids.tnmt)).toMatchObject({ assigned: 3, openOverdue: 2, noDeadline: 1 });
  });

  it('merging agencies moves their open tasks with history intact; the report of the day before is unchanged', async () => {
    at('2021-07-06');
    const before = await report('2021-07-05');
    const tnmt = await orgByAlias(t, 'Sở Tài nguyên và Môi trường');
    const nnptnt = await orgByAlias(t, 'Sở Nông nghiệp và Phát triển nông thôn');
    const nnmt = await orgByAlias(t, 'Sở Nông nghiệp và Môi trường', '2025-03-01');
    const merged = await call(t, await as('admin'), 'POST', '/api/orgs/lineage', {
      kind: 'merge',
      fromOrgIds: [tnmt, nnptnt],
      toOrgIds: [nnmt],
      effectiveDate: '2021-07-06',
      note: 'Sáp nhập thử nghiệm',
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.movedTaskIds).toHaveLength(3);
    expect(merged.body.movedUserIds).toHaveLength(1);

    const moved = (
      await call(
        t,
        await as('office'),
        'GET',
        `/api/tasks/${taskOf['2:Sở Tài nguyên và Môi trường'].id}`,
      )
    ).body;
    expect(moved.ownerOrgId).toBe(nnmt);
    expect(moved.originalOwnerOrgId).toBe(tnmt);
    const events = (await call(t, await as('office'), 'GET', `/api/tasks/${moved.id}/events`)).body
      .items;
    expect(events.map((e: any) => e.type)).toEqual(['created', 'lineage']);
    expect(events[0].ownerOrgId).toBe(tnmt);
    expect(events[1]).toMatchObject({ ownerOrgId: nnmt, effectiveDate: '2021-07-06' });

    expect(await report('2021-07-05')).toEqual(before);
    const after = await report('2021-07-06');
    expect(after.rows.find((x: any) => x.orgId === tnmt)).toBeUndefined();
    expect(after.rows.find((x: any) => x.orgId === nnmt)).toMatchObject({ assigned: 3 });
    const rolledUp = await report('2021-07-05', 'successor');
    expect(rolledUp.rows.find((x: any) => x.orgId === tnmt)).toBeUndefined();
    // The merged agency's user now works for the successor and sees the moved tasks.
    const mine = (await call(t, await as('tnmt'), 'GET', '/api/tasks')).body.items;
    expect(mine).toHaveLength(3);
    expect(mine.every((x: any) => x.ownerOrgId === nnmt)).toBe(true);
  });
});
