/**
 * The public pages and the Atom feed, on both engines: only issued announcements the Office
 * made public appear; drafts, approved-but-not-issued and non-public ones are 404; user text
 * is escaped; task progress shows only when chosen.
 */
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { SEED_ITEMS } from './fixtures/seed-346.ts';
import {
  approvedDraft,
  type Cast,
  composeSigned,
  enterSeedMeeting,
  makeCast,
} from './helpers/announcements.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call } from './helpers/factories.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

describeEachEngine('public announcements', (engine) => {
  let t: TestApp;
  let cast: Cast;
  const ids: Record<'draft' | 'approved' | 'hidden' | 'published' | 'progress', string> =
    {} as never;
  const clock = fixedClock('2021-06-27T02:00:00Z');

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const issue = async (id: string, body: object = {}) => {
    const r = await call(t, cast.office, 'POST', `/api/announcements/${id}/issue`, body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_SESSION_HOURS: '2160' }, { clock });
    cast = await makeCast(t);
    const meetingId = await enterSeedMeeting(t, cast.office, SEED_ITEMS.slice(0, 2));
    ids.draft = (await composeSigned(t, cast.office, meetingId, { isPublic: true })).id;
    ids.approved = (await approvedDraft(t, cast, meetingId, { isPublic: true })).id;
    ids.hidden = (await issue((await approvedDraft(t, cast, meetingId)).id)).id;
    ids.published = (
      await issue(
        (
          await approvedDraft(t, cast, meetingId, {
            summary: 'Kết luận <script>alert("x")</script> & "họp"',
          })
        ).id,
        { isPublic: true },
      )
    ).id;
    ids.progress = (
      await issue(
        (
          await approvedDraft(t, cast, meetingId, { isPublic: true, showProgress: true })
        ).id,
      )
    ).id;
  });
  afterAll(async () => t?.close());

  it('lists only issued public announcements, without login', async () => {
    const res = await get('/public/announcements');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    for (const id of [ids.published, ids.progress])
      expect(res.body).toContain(`/public/announcements/${id}`);
    for (const id of [ids.draft, ids.approved, ids.hidden]) expect(res.body).not.toContain(id);
    expect(res.body).toContain('Thông báo số 02/TB-UBND');
  });

  it('answers 404 for drafts, approved-but-not-issued, non-public and unknown announcements', async () => {
    for (const id of [ids.draft, ids.approved, ids.hidden, 'no-such-id']) {
      const res = await get(`/public/announcements/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.body).not.toContain('Kết luận phiên họp');
    }
  });

  it('shows the text of a published announcement with every user string escaped', async () => {
    const res = await get(`/public/announcements/${ids.published}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'Kết luận &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;họp&quot;',
    );
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('Số: 02/TB-UBND');
    expect(res.body).toContain(
      'Ngày 23/6/2021, UBND tỉnh đã tổ chức phiên họp tháng 6 năm 2021 (kỳ 3).',
    );
    expect(res.body).toContain('<em>Sở Giáo dục và Đào tạo trình</em>');
    expect(res.body).not.toContain('Tình hình thực hiện nhiệm vụ');
  });

  it('shows the progress of the tasks when the Office chose to', async () => {
    const res = await get(`/public/announcements/${ids.progress}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tình hình thực hiện nhiệm vụ');
  });

  it('serves a well-formed Atom feed of the published announcements only', async () => {
    const res = await get('/public/announcements.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    const problems: string[] = [];
    const doc = new DOMParser({
      errorHandler: {
        warning: (m) => problems.push(m),
        error: (m) => problems.push(m),
        fatalError: (m) => problems.push(m),
      },
    }).parseFromString(res.body, 'application/xml');
    expect(problems).toEqual([]);
    const feed = doc.documentElement!;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    const child = (el: Element, name: string) =>
      el.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null;
    for (const name of ['id', 'title', 'updated']) expect(child(feed, name)).toBeTruthy();
    expect(child(feed.getElementsByTagNameNS(ATOM, 'author')[0]!, 'name')).toBe(
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    );
    const entries = Array.from(feed.getElementsByTagNameNS(ATOM, 'entry'));
    expect(entries.map((e) => child(e, 'id'))).toEqual(
      expect.arrayContaining([`urn:uuid:${ids.published}`, `urn:uuid:${ids.progress}`]),
    );
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(child(e, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(e.getElementsByTagNameNS(ATOM, 'link')[0]!.getAttribute('href')).toMatch(
        /^http:\/\/localhost(:\d+)?\/public\/announcements\//,
      );
    }
    expect(res.body).not.toContain('<script>');
  });

  it('an announcement taken off publication disappears from the pages and the feed', async () => {
    const a = (await call(t, cast.office, 'GET', `/api/announcements/${ids.progress}`)).body;
    expect(
      (
        await call(t, cast.leader, 'PUT', `/api/announcements/${a.id}/publication`, {
          version: a.version,
          isPublic: false,
        })
      ).status,
    ).toBe(403);
    const r = await call(t, cast.office, 'PUT', `/api/announcements/${a.id}/publication`, {
      version: a.version,
      isPublic: false,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.contentHash).toBe(a.contentHash);
    expect((await get(`/public/announcements/${a.id}`)).statusCode).toBe(404);
    expect((await get('/public/announcements.atom')).body).not.toContain(a.id);
  });
});
