/**
 * The world of the authorisation matrix: one user of each role, two agencies (the owner of
 * every fixture, and another one concerned by nothing), and the records the routes act on —
 * a meeting with an item and a task of the owner, its issued announcement, a dossier, an
 * attachment, an import, and a public announcement. `fresh*` make new records for the routes
 * that change state, so each principal meets the same starting point.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { DEMO_FILE } from '../../src/modules/imports/demo.ts';
import { ADMIN_PASSWORD, type TestApp } from './app.ts';
import { call, makeUser, orgByAlias, PASSWORD, type TestUser } from './factories.ts';

export const OWNER_ORG = 'Sở Giáo dục và Đào tạo';
export const OTHER_ORG = 'Sở Y tế';

/** Who calls: nobody, the five roles, and two agencies (one concerned, one not). */
export const PRINCIPALS = [
  'anon',
  'admin',
  'office',
  'leader',
  'viewer',
  'owner',
  'other',
] as const;
export type Principal = (typeof PRINCIPALS)[number];

/** The smallest valid PNG: an attachment accepted by its magic bytes. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

export interface World {
  t: TestApp;
  users: Record<Exclude<Principal, 'anon'>, TestUser>;
  ownerOrgId: string;
  otherOrgId: string;
  meetingId: string;
  itemId: string;
  taskId: string;
  dossierId: string;
  announcementId: string;
  publicAnnouncementId: string;
  importId: string;
  fileSha: string;
  /** Ids only the owner agency (and staff) may see: they must never reach `other`. */
  privateIds: string[];
  freshMeeting(): Promise<{ meetingId: string; itemId: string; taskId: string }>;
  freshTask(): Promise<{ id: string; version: number }>;
  freshDraft(): Promise<{ id: string; version: number }>;
  freshApproved(): Promise<{ id: string; version: number }>;
  freshIssued(extra?: object): Promise<{ id: string; version: number }>;
  freshImport(): Promise<{ id: string; version: number; draft: unknown }>;
  /** Signs a principal in again (after a route ended or rotated its session). */
  relogin(who: Exclude<Principal, 'anon'>): Promise<void>;
}

