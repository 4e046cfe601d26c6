/**
 * One task with its whole timeline up to the generator's today — created, progress, report,
 * accept (on time or late), return, extension request and decision, reassignment,
 * cancellation, the `lineage` moves of the 2025 reforms — written as rows of tasks,
 * task_events, task_coordinators and revision_points.
 * @module
 */
import { foldVietnamese } from '@ketluan/contracts';
import { deadlineFor } from './deadlines.ts';
import { type Org, otherOwner, type ProvinceOrgs, REFORMS } from './generate-orgs.ts';
import { CONTENTS, OUTPUTS, REVISION_POINTS } from './phrases.ts';
import { instantOn, isoOf, type Rng, uuidv7 } from './prng.ts';
import type { GenerateStats, Sink } from './tables.ts';

const OPEN = new Set(['assigned', 'in_progress', 'reported', 'returned']);

export interface TaskContext {
  rng: Rng;
  today: number;
  prov: ProvinceOrgs;
  epochOrgs: ProvinceOrgs['epochs'][number];
  assignedDay: number;
  meetingId: string;
  announcementId: string;
  active: number;
  ctx: { year: number; local: string; pick: <T>(a: readonly T[]) => T };
  sink: Sink;
  stats: GenerateStats;
}

interface Event {
  type: string;
  day: number;
  to: string;
  owner: Org;
  due: number | null;
  note: string | null;
  payload: string;
  actorOrg: Org | null;
}

const folded = new Map<string, string>();
/** `foldVietnamese` of one fragment, memoised: fragments repeat, and folding is per character
 * (apart from collapsing spaces), so the fold of fragments joined by ' | ' is the join of their
 * folds. */
function fold(fragment: string): string {
  let f = folded.get(fragment);
  if (f === undefined) {
    f = foldVietnamese(fragment);
    if (folded.size < 500_000) folded.set(fragment, f);
  }
  return f;
}
export const foldJoin = (parts: (string | null | undefined)[]) =>
  parts
    .filter((x): x is string => Boolean(x))
    .map(fold)
    .join(' | ');

const q = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));

