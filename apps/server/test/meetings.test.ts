/**
 * Meetings, attendance, items and the dossier that carries a draft ("trình lại") to a later
 * meeting, with per-role access, on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgByAlias, type TestUser } from './helpers/factories.ts';

describeEachEngine('meetings and dossiers', (engine) => {
  let t: TestApp;
  let office: TestUser;
  let presenter: TestUser;
  let stranger: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    presenter = await makeUser(t, 'agency', 'Sở Y tế');
    stranger = await makeUser(t, 'agency', 'Sở Tư pháp');
    viewer = await makeUser(t, 'viewer');
  });
  afterAll(async () => t?.close());

  it('carries an item that must come back to a later meeting through its dossier', async () => {
    const yt = await orgByAlias(t, 'Sở Y tế');
    const m1 = (
      await call(t, office, 'POST', '/api/meetings', {
        title: 'Phiên họp tháng 7/2021',
        meetingDate: '2021-07-20',
        chairName: 'Hồ Tiến Thiệu',
        attendees: [
          { orgId: yt, role: 'presenter' },
          { personName: 'Đồng chí Phó Chủ tịch', role: 'attendee' },
        ],
      })
    ).body;
    expect(m1.attendees).toHaveLength(2);
    const first = await call(t, office, 'POST', `/api/meetings/${m1.id}/items`, {
      title: 'Đề án phát triển y tế cơ sở',
      presenterOrgId: yt,
      verdict: 'resubmit',
      nextForum: 'Phiên họp UBND tỉnh tháng 8',
      revisionPoints: ['Bổ sung nguồn lực thực hiện'],
    });
    expect(first.status).toBe(201);
    expect(first.body.revisionPoints).toHaveLength(1);
    const m2 = (
      await call(t, office, 'POST', '/api/meetings', {
        title: 'Phiên họp tháng 8/2021',
        meetingDate: '2021-08-25',
      })
    ).body;
    const again = await call(t, office, 'POST', `/api/meetings/${m2.id}/items`, {
      title: 'Đề án phát triển y tế cơ sở (trình lại)',
      presenterOrgId: yt,
      carriedFromItemId: first.body.id,
      verdict: 'agreed',
    });
    expect(again.status).toBe(201);
    expect(again.body.dossierId).toBeTruthy();
    const dossier = (await call(t, office, 'GET', `/api/dossiers/${again.body.dossierId}`)).body;
    expect(dossier.path.map((p: any) => [p.meetingDate, p.verdict])).toEqual([
      ['2021-07-20', 'resubmit'],
      ['2021-08-25', 'agreed'],
    ]);
    expect((await call(t, presenter, 'GET', `/api/dossiers/${again.body.dossierId}`)).status).toBe(
      200,
    );
    expect((await call(t, stranger, 'GET', `/api/dossiers/${again.body.dossierId}`)).status).toBe(
      404,
    );
  });

  it('shows an agency only the meetings that concern it; only the Office writes', async () => {
    const list = async (u: TestUser) =>
      (await call(t, u, 'GET', '/api/meetings')).body.items.map((m: any) => m.title);
    expect(await list(office)).toHaveLength(2);
    expect(await list(viewer)).toHaveLength(2);
    expect(await list(presenter)).toHaveLength(2);
    expect(await list(stranger)).toEqual([]);
    const m = (await call(t, office, 'GET', '/api/meetings')).body.items[0];
    expect((await call(t, stranger, 'GET', `/api/meetings/${m.id}`)).status).toBe(404);
    expect(
      (
        await call(t, stranger, 'PATCH', `/api/meetings/${m.id}`, {
          version: m.version,
          title: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t, presenter, 'PATCH', `/api/meetings/${m.id}`, {
          version: m.version,
          title: 'x',
        })
      ).status,
    ).toBe(403);
    expect((await call(t, viewer, 'POST', '/api/meetings', { title: 'x' })).status).toBe(403);
    const edited = await call(t, office, 'PATCH', `/api/meetings/${m.id}`, {
      version: m.version,
      location: 'Phòng họp số 1',
    });
    expect(edited.status).toBe(200);
    const stale = await call(t, office, 'PATCH', `/api/meetings/${m.id}`, {
      version: m.version,
      location: 'Phòng họp số 2',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.location).toBe('Phòng họp số 1');
  });

  it('validates input with Vietnamese messages', async () => {
    const r = await call(t, office, 'POST', '/api/meetings', {
      title: '',
      meetingDate: '2021-02-30',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    const bad = await call(t, office, 'POST', '/api/meetings', {
      title: 'x',
      bodyOrgId: '00000000-0000-7000-8000-000000000000',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('unknown_org');
  });
});
