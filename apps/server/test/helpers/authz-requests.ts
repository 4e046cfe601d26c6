/**
 * How to call each route of the authorisation matrix (authz-table.ts): path parameters come
 * from the world's fixtures; routes that change state get fresh records for every call, so
 * each principal meets the same starting point.
 */
import ExcelJS from 'exceljs';
import { HEADER_ROW, SHEET_NAME, writeBulkSheet } from '../../src/modules/bulk/bulk.sheet.ts';
import { multipart, OWNER_ORG, PNG, type Principal, seedText, type World } from './authz-world.ts';
import { call, orgByAlias } from './factories.ts';

export interface Req {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

type Build = (w: World, who: Principal) => Req | Promise<Req>;

const get =
  (url: (w: World) => string): Build =>
  (w) => ({ url: url(w) });
let unique = 0;
const next = () => ++unique;

/** Org ids not used by any fixture, for the one lineage change each admin call makes. */
async function spareOrg(w: World): Promise<string> {
  const used = [w.ownerOrgId, w.otherOrgId, ...Object.values(w.users).map((u) => u.orgId)];
  const rows = await w.t.ctx.db.kysely
    .selectFrom('orgs')
    .select('id')
    .where('kind', '=', 'department')
    .where('valid_to', 'is', null)
    .where(
      'id',
      'not in',
      used.filter((x): x is string => Boolean(x)),
    )
    .orderBy('code')
    .execute();
  const pick = rows[next() % rows.length];
  if (!pick) throw new Error('no spare org');
  return pick.id;
}

/** A fresh task of a third org that the owner agency coordinates. */
async function coordinatedTask(w: World): Promise<string> {
  const r = await call(w.t, w.users.office, 'POST', '/api/tasks', {
    title: 'Nhiệm vụ có phối hợp',
    ownerOrgId: await orgByAlias(w.t, 'Sở Tài chính'),
    coordinatorOrgIds: [w.ownerOrgId],
    dueDate: '2099-12-31',
  });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body.id;
}

/** A fresh unread notification of the owner agency's user; returns its id. */
async function ownerNotification(w: World): Promise<string> {
  const db = w.t.ctx.db.kysely;
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', w.users.owner.username)
    .executeTakeFirstOrThrow();
  const id = `n-${next()}-${Date.now()}`;
  await db
    .insertInto('notifications')
    .values({
      id,
      user_id: user.id,
      kind: 'due_soon',
      task_id: w.taskId,
      title: 'Sắp đến hạn',
      body: 'Nhiệm vụ sắp đến hạn',
      link: null,
      created_at: new Date().toISOString(),
    } as never)
    .execute();
  return id;
}

/** A new calendar address of the owner's org (made by the Office); returns its URL path. */
async function calendarPath(w: World): Promise<string> {
  const r = await call(w.t, w.users.office, 'POST', `/api/orgs/${w.ownerOrgId}/calendar-token`);
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return new URL(r.body.url).pathname;
}

/** A filled-in bulk sheet for a fresh task of the owner, as a multipart upload to `url`. */
async function sheetUpload(w: World, url: string): Promise<Req> {
  const task = await w.freshTask();
  const bytes = await writeBulkSheet(
    [
      {
        id: task.id,
        version: task.version,
        title: 'Nhiệm vụ thử',
        ownerName: OWNER_ORG,
        dueDate: '2099-12-31',
        status: 'assigned',
      },
    ],
    new Date(),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  wb
    .getWorksheet(SHEET_NAME)!
    .getRow(HEADER_ROW + 1)
    .getCell(7).value = 30;
  const m = multipart(Buffer.from(await wb.xlsx.writeBuffer()), 'tien-do.xlsx');
  return { url, payload: m.payload, headers: m.headers };
}

export const REQUESTS: Record<string, Build> = {
  'GET /healthz': get(() => '/healthz'),
  'POST /api/auth/login': () => ({
    url: '/api/auth/login',
    payload: { username: 'admin', password: 'admin-secret-1' },
  }),
  'POST /api/auth/logout': () => ({ url: '/api/auth/logout' }),
  'GET /api/auth/me': get(() => '/api/auth/me'),
  'PATCH /api/auth/me': () => ({ url: '/api/auth/me', payload: { digestOnly: true } }),
  'POST /api/users': () => ({
    url: '/api/users',
    payload: {
      username: `authz${next()}`,
      password: 'password-123',
      name: 'Người thử',
      role: 'viewer',
    },
  }),
  'GET /api/users': get(() => '/api/users'),
  'GET /api/orgs': get(() => '/api/orgs?q=so'),
  'GET /api/orgs/{id}': get((w) => `/api/orgs/${w.ownerOrgId}`),
  'POST /api/orgs/lineage': async (w) => ({
    url: '/api/orgs/lineage',
    payload: {
      kind: 'rename',
      fromOrgIds: [await spareOrg(w)],
      newOrg: { name: `Sở Thử Nghiệm ${next()}`, kind: 'department' },
      effectiveDate: '2025-01-01',
    },
  }),
  'GET /api/holidays/{year}': get(() => '/api/holidays/2025'),
  'PUT /api/holidays/{year}': () => ({
    url: '/api/holidays/2031',
    payload: { offDays: [], workDays: [] },
  }),
  'GET /api/settings': get(() => '/api/settings'),
  'PUT /api/settings': () => ({ url: '/api/settings', payload: { dueSoonDays: 3 } }),
  'GET /api/audit': get(() => '/api/audit?limit=5'),
  'GET /api/audit/verify': get(() => '/api/audit/verify'),
  'POST /api/tasks': (w) => ({
    url: '/api/tasks',
    payload: { title: 'Nhiệm vụ mới', ownerOrgId: w.ownerOrgId },
  }),
  'GET /api/tasks': get(() => '/api/tasks?limit=200'),
  'GET /api/tasks/{id}': get((w) => `/api/tasks/${w.taskId}`),
  'PATCH /api/tasks/{id}': async (w) => {
    const x = await w.freshTask();
    return { url: `/api/tasks/${x.id}`, payload: { version: x.version, title: 'Sửa' } };
  },
  'GET /api/tasks/{id}/events': get((w) => `/api/tasks/${w.taskId}/events`),
  'POST /api/tasks/{id}/events': async (w) => {
    const x = await w.freshTask();
    return {
      url: `/api/tasks/${x.id}/events`,
      payload: { type: 'progress', version: x.version, note: 'Đang làm' },
    };
  },
  'POST /api/meetings': () => ({ url: '/api/meetings', payload: { title: 'Họp mới' } }),
  'GET /api/meetings': get(() => '/api/meetings?limit=100'),
  'GET /api/meetings/{id}': get((w) => `/api/meetings/${w.meetingId}`),
  'PATCH /api/meetings/{id}': async (w) => ({
    url: `/api/meetings/${(await w.freshMeeting()).meetingId}`,
    payload: { version: 1, location: 'Hội trường' },
  }),
  'POST /api/meetings/{id}/items': (w) => ({
    url: `/api/meetings/${w.meetingId}/items`,
    payload: { title: 'Nội dung thêm' },
  }),
  'PATCH /api/items/{id}': async (w) => ({
    url: `/api/items/${(await w.freshMeeting()).itemId}`,
    payload: { version: 1, nextForum: 'HĐND tỉnh' },
  }),
  'GET /api/dossiers/{id}': get((w) => `/api/dossiers/${w.dossierId}`),
  'GET /api/reports/agencies': get(() => '/api/reports/agencies'),
  'POST /api/meetings/{id}/announcements': async (w) => ({
    url: `/api/meetings/${(await w.freshMeeting()).meetingId}/announcements`,
    payload: {},
  }),
  'GET /api/announcements': get(() => '/api/announcements?limit=100'),
  'GET /api/announcements/{id}': get((w) => `/api/announcements/${w.announcementId}`),
  'PATCH /api/announcements/{id}': async (w) => {
    const d = await w.freshDraft();
    return {
      url: `/api/announcements/${d.id}`,
      payload: { version: d.version, place: 'Lạng Sơn' },
    };
  },
  'GET /api/announcements/{id}/versions': get(
    (w) => `/api/announcements/${w.announcementId}/versions`,
  ),
  'POST /api/announcements/{id}/approve': async (w) => ({
    url: `/api/announcements/${(await w.freshDraft()).id}/approve`,
    payload: {},
  }),
  'POST /api/announcements/{id}/issue': async (w) => ({
    url: `/api/announcements/${(await w.freshApproved()).id}/issue`,
    payload: {},
  }),
  'PUT /api/announcements/{id}/publication': async (w) => {
    const a = await w.freshIssued();
    return {
      url: `/api/announcements/${a.id}/publication`,
      payload: { version: a.version, isPublic: true },
    };
  },
  'POST /api/announcements/{id}/corrections': (w) => ({
    url: `/api/announcements/${w.announcementId}/corrections`,
  }),
  'GET /api/announcements/{id}/docx': get((w) => `/api/announcements/${w.announcementId}/docx`),
  'GET /api/announcements/{id}/pdf': get((w) => `/api/announcements/${w.announcementId}/pdf`),
  'GET /api/meetings/{id}/record.pdf': get((w) => `/api/meetings/${w.meetingId}/record.pdf`),
  'GET /public/announcements': get(() => '/public/announcements'),
  'GET /public/announcements.atom': get(() => '/public/announcements.atom'),
  'GET /public/announcements/{id}': get((w) => `/public/announcements/${w.publicAnnouncementId}`),
  'POST /api/files': () => {
    const m = multipart(Buffer.concat([PNG, Buffer.from(`#${next()}`)]), 'anh.png');
    return { url: '/api/files', payload: m.payload, headers: m.headers };
  },
  'GET /api/files/{sha256}': get((w) => `/api/files/${w.fileSha}?name=anh.png`),
  'GET /api/search': get(() => '/api/search?q=hoc%20phi'),
  'POST /api/imports': () => ({ url: '/api/imports', payload: { text: seedText() } }),
  'GET /api/imports': get(() => '/api/imports'),
  'POST /api/imports/upload': () => {
    const m = multipart(Buffer.from(seedText()), 'tb.txt');
    return { url: '/api/imports/upload', payload: m.payload, headers: m.headers };
  },
  'GET /api/imports/{id}': get((w) => `/api/imports/${w.importId}`),
  'PATCH /api/imports/{id}': async (w) => {
    const x = await w.freshImport();
    return { url: `/api/imports/${x.id}`, payload: { version: x.version, draft: x.draft } };
  },
  'POST /api/imports/{id}/commit': async (w) => {
    const x = await w.freshImport();
    return { url: `/api/imports/${x.id}/commit`, payload: { version: x.version } };
  },
  'POST /api/imports/{id}/discard': async (w) => {
    const x = await w.freshImport();
    return { url: `/api/imports/${x.id}/discard`, payload: { version: x.version } };
  },
  'GET /api/reports/leaders': get(() => '/api/reports/leaders'),
  'GET /api/reports/meetings': get(() => '/api/reports/meetings'),
  'GET /api/reports/coordination': get(() => '/api/reports/coordination'),
  'GET /api/reports/export.xlsx': get(() => '/api/reports/export.xlsx'),
  'GET /api/reports/export.docx': get(() => '/api/reports/export.docx'),
  // Agencies report for their own org; the Office names the coordinator.
  'POST /api/tasks/{id}/coordinator-input': async (w, who) => ({
    url: `/api/tasks/${await coordinatedTask(w)}/coordinator-input`,
    payload: who === 'owner' || who === 'other' ? {} : { orgId: w.ownerOrgId },
  }),
  'GET /api/notifications': get(() => '/api/notifications'),
  // Always the owner agency user's notification: nobody else may mark it read.
  'POST /api/notifications/{id}/read': async (w) => ({
    url: `/api/notifications/${await ownerNotification(w)}/read`,
  }),
  'GET /api/orgs/{id}/calendar-token': get((w) => `/api/orgs/${w.ownerOrgId}/calendar-token`),
  'POST /api/orgs/{id}/calendar-token': (w) => ({
    url: `/api/orgs/${w.ownerOrgId}/calendar-token`,
  }),
  'DELETE /api/orgs/{id}/calendar-token': async (w) => {
    await calendarPath(w);
    return { url: `/api/orgs/${w.ownerOrgId}/calendar-token` };
  },
  'GET /ical/{token}.ics': async (w) => ({ url: await calendarPath(w) }),
  'GET /api/bulk/tasks.xlsx': get(() => '/api/bulk/tasks.xlsx'),
  'POST /api/bulk/preview': (w) => sheetUpload(w, '/api/bulk/preview'),
  'POST /api/bulk/apply': (w) => sheetUpload(w, '/api/bulk/apply'),
};