/** One task with its timeline up to `today`; returns its id. */
export function writeTask(
  c: TaskContext,
  t: { itemId: string | null; owner: Org; title: string; forum: string | null; points: number },
): string {
  const { rng, today, sink } = c;
  const A = c.assignedDay;
  const { text: deadlineText, strict, inclusive } = deadlineFor(rng, A);
  const due0 = strict;
  // Coordinators.
  const coordinators: Org[] = [];
  if (rng.chance(0.35)) {
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const o = rng.pickWeighted(c.epochOrgs.departments);
      if (o !== t.owner && !coordinators.includes(o)) coordinators.push(o);
    }
  }
  const content = rng.chance(0.2) ? rng.pick(CONTENTS) : null;
  const output = rng.chance(0.5) ? rng.pick(OUTPUTS) : null;
  const forum = t.forum && rng.chance(0.6) ? t.forum : null;

  // ---- the timeline ----
  const events: Event[] = [];
  let status = 'assigned';
  let owner = t.owner;
  let due = due0;
  let day = A;
  let completed: number | null = null;
  let reportedDay: number | null = null;
  let acceptedDay: number | null = null;
  let pending: { requested: number; reason: string } | null = null;
  let stopped = false;
  const push = (e: Omit<Event, 'owner' | 'due'> & { owner?: Org; due?: number | null }) => {
    if (stopped) return false;
    if (e.day > today) {
      stopped = true;
      return false;
    }
    // The 2025 reforms: an open task of an org that ended moves to its successor that day.
    for (const r of REFORMS) {
      if (day < r && e.day >= r && OPEN.has(status) && owner.validTo === r - 1 && owner.successor) {
        const to = owner.successor;
        events.push({
          type: 'lineage',
          day: r,
          to: status,
          owner: to,
          due,
          note: null,
          actorOrg: null,
          payload: `{"kind":"merge","fromOrgId":"${owner.id}","toOrgId":"${to.id}"}`,
        });
        owner = to;
      }
    }
    day = Math.max(day, e.day);
    if (e.owner) owner = e.owner;
    if (e.due !== undefined) due = e.due;
    status = e.to;
    events.push({ ...e, owner, due });
    return true;
  };

  push({
    type: 'created',
    day: A,
    to: 'assigned',
    note: null,
    actorOrg: null,
    payload: `{"deadlineText":${q(deadlineText)}}`,
  });
  if (rng.chance(0.03)) {
    const to = otherOwner(c.epochOrgs, rng, owner);
    push({
      type: 'reassign',
      day: A + rng.int(2, 20),
      to: status,
      owner: to,
      note: 'Giao lại cho cơ quan có chức năng phù hợp',
      actorOrg: null,
      payload: `{"previousOwnerOrgId":"${owner.id}"}`,
    });
  }

  const fate = rng.next();
  const spanDays = due !== null ? Math.max(due - A, 7) : rng.int(30, 300);
  // Extensions, decided before the deadline.
  if (due !== null && fate >= 0.025 && rng.chance(0.09)) {
    const requested = due + rng.int(15, 60);
    const reqDay = A + Math.max(1, Math.floor(spanDays * (0.5 + rng.next() * 0.45)));
    const reason = 'Nội dung phức tạp, cần thêm thời gian lấy ý kiến các cơ quan liên quan';
    if (
      push({
        type: 'extension_request',
        day: reqDay,
        to: status,
        note: reason,
        actorOrg: owner,
        payload: `{"requestedDate":"${isoOf(requested)}","previousDueDate":${q(due === null ? null : isoOf(due))}}`,
      })
    ) {
      pending = { requested, reason };
      const approved = rng.chance(0.75);
      const prev = due;
      if (
        push({
          type: 'extension_decision',
          day: reqDay + rng.int(2, 10),
          to: status,
          due: approved ? requested : due,
          note: approved
            ? 'Đồng ý gia hạn'
            : 'Không đồng ý gia hạn, đề nghị khẩn trương hoàn thành',
          actorOrg: null,
          payload: `{"approved":${approved},"previousDueDate":${q(prev === null ? null : isoOf(prev))},"newDueDate":${q(approved ? isoOf(requested) : prev === null ? null : isoOf(prev))},"requestedDate":"${isoOf(requested)}"}`,
        })
      ) {
        pending = null;
      }
    }
  }
  const dueNow = due;
  const progress = (from: number, to: number) => {
    const n = rng.int(0, 2);
    for (let i = 0; i < n && to > from + 1; i++) {
      const pct = rng.int(2, 9) * 10;
      push({
        type: 'progress',
        day: from + Math.floor(((to - from) * (i + 1)) / (n + 1)),
        to: 'in_progress',
        note: `Đang triển khai, đạt khoảng ${pct}% khối lượng công việc`,
        actorOrg: owner,
        payload: `{"percent":${pct}}`,
      });
    }
  };

  if (fate < 0.025) {
    // Cancelled.
    const cancelDay = Math.max(A + rng.int(5, 90), day + 1);
    progress(day, cancelDay);
    push({
      type: 'cancel',
      day: cancelDay,
      to: 'cancelled',
      note: 'Nhiệm vụ không còn phù hợp sau khi điều chỉnh chủ trương',
      actorOrg: null,
      payload: '{}',
    });
  } else if (fate < 0.075) {
    // Stuck: never completed (overdue once its deadline passes).
    progress(day, Math.min(today, A + spanDays * 2));
  } else {
    const base = dueNow ?? A + spanDays;
    const onTime = rng.chance(0.72);
    const C0 = onTime
      ? A + Math.max(1, Math.floor((base - A) * (0.35 + rng.next() * 0.65)))
      : base + rng.int(1, 60);
    const returned = rng.chance(0.07);
    const C = Math.max(C0, day + (returned ? 14 : 1));
    const symbol = owner.symbol ?? 'UBND';
    if (returned) {
      const first = C - rng.int(6, 12);
      progress(day, first);
      const ok = push({
        type: 'report',
        day: first,
        to: 'reported',
        note: null,
        actorOrg: owner,
        payload: `{"documentNumber":"${rng.int(1, 900)}/BC-${symbol}","completedDate":"${isoOf(first)}","revisionPoints":[]}`,
      });
      if (ok) {
        completed = first;
        reportedDay = first;
      }
      if (
        push({
          type: 'return',
          day: first + rng.int(1, 3),
          to: 'returned',
          note: 'Chưa tiếp thu đầy đủ ý kiến thành viên UBND tỉnh, đề nghị hoàn thiện lại',
          actorOrg: null,
          payload: '{}',
        })
      )
        completed = null;
      progress(day, C);
    } else {
      progress(day, C);
    }
    if (
      push({
        type: 'report',
        day: C,
        to: 'reported',
        note: 'Đã hoàn thành, gửi kèm văn bản báo cáo',
        actorOrg: owner,
        payload: `{"documentNumber":"${rng.int(1, 900)}/BC-${symbol}","completedDate":"${isoOf(C)}","revisionPoints":[]}`,
      })
    ) {
      completed = C;
      reportedDay = C;
      if (
        push({
          type: 'accept',
          day: C + rng.int(1, 7),
          to: 'done',
          note: null,
          actorOrg: null,
          payload: '{}',
        })
      )
        acceptedDay = day;
    }
  }
  // Reforms that happened after the last event while the task stayed open.
  if (OPEN.has(status)) {
    for (const r of REFORMS) {
      if (day < r && today >= r && owner.validTo === r - 1 && owner.successor) {
        const to = owner.successor;
        events.push({
          type: 'lineage',
          day: r,
          to: status,
          owner: to,
          due,
          note: null,
          actorOrg: null,
          payload: `{"kind":"merge","fromOrgId":"${owner.id}","toOrgId":"${to.id}"}`,
        });
        owner = to;
        day = r;
      }
    }
  }

  // ---- rows ----
  const created = instantOn(A, rng);
  const taskId = uuidv7(created.ms, rng);
  let lastAt = created.iso;
  let prevStatus: string | null = null;
  let reportedAt: string | null = null;
  let completedAt: string | null = null;
  events.forEach((e, i) => {
    const at = i === 0 ? created : instantOn(e.day, rng);
    const iso = [at.iso, lastAt].sort()[1] as string;
    lastAt = iso;
    if (e.type === 'report' && e.day === reportedDay) reportedAt = iso;
    if (e.type === 'accept' && e.day === acceptedDay) completedAt = iso;
    sink.row('task_events', [
      uuidv7(Date.parse(iso), rng),
      taskId,
      i + 1,
      e.type,
      iso,
      isoOf(e.day),
      e.actorOrg?.id ?? null,
      prevStatus,
      e.to,
      e.owner.id,
      e.due === null ? null : isoOf(e.due),
      e.note,
      e.payload,
    ]);
    prevStatus = e.to;
  });
  c.stats.events += events.length;

  const searchText = foldJoin([
    t.title,
    content,
    output,
    forum,
    deadlineText,
    t.owner.name,
    ...coordinators.map((o) => o.name),
  ]);
  sink.row('tasks', [
    taskId,
    t.itemId,
    c.meetingId,
    c.announcementId,
    owner.id,
    t.owner.id,
    t.title,
    content,
    output,
    forum,
    deadlineText,
    due === null ? null : isoOf(due),
    strict === null ? null : isoOf(strict),
    inclusive === null ? null : isoOf(inclusive),
    0,
    status,
    c.active,
    isoOf(A),
    reportedAt,
    completedAt,
    completed === null ? null : isoOf(completed),
    searchText,
    created.iso,
    lastAt,
    events.length,
    pending ? isoOf(pending.requested) : null,
    pending?.reason ?? null,
  ]);
  c.stats.tasks++;
  for (const o of coordinators) {
    const input = due0 !== null && rng.chance(0.3) ? isoOf(due0 - rng.int(3, 7)) : null;
    sink.row('task_coordinators', [taskId, o.id, null, input, null]);
    c.stats.coordinators++;
  }
  for (let i = 0; i < t.points; i++) {
    const checked = status === 'done' ? 1 : 0;
    sink.row('revision_points', [
      uuidv7(created.ms, rng),
      t.itemId,
      taskId,
      i + 1,
      REVISION_POINTS[(i * 3 + t.title.length) % REVISION_POINTS.length]!,
      checked,
      checked ? 'Đã tiếp thu, hoàn thiện' : null,
      checked ? completedAt : null,
    ]);
    c.stats.revisionPoints++;
  }
  return taskId;
}
