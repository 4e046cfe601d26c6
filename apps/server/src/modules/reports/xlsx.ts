/**
 * The report workbook: a summary sheet (the four categories with bar lengths drawn in text,
 * the agencies most overdue), then one formatted table per grouping — agency, chairing
 * leader, meeting, lead versus coordinator.
 * @module
 */
import type {
  AgencyReport,
  CoordinationReport,
  LeaderReport,
  MeetingReport,
  ReportCounts,
} from '@ketluan/contracts';
import ExcelJS from 'exceljs';
import { viDate } from '../notify/format.ts';
import { addTableSheet, type Column, HEADER_ROW, safeText } from './xlsx-sheet.ts';

/** Every grouping of one report, computed for the same period and day. */
export interface ReportBundle {
  agencies: AgencyReport;
  leaders: LeaderReport;
  meetings: MeetingReport;
  coordination: CoordinationReport;
}

/** The title of the report, on every sheet. */
export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾT LUẬN';

/** "Nhiệm vụ giao từ ngày … đến ngày …; số liệu đến hết ngày …". */
export function periodLine(r: { from: string | null; to: string | null; asOf: string }): string {
  const period =
    r.from && r.to
      ? `Nhiệm vụ giao từ ngày ${viDate(r.from)} đến ngày ${viDate(r.to)}`
      : r.from
        ? `Nhiệm vụ giao từ ngày ${viDate(r.from)}`
        : r.to
          ? `Nhiệm vụ giao đến ngày ${viDate(r.to)}`
          : 'Tất cả nhiệm vụ';
  return `${period}; số liệu tính đến hết ngày ${viDate(r.asOf)}`;
}

function countColumns<R extends ReportCounts>(total: ReportCounts): Column<R>[] {
  return [
    { header: 'Được giao', width: 11, kind: 'int', value: (r) => r.assigned },
    { header: 'Hoàn thành đúng hạn', width: 13, kind: 'int', value: (r) => r.doneOnTime },
    { header: 'Hoàn thành quá hạn', width: 13, kind: 'int', value: (r) => r.doneLate },
    { header: 'Đang thực hiện trong hạn', width: 14, kind: 'int', value: (r) => r.openInTime },
    { header: 'Trong đó: không có thời hạn', width: 14, kind: 'int', value: (r) => r.noDeadline },
    { header: 'Đang thực hiện quá hạn', width: 14, kind: 'int', value: (r) => r.openOverdue },
    {
      header: 'Tỷ lệ hoàn thành',
      width: 12,
      kind: 'rate',
      value: (r) => r.completionRate,
      total: total.completionRate,
    },
    {
      header: 'Tỷ lệ đúng hạn (trên số đã hoàn thành)',
      width: 16,
      kind: 'rate',
      value: (r) => r.onTimeRate,
      total: total.onTimeRate,
    },
    {
      header: 'Số ngày chậm bình quân',
      width: 12,
      kind: 'days',
      value: (r) => r.averageDelayDays,
      total: total.averageDelayDays,
    },
  ];
}

function stt<R>(): Column<R> {
  return { header: 'STT', width: 6, kind: 'int', value: (_r, i) => i + 1, total: null };
}

