/**
 * What reminders are due on a day, as pure functions of the open tasks, the coordinators'
 * input dates, the recipients and the working-day calendar: no I/O, so the rules are tested
 * without a database or a mail server.
 *
 * - N working days before a date (setting `reminderDays`) up to the day before: "due soon",
 *   once per date; on the date: "due today"; after it: "overdue" on the first day and then
 *   every 7 days, each keyed by its own day, so a changed due date starts again.
 * - The owner's agency users get the task's reminders; a coordinator's users get those of
 *   its own input date. Digest-only users get them in the app only.
 * - Each agency with something due gets a daily digest; leaders get a weekly summary.
 * @module
 */
import { addDays, dayOfWeek, diffDays, type WorkCalendar } from '@ketluan/calendar';
import type { TaskStatus } from '@ketluan/contracts';
import {
  type DigestItem,
  type DigestView,
  digestIsEmpty,
  digestMessage,
  type WeeklyView,
  weeklyMessage,
} from './digest-templates.ts';
import type { Recipient, ReminderKey } from './notify.repository.ts';
import { type Message, type TaskReminderKind, taskReminderMessage } from './templates.ts';

/** The day, calendar and settings a plan is made for. */
export interface PlanContext {
  today: string;
  calendar: WorkCalendar;
  reminderDays: number;
  baseUrl: string;
  /** Whether e-mail can be sent at all (an SMTP server is configured). */
  mailEnabled: boolean;
}

/** One reminder to one person: in the app, and by e-mail when `email`. */
export interface Delivery {
  key: ReminderKey;
  taskId: string | null;
  orgId: string | null;
  recipient: Recipient;
  email: boolean;
  message: Message;
}

/** An open task due by the end of the reminder window. */
export interface DueTaskRow {
  id: string;
  title: string;
  status: string;
  deadline_text: string | null;
  due_date: string | null;
  owner_org_id: string;
  owner_name: string;
}

/** A coordinator's input not yet given, due by the end of the window. */
export interface DueInputRow {
  task_id: string;
  title: string;
  status: string;
  deadline_text: string | null;
  org_id: string;
  input_due_date: string | null;
  org_name: string;
  owner_name: string;
}

type Stage = 'soon' | 'today' | 'overdue';

/** Where `date` stands on `today`: the stage, the period that keys it, and a day count. */
export function reminderSlot(
  date: string,
  ctx: Pick<PlanContext, 'today' | 'calendar' | 'reminderDays'>,
): { stage: Stage; period: string; days: number } | null {
  const { today, calendar } = ctx;
  if (date === today) return { stage: 'today', period: date, days: 0 };
  if (date < today) {
    const late = diffDays(date, today);
    // The first day after the due date, then every 7 days.
    return {
      stage: 'overdue',
      period: addDays(date, 1 + 7 * Math.floor((late - 1) / 7)),
      days: late,
    };
  }
  if (ctx.reminderDays > 0 && date <= calendar.addWorkingDays(today, ctx.reminderDays)) {
    return { stage: 'soon', period: date, days: calendar.workingDaysBetween(today, date) };
  }
  return null;
}

/** Monday of the week of `iso`. */
export const weekStartOf = (iso: string) => addDays(iso, -((dayOfWeek(iso) + 6) % 7));

const TASK_KIND: Record<Stage, TaskReminderKind> = {
  soon: 'due_soon',
  today: 'due_today',
  overdue: 'overdue',
};
const INPUT_KIND: Record<Stage, TaskReminderKind> = {
  soon: 'input_due_soon',
  today: 'input_due_today',
  overdue: 'input_overdue',
};

