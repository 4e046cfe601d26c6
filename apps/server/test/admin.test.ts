/**
 * Admin settings, the holiday calendar overrides and the audit log API, on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, type TestUser } from './helpers/factories.ts';

describeEachEngine('admin: calendar, settings, audit', (engine) => {
  let t: TestApp;
  let admin: TestUser;
  let office: TestUser;
  const clock = fixedClock('2026-11-23T03:00:00Z'); // Monday

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock });
    admin = {
      username: 'admin',
      role: 'admin',
      orgId: null,
      cookie: await t.login('admin', ADMIN_PASSWORD),
    };
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
  });
  afterAll(async () => t?.close());

  it('shows the computed days off of a year, with Tết and Giỗ Tổ from the lunar calendar', async () => {
    const y = (await call(t, office, 'GET', '/api/holidays/2021')).body;
    const off = y.daysOff.map((d: any) => d.date);
    for (const d of [
      '2021-01-01',
      '2021-02-10',
      '2021-02-16',
      '2021-04-21',
      '2021-04-30',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
    ]) {
      expect(off).toContain(d);
    }
    expect(y.overrides).toEqual([]);
  });

  it('lets an admin add a day off, which moves due dates counted in working days', async () => {
    const gd = await orgByAlias(t, 'Sở Giáo dục và Đào tạo');
    const before = await call(t, office, 'POST', '/api/tasks', {
      title: 'A',
      ownerOrgId: gd,
      deadlineText: 'trong thời hạn 02 ngày làm việc',
      assignedDate: '2026-11-23',
    });
    expect(before.body.dueDate).toBe('2026-11-25');
    const denied = await call(t, office, 'PUT', '/api/holidays/2026', {
      offDays: [{ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' }],
      workDays: [],
    });
    expect(denied.status).toBe(403);
    const set = await call(t, admin, 'PUT', '/api/holidays/2026', {
      offDays: [{ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' }],
      workDays: [],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.daysOff.map((d: any) => d.date)).toContain('2026-11-24');
    const after = await call(t, office, 'POST', '/api/tasks', {
      title: 'B',
      ownerOrgId: gd,
      deadlineText: 'trong thời hạn 02 ngày làm việc',
      assignedDate: '2026-11-23',
    });
    expect(after.body.dueDate).toBe('2026-11-26');
    const outside = await call(t, admin, 'PUT', '/api/holidays/2026', {
      offDays: [{ date: '2027-01-04', name: 'x' }],
      workDays: [],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('date_outside_year');
  });

  it('switches the reading of "trước ngày X" by a setting', async () => {
    const gd = await orgByAlias(t, 'Sở Giáo dục và Đào tạo');
    expect((await call(t, office, 'GET', '/api/settings')).body.deadlineReading).toBe('strict');
    expect(
      (await call(t, admin, 'PUT', '/api/settings', { deadlineReading: 'inclusive' })).status,
    ).toBe(200);
    const task = await call(t, office, 'POST', '/api/tasks', {
      title: 'C',
      ownerOrgId: gd,
      deadlineText: 'trước ngày 10/12/2026',
    });
    expect(task.body).toMatchObject({
      dueDate: '2026-12-10',
      dueDateStrict: '2026-12-09',
      dueDateInclusive: '2026-12-10',
    });
    expect((await call(t, admin, 'PUT', '/api/settings', { dueSoonDays: -1 })).status).toBe(400);
  });

  it('lists the audit log for admins only, newest first, with a chain that verifies', async () => {
    const log = await call(t, admin, 'GET', '/api/audit?limit=5');
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(5);
    expect(log.body.items[0].seq).toBeGreaterThan(log.body.items[4].seq);
    expect(log.body.items.some((e: any) => e.action === 'setting.set')).toBe(true);
    expect((await call(t, office, 'GET', '/api/audit')).status).toBe(403);
    expect((await call(t, admin, 'GET', '/api/audit/verify')).body).toMatchObject({
      ok: true,
      brokenAt: null,
    });
  });
});