function summarySheet(wb: ExcelJS.Workbook, b: ReportBundle): void {
  const t = b.agencies.total;
  const ws = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.columns = [{ width: 46 }, { width: 12 }, { width: 12 }, { width: 44 }];
  ws.mergeCells('A1:D1');
  ws.mergeCells('A2:D2');
  ws.getCell('A1').value = REPORT_TITLE;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').value = periodLine(b.agencies);
  ws.getCell('A2').font = { italic: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  const header = ws.getRow(HEADER_ROW);
  header.values = ['Chỉ tiêu', 'Số lượng', 'Tỷ lệ', 'Biểu đồ'];
  header.font = { bold: true };
  const share = (n: number) => (t.assigned ? n / t.assigned : 0);
  const bar = (rate: number) => '█'.repeat(Math.round(rate * 40));
  const lines: [string, number, number][] = [
    ['Tổng số nhiệm vụ được giao', t.assigned, 1],
    ['Hoàn thành đúng hạn', t.doneOnTime, share(t.doneOnTime)],
    ['Hoàn thành quá hạn', t.doneLate, share(t.doneLate)],
    ['Đang thực hiện trong hạn', t.openInTime, share(t.openInTime)],
    ['   Trong đó: không có thời hạn', t.noDeadline, share(t.noDeadline)],
    ['Đang thực hiện quá hạn', t.openOverdue, share(t.openOverdue)],
  ];
  lines.forEach(([label, n, rate], i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = [label, n, rate, bar(rate)];
    row.getCell(3).numFmt = '0.0%';
    row.getCell(4).font = { color: { argb: 'FF1F4E79' } };
  });
  const after = HEADER_ROW + lines.length + 2;
  const rates: [string, number | null, string][] = [
    ['Tỷ lệ hoàn thành', t.completionRate, '0.0%'],
    ['Tỷ lệ hoàn thành đúng hạn (trên số đã hoàn thành)', t.onTimeRate, '0.0%'],
    ['Số ngày chậm bình quân của nhiệm vụ hoàn thành quá hạn', t.averageDelayDays, '0.0'],
  ];
  rates.forEach(([label, v, fmt], i) => {
    const row = ws.getRow(after + i);
    row.values = [label, v];
    row.getCell(2).numFmt = fmt;
  });
  const worst = b.agencies.rows
    .filter((r) => r.openOverdue > 0)
    .sort((x, y) => y.openOverdue - x.openOverdue)
    .slice(0, 10);
  if (worst.length) {
    const start = after + rates.length + 1;
    ws.getRow(start).values = ['Cơ quan có nhiều nhiệm vụ quá hạn nhất', 'Quá hạn', 'Được giao'];
    ws.getRow(start).font = { bold: true };
    worst.forEach((r, i) => {
      ws.getRow(start + 1 + i).values = [safeText(r.orgName), r.openOverdue, r.assigned];
    });
  }
}

/** The workbook of a report, as XLSX bytes. */
export async function reportWorkbook(b: ReportBundle, createdAt: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ketluan';
  wb.created = createdAt;
  wb.modified = createdAt;
  const sub = periodLine(b.agencies);
  summarySheet(wb, b);

  const a = b.agencies.rows;
  addTableSheet(
    wb,
    'Theo cơ quan',
    `${REPORT_TITLE} THEO CƠ QUAN CHỦ TRÌ`,
    sub,
    [
      stt(),
      {
        header: 'Cơ quan chủ trì',
        width: 40,
        kind: 'text',
        value: (r) => r.orgName,
        total: 'Tổng cộng',
      },
      ...countColumns<(typeof a)[number]>(b.agencies.total),
    ],
    a,
    true,
  );

  const l = b.leaders.rows;
  addTableSheet(
    wb,
    'Theo lãnh đạo chủ trì',
    `${REPORT_TITLE} THEO LÃNH ĐẠO CHỦ TRÌ CUỘC HỌP`,
    sub,
    [
      stt(),
      {
        header: 'Lãnh đạo chủ trì',
        width: 32,
        kind: 'text',
        value: (r) => r.leader,
        total: 'Tổng cộng',
      },
      { header: 'Số cuộc họp', width: 10, kind: 'int', value: (r) => r.meetings },
      ...countColumns<(typeof l)[number]>(b.leaders.total),
    ],
    l,
    true,
  );

  const m = b.meetings.rows;
  addTableSheet(
    wb,
    'Theo cuộc họp',
    `${REPORT_TITLE} THEO CUỘC HỌP`,
    sub,
    [
      stt(),
      { header: 'Cuộc họp', width: 48, kind: 'text', value: (r) => r.title, total: 'Tổng cộng' },
      { header: 'Ngày họp', width: 12, kind: 'date', value: (r) => r.meetingDate, total: null },
      { header: 'Chủ trì', width: 24, kind: 'text', value: (r) => r.chairName, total: null },
      ...countColumns<(typeof m)[number]>(b.meetings.total),
    ],
    m,
    true,
  );

  const c = b.coordination.rows;
  const ct = b.coordination.total;
  addTableSheet(
    wb,
    'Chủ trì - phối hợp',
    `${REPORT_TITLE}: CHỦ TRÌ VÀ PHỐI HỢP`,
    sub,
    [
      stt(),
      { header: 'Cơ quan', width: 40, kind: 'text', value: (r) => r.orgName, total: 'Tổng cộng' },
      { header: 'Chủ trì: được giao', width: 12, kind: 'int', value: (r) => r.lead.assigned },
      {
        header: 'Chủ trì: hoàn thành quá hạn',
        width: 13,
        kind: 'int',
        value: (r) => r.lead.doneLate,
      },
      { header: 'Chủ trì: đang quá hạn', width: 12, kind: 'int', value: (r) => r.lead.openOverdue },
      {
        header: 'Phối hợp: được đề nghị góp ý',
        width: 13,
        kind: 'int',
        value: (r) => r.coordinator.requested,
      },
      {
        header: 'Phối hợp: đúng hạn',
        width: 12,
        kind: 'int',
        value: (r) => r.coordinator.doneOnTime,
      },
      {
        header: 'Phối hợp: gửi quá hạn',
        width: 12,
        kind: 'int',
        value: (r) => r.coordinator.doneLate,
      },
      {
        header: 'Phối hợp: chưa gửi, trong hạn',
        width: 13,
        kind: 'int',
        value: (r) => r.coordinator.openInTime,
      },
      {
        header: 'Phối hợp: chưa gửi, quá hạn',
        width: 13,
        kind: 'int',
        value: (r) => r.coordinator.openOverdue,
      },
      {
        header: 'Phối hợp: số ngày chậm bình quân',
        width: 13,
        kind: 'days',
        value: (r) => r.coordinator.averageDelayDays,
        total: ct.coordinator.averageDelayDays,
      },
    ],
    c,
    true,
  );

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