/** Reminders about single tasks: owners' due dates and coordinators' input dates. */
export function planTaskReminders(
  tasks: DueTaskRow[],
  inputs: DueInputRow[],
  usersByOrg: Map<string, Recipient[]>,
  ctx: PlanContext,
): Delivery[] {
  const out: Delivery[] = [];
  const emit = (
    kind: TaskReminderKind,
    subjectKey: string,
    taskId: string,
    orgId: string,
    period: string,
    message: Message,
  ) => {
    for (const r of usersByOrg.get(orgId) ?? []) {
      out.push({
        key: { kind, subjectKey, recipientUserId: r.id, period },
        taskId,
        orgId,
        recipient: r,
        email: ctx.mailEnabled && Boolean(r.email) && !r.digestOnly,
        message,
      });
    }
  };
  for (const t of tasks) {
    const slot = t.due_date ? reminderSlot(t.due_date, ctx) : null;
    if (!slot) continue;
    const kind = TASK_KIND[slot.stage];
    const message = taskReminderMessage({
      kind,
      taskId: t.id,
      title: t.title,
      status: t.status as TaskStatus,
      deadlineText: t.deadline_text,
      ownerName: t.owner_name,
      recipientOrgName: t.owner_name,
      date: t.due_date!,
      days: slot.days,
      url: `${ctx.baseUrl}/tasks/${t.id}`,
    });
    emit(kind, t.id, t.id, t.owner_org_id, slot.period, message);
  }
  for (const c of inputs) {
    const slot = c.input_due_date ? reminderSlot(c.input_due_date, ctx) : null;
    if (!slot) continue;
    const kind = INPUT_KIND[slot.stage];
    const message = taskReminderMessage({
      kind,
      taskId: c.task_id,
      title: c.title,
      status: c.status as TaskStatus,
      deadlineText: null,
      ownerName: c.owner_name,
      recipientOrgName: c.org_name,
      date: c.input_due_date!,
      days: slot.days,
      url: `${ctx.baseUrl}/tasks/${c.task_id}`,
    });
    emit(kind, `${c.task_id}:${c.org_id}`, c.task_id, c.org_id, slot.period, message);
  }
  return out;
}

/** The daily digest of every agency that has something overdue, due today or due soon. */
export function planDigests(
  tasks: DueTaskRow[],
  inputs: DueInputRow[],
  usersByOrg: Map<string, Recipient[]>,
  orgNames: Map<string, string>,
  ctx: PlanContext,
): Delivery[] {
  const views = new Map<string, DigestView>();
  const view = (orgId: string) => {
    let v = views.get(orgId);
    if (!v) {
      v = {
        orgName: orgNames.get(orgId) ?? orgId,
        date: ctx.today,
        overdue: [],
        dueToday: [],
        dueSoon: [],
        inputs: [],
        baseUrl: ctx.baseUrl,
      };
      views.set(orgId, v);
    }
    return v;
  };
  for (const t of tasks) {
    const slot = t.due_date ? reminderSlot(t.due_date, ctx) : null;
    if (!slot) continue;
    const item: DigestItem = { taskId: t.id, title: t.title, date: t.due_date!, days: slot.days };
    const v = view(t.owner_org_id);
    (slot.stage === 'overdue' ? v.overdue : slot.stage === 'today' ? v.dueToday : v.dueSoon).push(
      item,
    );
  }
  for (const c of inputs) {
    const slot = c.input_due_date ? reminderSlot(c.input_due_date, ctx) : null;
    if (!slot) continue;
    view(c.org_id).inputs.push({
      taskId: c.task_id,
      title: c.title,
      date: c.input_due_date!,
      days: slot.days,
      ownerName: c.owner_name,
    });
  }
  const out: Delivery[] = [];
  for (const [orgId, v] of views) {
    if (digestIsEmpty(v)) continue;
    const message = digestMessage(v);
    for (const r of usersByOrg.get(orgId) ?? []) {
      out.push({
        key: {
          kind: 'daily_digest',
          subjectKey: `org:${orgId}`,
          recipientUserId: r.id,
          period: ctx.today,
        },
        taskId: null,
        orgId,
        recipient: r,
        email: ctx.mailEnabled && Boolean(r.email),
        message,
      });
    }
  }
  return out;
}

/** The weekly summary to every leader, keyed by the week's Monday. */
export function planWeekly(view: WeeklyView, leaders: Recipient[], ctx: PlanContext): Delivery[] {
  const message = weeklyMessage(view);
  return leaders.map((r) => ({
    key: {
      kind: 'weekly_summary',
      subjectKey: 'province',
      recipientUserId: r.id,
      period: view.weekStart,
    },
    taskId: null,
    orgId: null,
    recipient: r,
    email: ctx.mailEnabled && Boolean(r.email),
    message,
  }));
}
