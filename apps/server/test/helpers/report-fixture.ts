/**
 * The report fixture with known answers, entered through the API: three agencies (A Sở Giáo
 * dục và Đào tạo, B Sở Tư pháp, C Sở Y tế), two meetings (the second chaired by a name that
 * is a spreadsheet formula) and seven tasks. As of 15/7/2021, for tasks assigned in 6–7/2021:
 * 6 assigned (one cancelled), 1 done on time, 2 done late (3 and 5 days), 2 open in time (one
 * without deadline), 1 overdue; A's input on task 4 given 2 days late, B's on task 3 overdue.
 * Also the workbook helpers the report tests share.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TestApp } from './app.ts';
import { call, makeUser, orgByAlias, PASSWORD, type TestUser } from './factories.ts';

export const INJECTION = "=cmd|' /C calc'!A0";
export const REPORT_QUERY = 'from=2021-06-01&to=2021-07-31&asOf=2021-07-15';

export interface ReportFixture {
  office: TestUser;
  gddt: TestUser;
  tuPhap: TestUser;
  org: { A: string; B: string; C: string };
  task: Record<number, { id: string; version: number }>;
}

type Spec = [number, 'A' | 'B' | 'C', 'm1' | 'm2' | null, string | null, string, object?];

/** Enters the fixture, moving `clock` through July 2021; leaves it on 16/7/2021. */
export async function buildReportFixture(
  t: TestApp,
  clock: { set(d: string): void },
): Promise<ReportFixture> {
  clock.set('2021-07-01T03:00:00Z');
  const office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
  const gddt = await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo');
  const tuPhap = await makeUser(t, 'agency', 'Sở Tư pháp');
  const org = { A: gddt.orgId!, B: tuPhap.orgId!, C: await orgByAlias(t, 'Sở Y tế') };
  const task: ReportFixture['task'] = {};
  const at = async (day: string) => {
    clock.set(`${day}T03:00:00Z`);
    for (const u of [office, gddt, tuPhap]) u.cookie = await t.login(u.username, PASSWORD);
  };
  const act = async (who: TestUser, n: number, body: object) => {
    const cur = (await call(t, office, 'GET', `/api/tasks/${task[n]!.id}`)).body;
    const r = await call(t, who, 'POST', `/api/tasks/${task[n]!.id}/events`, {
      version: cur.version,
      ...body,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  const meeting = async (title: string, meetingDate: string, chairName: string) => {
    const m = await call(t, office, 'POST', '/api/meetings', { title, meetingDate, chairName });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    const i = await call(t, office, 'POST', `/api/meetings/${m.body.id}/items`, {
      title: `Nội dung ${title}`,
    });
    expect(i.status, JSON.stringify(i.body)).toBe(201);
    return i.body.id as string;
  };
  const items = {
    m1: await meeting('Phiên họp UBND tỉnh tháng 6 năm 2021', '2021-06-23', 'Hồ Tiến Thiệu'),
    m2: await meeting('Họp chuyên đề giáo dục', '2021-06-30', INJECTION),
  };
  const inputOf = (orgId: string, inputDueDate: string) => ({
    coordinators: [{ orgId, inputDueDate }],
  });
  const specs: Spec[] = [
    [1, 'A', 'm1', '2021-07-05', '2021-06-25'],
    [2, 'A', 'm1', '2021-07-05', '2021-06-25'],
    [3, 'A', 'm2', '2021-07-10', '2021-07-01', inputOf(org.B, '2021-07-08')],
    [4, 'B', 'm2', '2021-07-30', '2021-07-01', inputOf(org.A, '2021-07-10')],
    [5, 'B', null, null, '2021-07-01'],
    [6, 'C', 'm1', '2021-07-01', '2021-06-25'],
    [7, 'C', 'm1', '2021-07-20', '2021-06-25'],
  ];
  for (const [n, owner, item, dueDate, assignedDate, extra] of specs) {
    const r = await call(t, office, 'POST', '/api/tasks', {
      title: n === 5 ? `${INJECTION} nhiệm vụ ${n}` : `Nhiệm vụ ${n}`,
      ownerOrgId: org[owner],
      itemId: item ? items[item] : null,
      dueDate,
      assignedDate,
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    task[n] = r.body;
  }
  await at('2021-07-02');
  await act(gddt, 1, { type: 'report', completedDate: '2021-07-02' });
  await act(office, 1, { type: 'accept' });
  await at('2021-07-06');
  await act(office, 6, { type: 'report', completedDate: '2021-07-06' });
  await act(office, 6, { type: 'accept' });
  await at('2021-07-08');
  await act(gddt, 2, { type: 'report', completedDate: '2021-07-08' });
  await act(office, 2, { type: 'accept' });
  await at('2021-07-09');
  await act(office, 7, { type: 'cancel', reason: 'Không còn phù hợp' });
  await at('2021-07-12');
  const input = await call(t, gddt, 'POST', `/api/tasks/${task[4]!.id}/coordinator-input`, {
    doneDate: '2021-07-12',
  });
  expect(input.status, JSON.stringify(input.body)).toBe(200);
  expect(input.body).toMatchObject({ orgId: org.A, inputDueDate: '2021-07-10', late: true });
  await at('2021-07-16');
  return { office, gddt, tuPhap, org, task };
}

/** A workbook read back from bytes. */
export async function readWorkbook(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A cell's value, or its cached result when it holds a formula. */
export function cellValue(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = ws.getRow(row).getCell(col).value as { formula?: string; result?: unknown } | null;
  return v && typeof v === 'object' && 'formula' in v ? v.result : v;
}

/** The row (data from row 5) whose column B reads `label`. */
export function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 5; r <= ws.rowCount; r++) if (cellValue(ws, r, 2) === label) return r;
  throw new Error(`no row ${label} in ${ws.name}`);
}
