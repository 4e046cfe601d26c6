/**
 * Reminder failures and the scheduler: an unreachable SMTP server leaves each reminder
 * recorded as failed with its error (the in-app notice stays), retried at most three times;
 * the scheduler never overlaps its runs and stops cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { startReminderScheduler } from '../src/modules/notify/scheduler.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias } from './helpers/factories.ts';

describeEachEngine('reminder e-mail failures', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-06-21T03:00:00Z');

  beforeAll(async () => {
    // Nothing listens on port 9 of the loopback: every e-mail fails.
    t = await createTestApp(engine, { KETLUAN_SMTP_URL: 'smtp://127.0.0.1:9' }, { clock });
    const office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    await makeUser(t, 'agency', 'Sở Y tế');
    const r = await call(t, office, 'POST', '/api/tasks', {
      title: 'Báo cáo công tác phòng chống dịch',
      ownerOrgId: await orgByAlias(t, 'Sở Y tế'),
      dueDate: '2021-06-21',
    });
    expect(r.status).toBe(201);
  });
  afterAll(async () => t?.close());

  it('records the error, keeps the in-app notice, and retries at most three times', async () => {
    const first = await t.ctx.services.notify.runDue();
    expect(first.failed).toBe(2); // due today + digest
    const rows = () =>
      t.ctx.db.kysely.selectFrom('reminders').selectAll().orderBy('kind').execute();
    for (const r of await rows()) {
      expect(r.status).toBe('failed');
      expect(r.error).toMatch(/ECONNREFUSED|connect/i);
      expect(r.attempts).toBe(1);
    }
    expect(await t.ctx.db.kysely.selectFrom('notifications').selectAll().execute()).toHaveLength(2);
    await t.ctx.services.notify.runDue();
    await t.ctx.services.notify.runDue();
    const fourth = await t.ctx.services.notify.runDue();
    expect(fourth.failed).toBe(0);
    expect((await rows()).map((r) => r.attempts)).toEqual([3, 3]);
    expect(await t.ctx.db.kysely.selectFrom('notifications').selectAll().execute()).toHaveLength(2);
  });
});

describe('reminder scheduler', () => {
  it('is not started by the test app', async () => {
    let runs = 0;
    const s = startReminderScheduler({
      notify: {
        runDue: async () => {
          runs++;
          return { claimed: 0, failed: 0 };
        },
      } as never,
      settings: { get: async () => 7 } as never,
      clock: fixedClock('2021-06-21T03:00:00Z'),
      log: { info() {}, warn() {}, error() {} },
      intervalMs: 60_000,
      firstRunMs: 60_000,
    });
    await Promise.all([s.tick(), s.tick()]);
    expect(runs).toBe(1); // runs never overlap
    await s.stop();
    await s.tick();
    expect(runs).toBe(1);
  });
});
