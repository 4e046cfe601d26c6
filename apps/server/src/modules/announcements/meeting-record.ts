/**
 * The record of a meeting as one PDF: general information and the announcements issued, the
 * agenda with each item's conclusion and revision points, and the state of every task today.
 * An agency user (who may read the meeting) sees only the tasks its org owns or coordinates.
 * @module
 */
import type { DocBlock, DocRun, Meeting, TaskStatus } from '@ketluan/contracts';
import { type RecordDocument, renderRecordPdf } from '@ketluan/docgen';
import type { Clock } from '../../lib/clock.ts';
import type { MeetingsService } from '../meetings/meetings.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { TasksService } from '../tasks/tasks.service.ts';
import { deriveTimeliness, REPORT_CATEGORY, type TimelinessWindow } from '../tasks/timeliness.ts';
import type { Actor } from './announcements.core.ts';
import type { AnnouncementsRepository } from './announcements.repository.ts';
import { textToBlocks } from './blocks.ts';
import { asciiName } from './document.ts';
import { stateLabel, VERDICT_LABEL } from './labels.ts';
import { longDate, shortDate, withoutFinalStop } from './wording.ts';

type RecordTask = Awaited<ReturnType<AnnouncementsRepository['meetingTasks']>>[number];

const p = (...runs: (string | DocRun)[]): DocBlock => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});
const h = (text: string): DocBlock => ({ kind: 'heading', runs: [{ text }] });

function generalPart(
  m: Meeting,
  announcements: { numberSymbol: string | null; issuedDate: string | null; status: string }[],
): DocBlock[] {
  const blocks = [h('I. THÔNG TIN CHUNG')];
  if (m.meetingDate)
    blocks.push(p({ text: 'Thời gian: ', bold: true }, `${longDate(m.meetingDate)}.`));
  if (m.location) blocks.push(p({ text: 'Địa điểm: ', bold: true }, `${m.location}.`));
  if (m.chairName)
    blocks.push(
      p(
        { text: 'Chủ trì: ', bold: true },
        `đồng chí ${m.chairName}${m.chairTitle ? `, ${m.chairTitle}` : ''}.`,
      ),
    );
  const present = m.attendees
    .filter((a) => a.present)
    .map((a) => a.personName ?? a.orgName)
    .filter(Boolean);
  if (present.length)
    blocks.push(p({ text: 'Thành phần: ', bold: true }, `${present.join('; ')}.`));
  const issued = announcements.filter((a) => a.status === 'issued' && a.numberSymbol);
  blocks.push(
    p(
      { text: 'Thông báo kết luận: ', bold: true },
      issued.length
        ? `${issued.map((a) => `số ${a.numberSymbol}${a.issuedDate ? ` ngày ${shortDate(a.issuedDate)}` : ''}`).join('; ')}.`
        : 'chưa ban hành.',
    ),
  );
  return blocks;
}

function agendaPart(m: Meeting): DocBlock[] {
  const blocks = [h('II. NỘI DUNG VÀ KẾT LUẬN')];
  m.items.forEach((item, n) => {
    const presenter = item.presenterName ? ` (${item.presenterName} trình)` : '';
    blocks.push(
      h(`${item.indexLabel?.trim() || n + 1}. ${withoutFinalStop(item.title)}${presenter}.`),
    );
    if (item.verdict)
      blocks.push(
        p({ text: 'Kết luận: ', bold: true }, `${VERDICT_LABEL[item.verdict] ?? item.verdict}.`),
      );
    if (item.conclusionText?.trim()) blocks.push(...textToBlocks(item.conclusionText));
    if (item.revisionPoints.length) {
      blocks.push(p({ text: 'Nội dung cần hoàn thiện:', bold: true }));
      blocks.push({ kind: 'list', items: item.revisionPoints.map((r) => [{ text: r.text }]) });
    }
  });
  return blocks;
}

function tasksPart(m: Meeting, tasks: RecordTask[], window: TimelinessWindow): DocBlock[] {
  const blocks = [h(`III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ (tính đến ${longDate(window.today)})`)];
  const counts = { done_on_time: 0, done_late: 0, open_in_time: 0, open_overdue: 0 };
  const lines = tasks.map((t) => {
    const status = t.status as TaskStatus;
    const timeliness = deriveTimeliness(
      { status, dueDate: t.due_date, completedDate: t.completed_date },
      window,
    );
    const category = REPORT_CATEGORY[timeliness];
    if (category && t.active === 1) counts[category]++;
    const item = m.items.find((i) => i.id === t.item_id);
    const due = t.due_date ? `hạn ${shortDate(t.due_date)}` : 'không có thời hạn';
    return [
      { text: `${t.owner_name}: `, bold: true },
      {
        text: `${withoutFinalStop(t.title)}${item ? ` (nội dung ${item.indexLabel ?? item.position})` : ''}; ${due}${t.deadline_text ? ` (“${t.deadline_text}”)` : ''}; ${t.active === 1 ? stateLabel(status, timeliness) : 'chưa ban hành'}.`,
      },
    ];
  });
  const active = tasks.filter((t) => t.active === 1).length;
  blocks.push(
    p(
      `Tổng số ${active} nhiệm vụ: hoàn thành đúng hạn ${counts.done_on_time}; hoàn thành quá hạn ${counts.done_late}; ` +
        `đang thực hiện trong hạn ${counts.open_in_time}; đang thực hiện quá hạn ${counts.open_overdue}.`,
    ),
  );
  if (lines.length) blocks.push({ kind: 'list', items: lines });
  return blocks;
}

export function createMeetingRecord(deps: {
  repo: AnnouncementsRepository;
  meetings: MeetingsService;
  tasks: TasksService;
  settings: SettingsService;
  clock: Clock;
}) {
  return {
    /** The record of a meeting as PDF bytes and a file name; 404 when the actor may not read the meeting. */
    async meetingRecord(actor: Actor, meetingId: string) {
      const meeting = await deps.meetings.get(actor, meetingId);
      const org = await deps.repo.org(meeting.bodyOrgId);
      const onlyOrg = actor.user.role === 'agency' ? (actor.user.orgId ?? '-') : undefined;
      const tasks = await deps.repo.meetingTasks(meetingId, onlyOrg);
      const window = await deps.tasks.windowFor();
      const announcements = await deps.repo.list({
        meeting: meetingId,
        limit: 50,
        ...(onlyOrg ? { concernsOrg: onlyOrg } : {}),
      });
      const doc: RecordDocument = {
        issuingBody: (org?.name ?? '').toLocaleUpperCase('vi') || 'ỦY BAN NHÂN DÂN',
        place: await deps.settings.get('placeName'),
        date: window.today,
        typeName: 'HỒ SƠ PHIÊN HỌP',
        summary: `${withoutFinalStop(meeting.title)}${meeting.meetingDate ? `\n(${longDate(meeting.meetingDate)})` : ''}`,
        body: [
          ...generalPart(
            meeting,
            announcements.map((a) => ({
              numberSymbol: a.number_symbol,
              issuedDate: a.issued_date,
              status: a.status,
            })),
          ),
          ...agendaPart(meeting),
          ...tasksPart(meeting, tasks, window),
        ],
      };
      const bytes = await renderRecordPdf(doc, { createdAt: deps.clock.now() });
      const name = asciiName(`ho-so-phien-hop-${meeting.meetingDate ?? meeting.id.slice(-8)}`);
      return { bytes, fileName: `${name}.pdf` };
    },
  };
}
