/**
 * Reports on a fixture with known answers (helpers/report-fixture.ts), on both engines: by
 * agency, chairing leader, meeting and lead versus coordinator (JSON), the XLSX workbook read
 * back with exceljs (totals, frozen header, summary sheet, formula injection neutralised) and
 * the DOCX report.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call } from './helpers/factories.ts';
import {
  buildReportFixture,
  INJECTION,
  REPORT_QUERY as QUERY,
  type ReportFixture,
  rowOf,
  cellValue as val,
  readWorkbook as workbook,
} from './helpers/report-fixture.ts';

describeEachEngine('reports as JSON, XLSX and DOCX', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-07-01T03:00:00Z');
  let f: ReportFixture;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock });
    f = await buildReportFixture(t, clock);
  }, 120_000);
  afterAll(async () => t?.close());

  it('gives the known figures by agency, leader, meeting and coordination', async () => {
    const agencies = (await call(t, f.office, 'GET', `/api/reports/agencies?${QUERY}`)).body;
    expect(agencies.total).toMatchObject({
      assigned: 6,
      doneOnTime: 1,
      doneLate: 2,
      openInTime: 2,
      noDeadline: 1,
      openOverdue: 1,
      cancelled: 1,
      completionRate: 0.5,
      averageDelayDays: 4,
    });
    const byOrg = Object.fromEntries(agencies.rows.map((r: any) => [r.orgId, r]));
    expect(byOrg[f.org.A]).toMatchObject({
      assigned: 3,
      doneOnTime: 1,
      doneLate: 1,
      openOverdue: 1,
      averageDelayDays: 3,
    });
    expect(byOrg[f.org.C]).toMatchObject({ assigned: 1, doneLate: 1, averageDelayDays: 5 });

    const leaders = (await call(t, f.office, 'GET', `/api/reports/leaders?${QUERY}`)).body;
    expect(leaders.total.assigned).toBe(6);
    const byLeader = Object.fromEntries(leaders.rows.map((r: any) => [r.leader, r]));
    expect(byLeader['Hồ Tiến Thiệu']).toMatchObject({
      meetings: 1,
      assigned: 3,
      doneOnTime: 1,
      doneLate: 2,
      cancelled: 1,
    });
    expect(byLeader[INJECTION]).toMatchObject({
      meetings: 1,
      assigned: 2,
      openOverdue: 1,
      openInTime: 1,
    });
    expect(byLeader['(Nhiệm vụ giao ngoài cuộc họp)']).toMatchObject({
      assigned: 1,
      noDeadline: 1,
    });

    const meetings = (await call(t, f.office, 'GET', `/api/reports/meetings?${QUERY}`)).body;
    expect(meetings.rows.map((r: any) => [r.meetingDate, r.assigned])).toEqual([
      ['2021-06-23', 3],
      ['2021-06-30', 2],
      [null, 1],
    ]);

    const coordination = (await call(t, f.office, 'GET', `/api/reports/coordination?${QUERY}`))
      .body;
    const co = Object.fromEntries(coordination.rows.map((r: any) => [r.orgId, r]));
    expect(co[f.org.A].lead).toMatchObject({ assigned: 3, doneLate: 1, openOverdue: 1 });
    expect(co[f.org.A].coordinator).toMatchObject({
      requested: 1,
      doneLate: 1,
      averageDelayDays: 2,
    });
    expect(co[f.org.B].coordinator).toMatchObject({ requested: 1, openOverdue: 1 });
    expect(coordination.total.coordinator).toMatchObject({
      requested: 2,
      doneLate: 1,
      openOverdue: 1,
    });

    // As of an earlier day the coordinator's input was still open and task 2 not yet done.
    const before = (await call(t, f.office, 'GET', '/api/reports/coordination?asOf=2021-07-07'))
      .body;
    expect(
      Object.fromEntries(before.rows.map((r: any) => [r.orgId, r]))[f.org.A].coordinator,
    ).toMatchObject({
      requested: 1,
      openInTime: 1,
    });
    // An agency sees only what it owns or coordinates.
    // Only the coordinator (or the Office) reports a coordinator's input.
    const url = `/api/tasks/${f.task[4]!.id}/coordinator-input`;
    expect((await call(t, f.tuPhap, 'POST', url, {})).status).toBe(404);
    expect((await call(t, f.tuPhap, 'POST', url, { orgId: f.org.A })).status).toBe(404);
    expect((await call(t, f.office, 'POST', url, {})).body.error.code).toBe('org_required');
    const mine = (await call(t, f.tuPhap, 'GET', `/api/reports/leaders?${QUERY}`)).body;
    expect(mine.total.assigned).toBe(3); // tasks 3 (coordinator), 4, 5
  });

  it('downloads a formatted workbook with the right totals', async () => {
    const res = await t.app.inject({
      url: `/api/reports/export.xlsx?${QUERY}`,
      headers: { cookie: f.office.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('bao-cao-ket-luan-2021-07-15.xlsx');
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo cơ quan',
      'Theo lãnh đạo chủ trì',
      'Theo cuộc họp',
      'Chủ trì - phối hợp',
    ]);
    const ws = wb.getWorksheet('Theo cơ quan')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getRow(4).getCell(3).value).toBe('Được giao');
    const total = rowOf(ws, 'Tổng cộng');
    expect([3, 4, 5, 6, 7, 8].map((c) => val(ws, total, c))).toEqual([6, 1, 2, 2, 1, 1]);
    expect(ws.getRow(total).getCell(3).value).toMatchObject({ formula: 'SUM(C5:C7)' });
    expect(val(ws, total, 9)).toBe(0.5);
    expect(val(ws, total, 11)).toBe(4);
    expect(ws.getRow(total).getCell(9).numFmt).toBe('0.0%');
    const a = rowOf(ws, 'Sở Giáo dục và Đào tạo');
    expect([3, 4, 5, 8].map((c) => val(ws, a, c))).toEqual([3, 1, 1, 1]);

    const leaders = wb.getWorksheet('Theo lãnh đạo chủ trì')!;
    expect(val(leaders, rowOf(leaders, `'${INJECTION}`), 4)).toBe(2);
    const meetings = wb.getWorksheet('Theo cuộc họp')!;
    expect(val(meetings, rowOf(meetings, 'Họp chuyên đề giáo dục'), 4)).toBe(`'${INJECTION}`);

    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(val(summary, 1, 1)).toBe('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾT LUẬN');
    expect(val(summary, 5, 2)).toBe(6);
    expect(val(summary, 7, 1)).toBe('Hoàn thành quá hạn');
    expect(val(summary, 7, 3)).toBeCloseTo(2 / 6);
  });

  it('downloads the DOCX report in the Decree 30 layout', async () => {
    const res = await t.app.inject({
      url: `/api/reports/export.docx?${QUERY}&signerName=${encodeURIComponent('Nguyễn Văn A')}`,
      headers: { cookie: f.office.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    for (const s of [
      'BÁO CÁO',
      'Tình hình thực hiện kết luận',
      'Tổng số nhiệm vụ được giao: 6 nhiệm vụ',
      'Đã hoàn thành: 3 nhiệm vụ (50,0%)',
      'Sở Giáo dục và Đào tạo: được giao 3',
      'Hồ Tiến Thiệu (1 cuộc họp)',
      'CHÁNH VĂN PHÒNG',
      'Nguyễn Văn A',
    ])
      expect(text).toContain(s);
  });
});
