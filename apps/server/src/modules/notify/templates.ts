/**
 * Vietnamese texts of the reminders about one task: before its due date, on it, and when it
 * is overdue; the same for a coordinator's own input date. Each comes as an e-mail (plain
 * text and HTML, user text escaped) and as an in-app notice.
 * @module
 */
import type { NotificationKind, TaskStatus } from '@ketluan/contracts';
import { STATUS_VI } from '../tasks/task-state.ts';
import { escapeHtml, FOOTER_TEXT, htmlLink, htmlPage, oneLine, viDate } from './format.ts';

/** What an e-mail and an in-app notice say. */
export interface Message {
  subject: string;
  text: string;
  html: string;
  notice: { title: string; body: string; link: string | null };
}

/** The reminders about one task (not the digests). */
export type TaskReminderKind = Extract<
  NotificationKind,
  'due_soon' | 'due_today' | 'overdue' | 'input_due_soon' | 'input_due_today' | 'input_overdue'
>;

/** One task as a reminder speaks of it. */
export interface TaskReminderView {
  kind: TaskReminderKind;
  taskId: string;
  title: string;
  status: TaskStatus;
  deadlineText: string | null;
  /** The lead agency. */
  ownerName: string;
  /** The agency written to (the owner, or the coordinator for input reminders). */
  recipientOrgName: string;
  /** The due date, or the coordinator's input date. */
  date: string;
  /** Working days left (before) or calendar days late (overdue). */
  days: number;
  /** Absolute address of the task in the web app. */
  url: string;
}

/** The headline of a reminder: what is due, and when. */
function headline(v: TaskReminderView): { subject: string; lead: string } {
  const title = oneLine(v.title);
  const d = viDate(v.date);
  switch (v.kind) {
    case 'due_soon':
      return {
        subject: `Nhắc việc: sắp đến hạn ngày ${d} — ${title}`,
        lead: `Nhiệm vụ dưới đây đến hạn vào ngày ${d} (còn ${v.days} ngày làm việc).`,
      };
    case 'due_today':
      return {
        subject: `Nhắc việc: đến hạn hôm nay (${d}) — ${title}`,
        lead: `Nhiệm vụ dưới đây đến hạn hôm nay, ngày ${d}.`,
      };
    case 'overdue':
      return {
        subject: `Nhắc việc: quá hạn ${v.days} ngày — ${title}`,
        lead: `Nhiệm vụ dưới đây đã quá hạn ${v.days} ngày (hạn ngày ${d}) mà chưa hoàn thành.`,
      };
    case 'input_due_soon':
      return {
        subject: `Nhắc góp ý phối hợp: hạn ngày ${d} — ${title}`,
        lead: `Cơ quan được đề nghị gửi ý kiến phối hợp cho ${v.ownerName} trước hạn ngày ${d} (còn ${v.days} ngày làm việc).`,
      };
    case 'input_due_today':
      return {
        subject: `Nhắc góp ý phối hợp: đến hạn hôm nay (${d}) — ${title}`,
        lead: `Hôm nay, ngày ${d}, là hạn gửi ý kiến phối hợp cho ${v.ownerName}.`,
      };
    case 'input_overdue':
      return {
        subject: `Nhắc góp ý phối hợp: quá hạn ${v.days} ngày — ${title}`,
        lead: `Ý kiến phối hợp gửi ${v.ownerName} đã quá hạn ${v.days} ngày (hạn ngày ${d}).`,
      };
  }
}

/** The e-mail and in-app notice of one task reminder. */
export function taskReminderMessage(v: TaskReminderView): Message {
  const { subject, lead } = headline(v);
  const facts: [string, string][] = [
    ['Nhiệm vụ', v.title],
    ['Cơ quan chủ trì', v.ownerName],
    ['Thời hạn', v.deadlineText ? `${v.deadlineText} (${viDate(v.date)})` : viDate(v.date)],
    ['Trạng thái', STATUS_VI[v.status]],
  ];
  const text = [
    `Kính gửi: ${v.recipientOrgName}`,
    '',
    lead,
    '',
    ...facts.map(([k, val]) => `${k}: ${val}`),
    '',
    `Xem và cập nhật tiến độ: ${v.url}`,
    '',
    `-- \n${FOOTER_TEXT}`,
  ].join('\n');
  const html = htmlPage(
    subject,
    [
      `<p>Kính gửi: <strong>${escapeHtml(v.recipientOrgName)}</strong></p>`,
      `<p>${escapeHtml(lead)}</p>`,
      '<ul>',
      ...facts.map(([k, val]) => `<li>${escapeHtml(k)}: <strong>${escapeHtml(val)}</strong></li>`),
      '</ul>',
      `<p>${htmlLink(v.url, 'Xem và cập nhật tiến độ')}</p>`,
    ].join('\n'),
  );
  return {
    subject,
    text,
    html,
    notice: {
      title: subject.replace(/ — .*$/, ''),
      body: oneLine(v.title, 300),
      link: `/tasks/${v.taskId}`,
    },
  };
}
