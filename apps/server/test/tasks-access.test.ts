/**
 * Role × action matrix on both engines: who may read and act on a task, and 404 — never a
 * hint — for an agency that neither owns nor coordinates it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, orgId, type TestUser } from './helpers/factories.ts';

const OWNER = 'Sở Giáo dục và Đào tạo';
const COORD = 'Sở Tài chính';
const OTHER = 'Sở Y tế';

type Who = 'admin' | 'office' | 'leader' | 'viewer' | 'owner' | 'coord' | 'other';
const EVERYONE: Who[] = ['admin', 'office', 'leader', 'viewer', 'owner', 'coord', 'other'];

/** Expected status per role for each action; anything not listed is 403. */
const MATRIX: Record<string, Partial<Record<Who, number>>> = {
  read: { admin: 200, office: 200, leader: 200, viewer: 200, owner: 200, coord: 200, other: 404 },
  events: { admin: 200, office: 200, leader: 200, viewer: 200, owner: 200, coord: 200, other: 404 },
  patch: { admin: 200, office: 200, other: 404 },
  progress: { admin: 200, office: 200, owner: 200, other: 404 },
  report: { admin: 200, office: 200, owner: 200, other: 404 },
  extension_request: { admin: 200, office: 200, owner: 200, other: 404 },
  accept: { admin: 200, office: 200, other: 404 },
  return: { admin: 200, office: 200, other: 404 },
  extension_decision: { admin: 200, office: 200, leader: 200, other: 404 },
  cancel: { admin: 200, office: 200, other: 404 },
  reassign: { admin: 200, office: 200, other: 404 },
};

describeEachEngine('task access matrix', (engine) => {
  let t: TestApp;
  const users = {} as Record<Who, TestUser>;
  let ids: { owner: string; coord: string; other: string };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ids = {
      owner: await orgId(t, OWNER),
      coord: await orgId(t, COORD),
      other: await orgId(t, OTHER),
    };
    users.admin = {
      username: 'admin',
      role: 'admin',
      orgId: null,
      cookie: await t.login('admin', 'admin-secret-1'),
    };
    users.office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
    users.leader = await makeUser(t, 'leader');
    users.viewer = await makeUser(t, 'viewer');
    users.owner = await makeUser(t, 'agency', OWNER);
    users.coord = await makeUser(t, 'agency', COORD);
    users.other = await makeUser(t, 'agency', OTHER);
  });
  afterAll(async () => t?.close());

  /** A new task, brought by the office into the state an action needs. */
  async function taskReadyFor(action: string) {
    const created = await call(t, users.office, 'POST', '/api/tasks', {
      title: `Nhiệm vụ thử ${action}`,
      ownerOrgId: ids.owner,
      coordinatorOrgIds: [ids.coord],
      dueDate: '2099-12-31',
    });
    expect(created.status).toBe(201);
    let task = created.body;
    const step = async (body: object) => {
      const r = await call(t, users.office, 'POST', `/api/tasks/${task.id}/events`, {
        version: task.version,
        ...body,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      task = r.body;
    };
    if (action === 'accept' || action === 'return') await step({ type: 'report', note: 'Đã xong' });
    if (action === 'extension_decision')
      await step({
        type: 'extension_request',
        requestedDate: '2100-01-31',
        reason: 'Cần thêm thời gian',
      });
    return task;
  }

  function bodyFor(action: string): object {
    switch (action) {
      case 'progress':
        return { type: 'progress', note: 'Đang triển khai' };
      case 'report':
        return { type: 'report', note: 'Hoàn thành', documentNumber: '123/SGDĐT-KHTC' };
      case 'extension_request':
        return { type: 'extension_request', requestedDate: '2100-02-01', reason: 'Chờ ý kiến bộ' };
      case 'accept':
        return { type: 'accept' };
      case 'return':
        return { type: 'return', reason: 'Chưa đủ nội dung' };
      case 'extension_decision':
        return { type: 'extension_decision', approved: true };
      case 'cancel':
        return { type: 'cancel', reason: 'Không còn cần thiết' };
      case 'reassign':
        return { type: 'reassign', ownerOrgId: ids.other, reason: 'Đúng chức năng' };
      default:
        throw new Error(action);
    }
  }

  for (const [action, expected] of Object.entries(MATRIX)) {
    it(`${action}: ${EVERYONE.map((w) => `${w}→${expected[w] ?? 403}`).join(', ')}`, async () => {
      for (const who of EVERYONE) {
        const task = await taskReadyFor(action);
        let res: { status: number; body: any };
        if (action === 'read') res = await call(t, users[who], 'GET', `/api/tasks/${task.id}`);
        else if (action === 'events')
          res = await call(t, users[who], 'GET', `/api/tasks/${task.id}/events`);
        else if (action === 'patch')
          res = await call(t, users[who], 'PATCH', `/api/tasks/${task.id}`, {
            version: task.version,
            title: 'Sửa',
          });
        else
          res = await call(t, users[who], 'POST', `/api/tasks/${task.id}/events`, {
            version: task.version,
            ...bodyFor(action),
          });
        expect(res.status, `${action} as ${who}: ${JSON.stringify(res.body)}`).toBe(
          expected[who] ?? 403,
        );
        if (res.status === 404) expect(res.body.error.code).toBe('not_found');
      }
    });
  }

  it('creating a task is for office and admin only', async () => {
    for (const who of EVERYONE) {
      const res = await call(t, users[who], 'POST', '/api/tasks', {
        title: 'X',
        ownerOrgId: ids.owner,
      });
      expect(res.status, who).toBe(who === 'admin' || who === 'office' ? 201 : 403);
    }
  });

  it('an unknown task is 404 for everyone, and a request without a session is 401', async () => {
    for (const who of EVERYONE) {
      expect(
        (await call(t, users[who], 'GET', '/api/tasks/00000000-0000-7000-8000-000000000000'))
          .status,
      ).toBe(404);
    }
    expect((await call(t, null, 'GET', '/api/tasks')).status).toBe(401);
  });

  it('lists only what an agency owns or coordinates', async () => {
    const own = await call(t, users.owner, 'GET', '/api/tasks?limit=200');
    const coord = await call(t, users.coord, 'GET', '/api/tasks?limit=200');
    const other = await call(t, users.other, 'GET', '/api/tasks?limit=200');
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(
      own.body.items.every(
        (x: any) => x.ownerOrgId === ids.owner || x.coordinatorOrgIds.includes(ids.owner),
      ),
    ).toBe(true);
    expect(
      coord.body.items.every(
        (x: any) => x.ownerOrgId === ids.coord || x.coordinatorOrgIds.includes(ids.coord),
      ),
    ).toBe(true);
    expect(coord.body.items.length).toBeGreaterThan(0);
    // Sở Y tế only sees the tasks reassigned to it by the matrix above.
    expect(other.body.items.every((x: any) => x.ownerOrgId === ids.other)).toBe(true);
    const all = await call(t, users.office, 'GET', '/api/tasks?limit=200');
    expect(all.body.items.length).toBeGreaterThan(own.body.items.length);
  });
});
