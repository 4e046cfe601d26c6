/**
 * An agency's open tasks as an iCalendar (RFC 5545) feed: one all-day event on each due
 * date, and one on each date the agency owes a coordinator's input. ical-generator does the
 * escaping and the 75-octet line folding; UIDs are stable per task so calendar apps update
 * events in place when a due date moves.
 * @module
 */
import { addDays } from '@ketluan/calendar';
import type { TaskStatus } from '@ketluan/contracts';
import ical from 'ical-generator';
import { viDate } from '../notify/format.ts';
import { STATUS_VI } from '../tasks/task-state.ts';

/** An open task the agency leads. */
export interface FeedTask {
  id: string;
  title: string;
  status: string;
  deadline_text: string | null;
  due_date: string | null;
  updated_at: string;
}

/** An input the agency owes as coordinator. */
export interface FeedInput {
  id: string;
  title: string;
  updated_at: string;
  input_due_date: string | null;
  owner_name: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The feed of one agency, as iCalendar text. */
export function buildFeed(
  org: { id: string; name: string },
  tasks: FeedTask[],
  inputs: FeedInput[],
  baseUrl: string,
): string {
  const cal = ical({
    name: `Nhiệm vụ — ${org.name}`,
    description: `Hạn các nhiệm vụ theo kết luận của UBND tỉnh giao ${org.name}`,
    prodId: { company: 'ketluan', product: 'ketluan', language: 'VI' },
    ttl: 3600,
  });
  for (const t of tasks) {
    const url = `${baseUrl}/tasks/${t.id}`;
    cal.createEvent({
      id: `task-${t.id}@ketluan`,
      allDay: true,
      start: day(t.due_date!),
      end: day(addDays(t.due_date!, 1)),
      stamp: new Date(t.updated_at),
      lastModified: new Date(t.updated_at),
      summary: `Hạn: ${t.title}`,
      url,
      description: [
        `Cơ quan chủ trì: ${org.name}`,
        `Thời hạn: ${t.deadline_text ? `${t.deadline_text} (${viDate(t.due_date!)})` : viDate(t.due_date!)}`,
        `Trạng thái: ${STATUS_VI[t.status as TaskStatus] ?? t.status}`,
        `Xem nhiệm vụ: ${url}`,
      ].join('\n'),
    });
  }
  for (const i of inputs) {
    const url = `${baseUrl}/tasks/${i.id}`;
    cal.createEvent({
      id: `task-${i.id}-input-${org.id}@ketluan`,
      allDay: true,
      start: day(i.input_due_date!),
      end: day(addDays(i.input_due_date!, 1)),
      stamp: new Date(i.updated_at),
      summary: `Hạn góp ý phối hợp: ${i.title}`,
      url,
      description: [
        `Gửi ý kiến phối hợp cho: ${i.owner_name}`,
        `Hạn gửi: ${viDate(i.input_due_date!)}`,
        `Xem nhiệm vụ: ${url}`,
      ].join('\n'),
    });
  }
  return cal.toString();
}
