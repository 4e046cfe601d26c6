/**
 * Vietnamese texts of the daily digest of one agency and of the weekly summary for leaders.
 * @module
 */
import type { ReportCounts } from '@ketluan/contracts';
import {
  escapeHtml,
  FOOTER_TEXT,
  htmlLink,
  htmlPage,
  oneLine,
  viDate,
  viPercent,
} from './format.ts';
import type { Message } from './templates.ts';

/** One task line of a digest. */
export interface DigestItem {
  taskId: string;
  title: string;
  date: string;
  /** Calendar days late (overdue) or working days left (due soon). */
  days: number;
  /** For coordinator inputs: the lead agency. */
  ownerName?: string;
}

/** The daily digest of one agency: what is overdue, due today, due soon, and inputs owed. */
export interface DigestView {
  orgName: string;
  date: string;
  overdue: DigestItem[];
  dueToday: DigestItem[];
  dueSoon: DigestItem[];
  /** Inputs the agency owes as coordinator, due soon, today or overdue. */
  inputs: DigestItem[];
  baseUrl: string;
}

type Section = { heading: string; items: DigestItem[]; line: (i: DigestItem) => string };

function sections(v: DigestView): Section[] {
  const all: Section[] = [
    {
      heading: 'Quá hạn',
      items: v.overdue,
      line: (i) => `${oneLine(i.title, 200)} — hạn ${viDate(i.date)}, quá ${i.days} ngày`,
    },
    { heading: 'Đến hạn hôm nay', items: v.dueToday, line: (i) => oneLine(i.title, 200) },
    {
      heading: 'Sắp đến hạn',
      items: v.dueSoon,
      line: (i) => `${oneLine(i.title, 200)} — hạn ${viDate(i.date)}, còn ${i.days} ngày làm việc`,
    },
    {
      heading: 'Ý kiến phối hợp cần gửi',
      items: v.inputs,
      line: (i) => `${oneLine(i.title, 200)} — gửi ${i.ownerName ?? ''}, hạn ${viDate(i.date)}`,
    },
  ];
  return all.filter((s) => s.items.length > 0);
}

/** Whether a digest has anything to say. */
export const digestIsEmpty = (v: DigestView) => sections(v).length === 0;

/** The daily digest of one agency. */
export function digestMessage(v: DigestView): Message {
  const counts = [
    v.overdue.length ? `${v.overdue.length} quá hạn` : '',
    v.dueToday.length ? `${v.dueToday.length} đến hạn hôm nay` : '',
    v.dueSoon.length ? `${v.dueSoon.length} sắp đến hạn` : '',
    v.inputs.length ? `${v.inputs.length} ý kiến phối hợp` : '',
  ].filter(Boolean);
  const subject = `Tổng hợp nhiệm vụ ngày ${viDate(v.date)} — ${oneLine(v.orgName, 80)}: ${counts.join(', ')}`;
  const url = (i: DigestItem) => `${v.baseUrl}/tasks/${i.taskId}`;
  const parts = sections(v);
  const text = [
    `Kính gửi: ${v.orgName}`,
    '',
    `Tình hình nhiệm vụ của cơ quan đến ngày ${viDate(v.date)}:`,
    ...parts.flatMap((s) => [
      '',
      `${s.heading} (${s.items.length}):`,
      ...s.items.map((i) => `- ${s.line(i)}\n  ${url(i)}`),
    ]),
    '',
    `Danh sách nhiệm vụ: ${v.baseUrl}/tasks`,
    '',
    `-- \n${FOOTER_TEXT}`,
  ].join('\n');
  const html = htmlPage(
    subject,
    [
      `<p>Kính gửi: <strong>${escapeHtml(v.orgName)}</strong></p>`,
      `<p>Tình hình nhiệm vụ của cơ quan đến ngày ${viDate(v.date)}:</p>`,
      ...parts.map(
        (s) =>
          `<h3 style="font-size:15px;margin:16px 0 4px">${escapeHtml(s.heading)} (${s.items.length})</h3><ul>` +
          s.items.map((i) => `<li>${htmlLink(url(i), s.line(i))}</li>`).join('') +
          '</ul>',
      ),
      `<p>${htmlLink(`${v.baseUrl}/tasks`, 'Mở danh sách nhiệm vụ')}</p>`,
    ].join('\n'),
  );
  return {
    subject,
    text,
    html,
    notice: {
      title: `Tổng hợp nhiệm vụ ngày ${viDate(v.date)}`,
      body: counts.join(', '),
      link: '/tasks',
    },
  };
}

/** The leaders' weekly summary: province-wide figures and the agencies most overdue. */
export interface WeeklyView {
  weekStart: string;
  asOf: string;
  total: ReportCounts;
  /** Agencies with the most open overdue tasks. */
  agencies: { orgName: string; assigned: number; openOverdue: number; doneLate: number }[];
  baseUrl: string;
}

/** The weekly summary for leaders. */
export function weeklyMessage(v: WeeklyView): Message {
  const t = v.total;
  const subject = `Báo cáo tuần từ ngày ${viDate(v.weekStart)}: tình hình thực hiện kết luận`;
  const figures: [string, string][] = [
    ['Tổng số nhiệm vụ được giao', String(t.assigned)],
    ['Hoàn thành đúng hạn', String(t.doneOnTime)],
    ['Hoàn thành quá hạn', String(t.doneLate)],
    ['Đang thực hiện trong hạn', String(t.openInTime)],
    ['Đang thực hiện quá hạn', String(t.openOverdue)],
    ['Tỷ lệ hoàn thành', viPercent(t.completionRate)],
  ];
  const top = v.agencies.map(
    (a) => `${a.orgName}: ${a.openOverdue} quá hạn / ${a.assigned} được giao`,
  );
  const reportUrl = `${v.baseUrl}/reports`;
  const text = [
    'Kính gửi: Lãnh đạo UBND tỉnh',
    '',
    `Tình hình thực hiện các nhiệm vụ theo kết luận, tính đến ngày ${viDate(v.asOf)}:`,
    '',
    ...figures.map(([k, val]) => `- ${k}: ${val}`),
    ...(top.length ? ['', 'Cơ quan có nhiều nhiệm vụ quá hạn:', ...top.map((l) => `- ${l}`)] : []),
    '',
    `Báo cáo chi tiết: ${reportUrl}`,
    '',
    `-- \n${FOOTER_TEXT}`,
  ].join('\n');
  const html = htmlPage(
    subject,
    [
      '<p>Kính gửi: <strong>Lãnh đạo UBND tỉnh</strong></p>',
      `<p>Tình hình thực hiện các nhiệm vụ theo kết luận, tính đến ngày ${viDate(v.asOf)}:</p>`,
      `<ul>${figures.map(([k, val]) => `<li>${escapeHtml(k)}: <strong>${escapeHtml(val)}</strong></li>`).join('')}</ul>`,
      top.length
        ? `<p>Cơ quan có nhiều nhiệm vụ quá hạn:</p><ul>${top.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
        : '',
      `<p>${htmlLink(reportUrl, 'Xem báo cáo chi tiết')}</p>`,
    ].join('\n'),
  );
  return {
    subject,
    text,
    html,
    notice: {
      title: `Báo cáo tuần từ ngày ${viDate(v.weekStart)}`,
      body: `${t.openOverdue} nhiệm vụ quá hạn; tỷ lệ hoàn thành ${viPercent(t.completionRate)}`,
      link: '/reports',
    },
  };
}
