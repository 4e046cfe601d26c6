/**
 * Tasks through their life on both engines: deadlines as written → due dates on Vietnamese
 * working days, timeliness on days around weekends, Tết 2021 and 30/4–3/5/2021, optimistic
 * concurrency, accent-insensitive search and answers "as of" a past day.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgId, PASSWORD, type TestUser } from './helpers/factories.ts';

describeEachEngine('task lifecycle and timeliness', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-02-05T02:00:00Z'); // Friday 5/2/2021, 09:00 in Vietnam
  let office: TestUser;
  let agency: TestUser;
  let leader: TestUser;
  let gddt: string;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock });
    gddt = await orgId(t, 'Sở Giáo dục và Đào tạo');
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    agency = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
    leader = await makeUser(t, 'leader');
  });
  afterAll(async () => t?.close());

  /** Moves to 10:00 in Vietnam on `isoDay`; everyone signs in again (sessions idle out). */
  const at = async (isoDay: string) => {
    clock.set(`${isoDay}T03:00:00Z`);
    for (const u of [office, agency, leader]) u.cookie = await t.login(u.username, PASSWORD);
  };
  const get = async (id: string) => (await call(t, office, 'GET', `/api/tasks/${id}`)).body;
  const create = async (body: object) => {
    const r = await call(t, office, 'POST', '/api/tasks', { ownerOrgId: gddt, ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const act = async (user: TestUser, id: string, body: object) => {
    const task = await get(id);
    const r = await call(t, user, 'POST', `/api/tasks/${id}/events`, {
      version: task.version,
      ...body,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  it('counts working days across Tết 2021 and is due soon before it', async () => {
    await at('2021-02-05');
    const task = await create({
      title: 'Báo cáo trước Tết',
      deadlineText: 'trong thời hạn 03 ngày làm việc',
      assignedDate: '2021-02-05',
    });
    // Mon 8, Tue 9, then Tết 10–16/2 is off: the third working day is Wed 17/2.
    expect(task.dueDate).toBe('2021-02-17');
    expect(task.timeliness).toBe('due_soon'); // 17/2 is within 3 working days of Fri 5/2
    await at('2021-02-17');
    expect((await get(task.id)).timeliness).toBe('due_soon');
    await at('2021-02-18');
    expect((await get(task.id)).timeliness).toBe('overdue');
  });

  it('knows 30/4–3/5/2021 are days off when deciding what is due soon', async () => {
    await at('2021-04-26');
    const task = await create({
      title: 'Hoàn thiện đề án',
      deadlineText: 'chậm nhất ngày 05/5/2021',
    });
    expect(task.dueDate).toBe('2021-05-05');
    await at('2021-04-27'); // Wed 28, Thu 29, Tue 4/5: 5/5 is 4 working days away
    expect((await get(task.id)).timeliness).toBe('not_due');
    await at('2021-04-28'); // Thu 29, Tue 4/5, Wed 5/5: 3 working days
    expect((await get(task.id)).timeliness).toBe('due_soon');
  });

  it('reads "trước ngày X" strictly and keeps a Saturday deadline (no rollover): reported on Monday is late', async () => {
    await at('2021-06-27');
    const task = await create({
      title: 'Hoàn thiện dự thảo Nghị quyết',
      deadlineText: 'trước ngày 04/7/2021',
      assignedDate: '2021-06-27',
    });
    expect(task.dueDate).toBe('2021-07-03'); // Saturday
    expect(task.dueDateStrict).toBe('2021-07-03');
    expect(task.dueDateInclusive).toBe('2021-07-04');
    await at('2021-07-05');
    expect((await get(task.id)).timeliness).toBe('overdue');
    await act(agency, task.id, {
      type: 'report',
      note: 'Đã hoàn thiện',
      documentNumber: '456/SGDĐT-VP',
    });
    const done = await act(office, task.id, { type: 'accept' });
    expect(done.status).toBe('done');
    expect(done.completedDate).toBe('2021-07-05');
    expect(done.timeliness).toBe('late');
  });

  it('a report before the due date accepted after it is still on time', async () => {
    await at('2021-06-27');
    const task = await create({
      title: 'Báo cáo tình hình',
      deadlineText: 'trước ngày 29/6/2021',
      assignedDate: '2021-06-27',
    });
    expect(task.dueDate).toBe('2021-06-28');
    await at('2021-06-28');
    await act(agency, task.id, { type: 'progress', note: 'Đang tổng hợp' });
    await act(agency, task.id, { type: 'report', note: 'Đã gửi báo cáo' });
    await at('2021-07-02');
    const done = await act(office, task.id, { type: 'accept' });
    expect(done.timeliness).toBe('on_time');
  });

  it('a return sends the task back; an extension keeps the old date in the timeline', async () => {
    await at('2021-06-27');
    const task = await create({ title: 'Rà soát danh mục', dueDate: '2021-07-10' });
    await at('2021-07-01');
    await act(agency, task.id, { type: 'report', note: 'Xong' });
    const returned = await act(office, task.id, { type: 'return', reason: 'Thiếu biểu số 01' });
    expect(returned.status).toBe('returned');
    await act(agency, task.id, {
      type: 'extension_request',
      requestedDate: '2021-07-20',
      reason: 'Chờ số liệu huyện',
    });
    expect((await get(task.id)).pendingExtension).toEqual({
      requestedDate: '2021-07-20',
      reason: 'Chờ số liệu huyện',
    });
    const extended = await act(leader, task.id, { type: 'extension_decision', approved: true });
    expect(extended.dueDate).toBe('2021-07-20');
    expect(extended.pendingExtension).toBeNull();
    const events = (await call(t, office, 'GET', `/api/tasks/${task.id}/events`)).body.items;
    expect(events.map((e: any) => e.type)).toEqual([
      'created',
      'report',
      'return',
      'extension_request',
      'extension_decision',
    ]);
    const decision = events.at(-1);
    expect(decision.payload).toMatchObject({
      previousDueDate: '2021-07-10',
      newDueDate: '2021-07-20',
    });
    expect(events[0].dueDate).toBe('2021-07-10');
  });

  it('refuses transitions the status does not allow, with 409 invalid_transition', async () => {
    await at('2021-06-27');
    const task = await create({ title: 'Nhiệm vụ', dueDate: '2021-07-10' });
    const r = await call(t, office, 'POST', `/api/tasks/${task.id}/events`, {
      version: task.version,
      type: 'accept',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('invalid_transition');
  });

  it('two clients with the same version: exactly one wins, the other gets 409 with the current record', async () => {
    await at('2021-06-27');
    const task = await create({ title: 'Cập nhật đồng thời', dueDate: '2021-07-10' });
    const [a, b] = await Promise.all([
      call(t, agency, 'POST', `/api/tasks/${task.id}/events`, {
        version: task.version,
        type: 'progress',
        note: 'Máy A',
      }),
      call(t, office, 'PATCH', `/api/tasks/${task.id}`, { version: task.version, title: 'Máy B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('stale_version');
    expect(loser.body.error.details.current.version).toBe(task.version + 1);
    const final = await get(task.id);
    expect(final.version).toBe(task.version + 1);
  });

  it('finds Vietnamese text typed without diacritics, including đ', async () => {
    await at('2021-06-27');
    await create({ title: 'Rà soát chỉ tiêu sử dụng đất rừng phòng hộ', dueDate: '2021-07-10' });
    const search = async (q: string) =>
      (
        await call(t, office, 'GET', `/api/tasks?q=${encodeURIComponent(q)}&limit=200`)
      ).body.items.map((x: any) => x.title);
    expect(await search('dat rung phong ho')).toContain(
      'Rà soát chỉ tiêu sử dụng đất rừng phòng hộ',
    );
    expect(await search('ĐẤT RỪNG')).toContain('Rà soát chỉ tiêu sử dụng đất rừng phòng hộ');
    expect((await search('so giao duc')).length).toBeGreaterThan(0); // the owner's name is searchable
    expect(await search('dat rung phong chay')).toEqual([]);
  });

  it('answers lists as of a past day the same way after later events', async () => {
    await at('2021-08-02');
    const task = await create({
      title: 'Nhiệm vụ theo dõi lịch sử',
      dueDate: '2021-08-10',
      assignedDate: '2021-08-02',
    });
    // The state on that day; version and updatedAt describe the record now, so clients can act.
    const asOf = async (day: string) => {
      const found = (
        await call(t, office, 'GET', `/api/tasks?asOf=${day}&limit=200`)
      ).body.items.find((x: any) => x.id === task.id);
      if (!found) return undefined;
      const { version: _v, updatedAt: _u, ...state } = found;
      return state;
    };
    const before = await asOf('2021-08-04');
    expect(before).toMatchObject({ status: 'assigned', timeliness: 'not_due' });
    await at('2021-08-12');
    await act(agency, task.id, { type: 'report', note: 'Xong' });
    await act(office, task.id, { type: 'accept' });
    expect(await asOf('2021-08-04')).toEqual(before);
    expect(await asOf('2021-08-11')).toMatchObject({ status: 'assigned', timeliness: 'overdue' });
    expect(await asOf('2021-08-12')).toMatchObject({ status: 'done', timeliness: 'late' });
    expect(await asOf('2021-08-01')).toBeUndefined(); // not assigned yet
  });

  it('pages through a list with a cursor, without repeats or gaps', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/tasks?limit=3&sort=due${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await call(t, office, 'GET', url);
      expect(r.status).toBe(200);
      for (const x of r.body.items) {
        expect(seen.has(x.id)).toBe(false);
        seen.add(x.id);
      }
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    const all = await call(t, office, 'GET', '/api/tasks?limit=200');
    expect(seen.size).toBe(all.body.items.length);
    const bad = await call(t, office, 'GET', '/api/tasks?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
  });
});