/** A request as `who`: JSON by default. */
export async function as(
  w: World,
  who: Principal,
  method: string,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const user = who === 'anon' ? null : w.users[who];
  const res = await w.t.app.inject({
    method: method as 'GET',
    url,
    headers: { ...(user ? { cookie: user.cookie } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
  return res;
}

/** A multipart/form-data body with one file field. */
export function multipart(bytes: Buffer, filename: string, field = 'file') {
  const boundary = `----ketluan${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const SEED = readFileSync(DEMO_FILE, 'utf8');
let seedNumber = 1000;
/** The seed announcement under a new number, so that each import can be committed. */
export const seedText = () => SEED.replace('Số: 346 /TB-UBND', `Số: ${++seedNumber}/TB-UBND`);

const ok = (r: { status: number; body: unknown }, status = 200) =>
  expect(r.status, JSON.stringify(r.body)).toBe(status);

/** Builds the world on a fresh test app. */
export async function buildWorld(t: TestApp): Promise<World> {
  const users = {
    admin: {
      username: 'admin',
      role: 'admin',
      orgId: null,
      cookie: await t.login('admin', ADMIN_PASSWORD),
    },
    office: await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh'),
    leader: await makeUser(t, 'leader'),
    viewer: await makeUser(t, 'viewer'),
    owner: await makeUser(t, 'agency', OWNER_ORG),
    other: await makeUser(t, 'agency', OTHER_ORG),
  } satisfies World['users'];
  const ownerOrgId = await orgByAlias(t, OWNER_ORG);
  const otherOrgId = await orgByAlias(t, OTHER_ORG);
  const office = users.office;

  async function freshMeeting() {
    const m = await call(t, office, 'POST', '/api/meetings', {
      title: 'Phiên họp thử quyền truy cập',
      meetingDate: '2021-06-23',
      chairName: 'Hồ Tiến Thiệu',
      chairTitle: 'Chủ tịch UBND tỉnh',
    });
    ok(m, 201);
    const item = await call(t, office, 'POST', `/api/meetings/${m.body.id}/items`, {
      title: 'Dự thảo Nghị quyết về học phí',
      presenterOrgId: ownerOrgId,
      verdict: 'basically_agreed',
    });
    ok(item, 201);
    const task = await call(t, office, 'POST', '/api/tasks', {
      title: 'Hoàn thiện dự thảo Nghị quyết',
      itemId: item.body.id,
      ownerOrgId,
      dueDate: '2099-12-31',
    });
    ok(task, 201);
    return { meetingId: m.body.id, itemId: item.body.id, taskId: task.body.id };
  }
  async function freshTask() {
    const r = await call(t, office, 'POST', '/api/tasks', {
      title: 'Nhiệm vụ thử',
      ownerOrgId,
      dueDate: '2099-12-31',
    });
    ok(r, 201);
    return { id: r.body.id, version: r.body.version };
  }
  async function freshDraft() {
    const { meetingId } = await freshMeeting();
    const r = await call(t, office, 'POST', `/api/meetings/${meetingId}/announcements`, {
      signerName: 'Phạm Hùng Trường',
    });
    ok(r, 201);
    return { id: r.body.id, version: r.body.version };
  }
  async function freshApproved() {
    const d = await freshDraft();
    const r = await call(t, users.leader, 'POST', `/api/announcements/${d.id}/approve`, {});
    ok(r);
    return { id: r.body.id, version: r.body.version };
  }
  async function freshIssued(extra: object = {}) {
    const a = await freshApproved();
    const r = await call(t, office, 'POST', `/api/announcements/${a.id}/issue`, extra);
    ok(r);
    return { id: r.body.id, version: r.body.version };
  }
  async function freshImport() {
    const r = await call(t, office, 'POST', '/api/imports', { text: seedText(), name: 'thu.txt' });
    ok(r, 201);
    return { id: r.body.id, version: r.body.version, draft: r.body.draft };
  }

  // The shared records: a meeting whose announcement is issued, so its task is active.
  const base = await freshMeeting();
  const compose = await call(t, office, 'POST', `/api/meetings/${base.meetingId}/announcements`, {
    signerName: 'Phạm Hùng Trường',
  });
  ok(compose, 201);
  ok(await call(t, users.leader, 'POST', `/api/announcements/${compose.body.id}/approve`, {}));
  ok(await call(t, office, 'POST', `/api/announcements/${compose.body.id}/issue`, {}));
  const later = await call(t, office, 'POST', '/api/meetings', { title: 'Phiên họp sau' });
  ok(later, 201);
  const carried = await call(t, office, 'POST', `/api/meetings/${later.body.id}/items`, {
    title: 'Dự thảo Nghị quyết về học phí (trình lại)',
    carriedFromItemId: base.itemId,
  });
  ok(carried, 201);
  const upload = multipart(PNG, 'anh.png');
  const stored = await t.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { cookie: users.owner.cookie, ...upload.headers },
    payload: upload.payload,
  });
  expect(stored.statusCode, stored.body).toBe(201);
  const fileSha = stored.json().sha256 as string;
  const task = await call(t, office, 'GET', `/api/tasks/${base.taskId}`);
  ok(
    await call(t, users.owner, 'POST', `/api/tasks/${base.taskId}/events`, {
      type: 'progress',
      version: task.body.version,
      note: 'Đang hoàn thiện',
      files: [{ sha256: fileSha, name: 'anh.png' }],
    }),
  );
  const publicOne = await freshIssued({ isPublic: true });
  const imported = await freshImport();

  const world: World = {
    t,
    users,
    ownerOrgId,
    otherOrgId,
    meetingId: base.meetingId,
    itemId: base.itemId,
    taskId: base.taskId,
    dossierId: carried.body.dossierId,
    announcementId: compose.body.id,
    publicAnnouncementId: publicOne.id,
    importId: imported.id,
    fileSha,
    privateIds: [base.meetingId, base.itemId, base.taskId, compose.body.id, fileSha],
    freshMeeting,
    freshTask,
    freshDraft,
    freshApproved,
    freshIssued,
    freshImport,
    async relogin(who) {
      const u = users[who];
      u.cookie = await t.login(u.username, who === 'admin' ? ADMIN_PASSWORD : PASSWORD);
    },
  };
  expect(world.dossierId).toBeTruthy();
  return world;
}
