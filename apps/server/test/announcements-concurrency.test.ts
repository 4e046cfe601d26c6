/**
 * Numbering under concurrency, on both engines: 20 approved drafts of one register issued at
 * once get 20 distinct, consecutive numbers; one draft issued twice at once is issued once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { SEED_ITEMS } from './fixtures/seed-346.ts';
import { approvedDraft, type Cast, enterSeedMeeting, makeCast } from './helpers/announcements.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';

describeEachEngine('announcement numbers under concurrency', (engine) => {
  let t: TestApp;
  let cast: Cast;
  let meetingId: string;
  const clock = fixedClock('2021-06-27T02:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_SESSION_HOURS: '2160' }, { clock });
    cast = await makeCast(t);
    meetingId = await enterSeedMeeting(t, cast.office, SEED_ITEMS.slice(0, 1));
  });
  afterAll(async () => t?.close());

  const issue = (id: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/announcements/${id}/issue`,
      headers: { cookie: cast.office.cookie },
      payload: {},
    });

  it('20 concurrent issues in one register give 20 distinct consecutive numbers', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) drafts.push(await approvedDraft(t, cast, meetingId));
    const responses = await Promise.all(drafts.map((d) => issue(d.id)));
    for (const r of responses) expect(r.statusCode, r.body).toBe(200);
    const numbers = responses.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(responses.map((r) => r.json().numberSymbol)).size).toBe(20);
    const register = await t.ctx.db.kysely.selectFrom('registers').selectAll().execute();
    expect(register).toMatchObject([{ symbol: 'TB-UBND', year: 2021, last_number: 20 }]);
  });

  it('one draft issued twice at once is issued once, the other request gets 409', async () => {
    const d = await approvedDraft(t, cast, meetingId);
    const [a, b] = await Promise.all([issue(d.id), issue(d.id)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const row = await t.ctx.db.kysely
      .selectFrom('registers')
      .select('last_number')
      .executeTakeFirstOrThrow();
    expect(row.last_number).toBe(21);
  });
});
