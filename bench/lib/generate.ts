/**
 * The data generator: orgs of 34 provinces (with the 2025 mergers and succession links), and
 * `tasks` tasks from meetings, announcements and agenda items, each with a timeline in every
 * state — assigned, in progress, reported, done on time or late, returned, cancelled, with
 * extensions, reassignments and the `lineage` moves of the 2025 reforms — and coordinators,
 * revision points and accent-folded search text. Deterministic for a given size.
 * @module
 */
import { foldVietnamese } from '@ketluan/contracts';
import type { DirectoryOrg } from '../../apps/server/src/modules/orgs/directory/types.ts';
import { namesOf } from '../../apps/server/src/modules/orgs/orgs.seed.ts';
import {
  CONCLUSIONS,
  CONTENTS,
  DOMAINS,
  type Domain,
  FORUMS,
  fill,
  GIVEN,
  ITEM_PREFIXES,
  MIDDLE,
  OUTPUTS,
  REVISION_POINTS,
  SURNAMES,
  TASK_ACTIONS,
} from './phrases.ts';
import {
  createRng,
  dayOf,
  instantOn,
  isoOf,
  type Rng,
  uuidv7,
  type Weighted,
  weighted,
  workingDayOnOrAfter,
} from './prng.ts';
import { allOrgs, orgSearchText, PROVINCES, type Province } from './provinces.ts';
import type { Sink, Value } from './tables.ts';

export interface GenerateOptions {
  tasks: number;
  /** The generator's "today" (Vietnam date); timelines stop there. */
  today: string;
  /** First meeting day. */
  start?: string;
  onProgress?: (tasksDone: number) => void;
}

export interface GenerateStats {
  orgs: number;
  meetings: number;
  items: number;
  tasks: number;
  events: number;
  coordinators: number;
  revisionPoints: number;
}

interface Org {
  id: string;
  code: string;
  local: string; // code without the province prefix
  name: string;
  kind: string;
  symbol: string | null;
  validFrom: number;
  validTo: number;
  /** First take-over successor (merge/split/rename), if it ended. */
  successor: Org | null;
  successorLink: DirectoryOrg['successors'];
}

const REFORMS = [dayOf('2025-03-01'), dayOf('2025-07-01')];
const OPEN = new Set(['assigned', 'in_progress', 'reported', 'returned']);
const ROMAN = ['I', 'II', 'III', 'IV'];

const ddmmyyyy = (day: number) => {
  const s = isoOf(day);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
};
const yearOf = (day: number) => Number(isoOf(day).slice(0, 4));
const monthEnd = (day: number, plus: number) => {
  const d = new Date(day * 86_400_000);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus + 1, 0) / 86_400_000);
};

interface ProvinceOrgs {
  province: Province;
  body: Org;
  byLocal: Map<string, Org>;
  /** Departments, locals and other provincial bodies valid on a day, per epoch. */
  epochs: { departments: Weighted<Org>; locals: Weighted<Org>; others: Org[] }[];
  weight: number;
}

function epochOf(day: number): number {
  return day < (REFORMS[0] ?? 0) ? 0 : day < (REFORMS[1] ?? 0) ? 1 : 2;
}
const EPOCH_DAYS = ['2024-06-01', '2025-04-01', '2025-09-01'].map(dayOf);

export async function generate(sink: Sink, options: GenerateOptions): Promise<GenerateStats> {
  const rng = createRng(0x6b6c ^ options.tasks);
  const today = dayOf(options.today);
  const start = dayOf(options.start ?? '2021-01-04');
  const orgStamp = Date.UTC(2020, 11, 1);
  const orgCreated = new Date(orgStamp).toISOString();
  const stats: GenerateStats = {
    orgs: 0,
    meetings: 0,
    items: 0,
    tasks: 0,
    events: 0,
    coordinators: 0,
    revisionPoints: 0,
  };

  // ---- orgs -------------------------------------------------------------------------------
  // Parents before children, so that every row's foreign keys point backwards.
  const unordered = allOrgs();
  const directory: typeof unordered = [];
  const placed = new Set<string>();
  const codes = new Map(unordered.map((d) => [d.org.code, d]));
  const place = (d: (typeof unordered)[number]) => {
    if (placed.has(d.org.code)) return;
    const parent = d.org.parentCode ? codes.get(d.org.parentCode) : undefined;
    if (parent) place(parent);
    placed.add(d.org.code);
    directory.push(d);
  };
  for (const d of unordered) place(d);
  const byCode = new Map<string, Org>();
  for (const { org } of directory) {
    byCode.set(org.code, {
      id: uuidv7(orgStamp, rng),
      code: org.code,
      local: org.code.replace(/^[a-z]+-/, ''),
      name: org.name,
      kind: org.kind,
      symbol: org.symbol ?? null,
      validFrom: org.validFrom ? dayOf(org.validFrom) : -1e9,
      validTo: org.validTo ? dayOf(org.validTo) : 1e9,
      successor: null,
      successorLink: org.successors,
    });
  }
  for (const o of byCode.values()) {
    const link = o.successorLink?.find((s) => s.kind !== 'transfer');
    if (link && o.validTo < 1e9) o.successor = byCode.get(link.code) ?? null;
  }
  for (const { org } of directory) {
    const o = byCode.get(org.code)!;
    sink.row('orgs', [
      o.id,
      org.code,
      org.name,
      org.shortName ?? null,
      org.symbol ?? null,
      org.kind,
      org.parentCode ? (byCode.get(org.parentCode)?.id ?? null) : null,
      org.validFrom ?? null,
      org.validTo ?? null,
      orgSearchText(org),
      orgCreated,
      orgCreated,
      1,
    ]);
    stats.orgs++;
    for (const alias of namesOf(org)) {
      sink.row('org_aliases', [uuidv7(orgStamp, rng), o.id, alias, foldVietnamese(alias)]);
    }
    for (const s of org.successors ?? []) {
      sink.row('org_successions', [
        uuidv7(orgStamp, rng),
        o.id,
        byCode.get(s.code)!.id,
        s.effective,
        s.kind,
        s.note ?? null,
        null,
        orgCreated,
      ]);
    }
  }
  await sink.tick();

  const provinces: ProvinceOrgs[] = PROVINCES.map((p) => {
    const own = [...byCode.values()].filter((o) => o.code.startsWith(`${p.code}-`));
    const byLocal = new Map(own.map((o) => [o.local, o]));
    const epochs = EPOCH_DAYS.map((day) => {
      const valid = own.filter((o) => o.validFrom <= day && o.validTo >= day);
      const departments = valid.filter((o) => o.kind === 'department');
      const locals = valid.filter((o) => o.kind === 'district' || o.kind === 'commune');
      const others = valid.filter((o) =>
        ['police', 'military', 'media', 'other', 'unit', 'office', 'front'].includes(o.kind),
      );
      return {
        // A few departments carry most of the work (Zipf-like).
        departments: weighted(departments, (_, i) => 1 / (1 + i * 0.35)),
        locals: weighted(locals, (_, i) => 1 / (1 + i * 0.08)),
        others,
      };
    });
    return { province: p, body: byLocal.get('ubnd-tinh')!, byLocal, epochs, weight: p.weight };
  });
  const provincePool = weighted(provinces, (p) => p.weight);

  // ---- plan: meetings and how many tasks each carries ---------------------------------------
  interface Plan {
    kind: 'regular' | 'thematic' | 'briefing' | 'working';
    items: number[]; // tasks per item
    loose: number; // tasks without an item
  }
  const plans: Plan[] = [];
  let planned = 0;
  while (planned < options.tasks) {
    const r = rng.next();
    const kind = r < 0.35 ? 'regular' : r < 0.65 ? 'thematic' : r < 0.8 ? 'briefing' : 'working';
    const nItems =
      kind === 'regular'
        ? rng.int(6, 12)
        : kind === 'thematic'
          ? rng.int(2, 5)
          : kind === 'briefing'
            ? rng.int(3, 8)
            : rng.int(1, 4);
    const items: number[] = [];
    for (let i = 0; i < nItems; i++) {
      const x = rng.next();
      items.push(x < 0.42 ? 1 : x < 0.72 ? 2 : x < 0.88 ? 3 : rng.int(4, 6));
    }
    const loose = kind === 'working' || kind === 'briefing' ? rng.int(0, 4) : 0;
    let total = items.reduce((s, n) => s + n, 0) + loose;
    // Trim the last meeting to land on the exact size.
    while (planned + total > options.tasks) {
      const last = items.length - 1;
      if (loose > 0 && total - items.reduce((s, n) => s + n, 0) > 0) {
        total--;
        continue;
      }
      if ((items[last] ?? 0) > 1) items[last]!--;
      else items.pop();
      total = items.reduce((s, n) => s + n, 0);
    }
    const looseNow = total - items.reduce((s, n) => s + n, 0);
    plans.push({ kind, items, loose: looseNow });
    planned += total;
  }

  // Meeting days: more meetings in later years (density rising linearly by 60%).
  const span = today - 3 - start;
  const days = plans.map((_, i) => {
    const u = (i + rng.next()) / plans.length;
    const x = (-1 + Math.sqrt(1 + 1.56 * u)) / 0.6;
    return workingDayOnOrAfter(start + Math.floor(x * span));
  });

  // ---- meetings, announcements, items, tasks -------------------------------------------------
  const registers = new Map<string, number>();
  const sequences = new Map<string, number>();
  const personName = () => `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;

  for (let m = 0; m < plans.length; m++) {
    const plan = plans[m]!;
    const meetingDay = Math.min(days[m]!, today - 1);
    const prov = rng.pickWeighted(provincePool);
    const p = prov.province;
    const epoch = prov.epochs[epochOf(meetingDay)]!;
    const year = yearOf(meetingDay);
    const month = Number(isoOf(meetingDay).slice(5, 7));
    const local = rng.pickWeighted(epoch.locals).name.replace(/^Ủy ban nhân dân /, '');
    const ctx = { year, local, pick: rng.pick };
    const domain = rng.pick(DOMAINS);
    const tinh = p.city ? 'thành phố' : 'tỉnh';
    const seqKey = `${p.code}:${year}:${month}`;
    const seq = (sequences.get(seqKey) ?? 0) + 1;
    sequences.set(seqKey, seq);
    const title =
      plan.kind === 'regular'
        ? `Phiên họp UBND ${tinh} tháng ${month} năm ${year}${seq > 1 ? ` (kỳ ${seq})` : ''}`
        : plan.kind === 'thematic'
          ? `Phiên họp chuyên đề về ${domain.name} năm ${year}`
          : plan.kind === 'briefing'
            ? `Hội nghị giao ban công tác tháng ${month}/${year}`
            : `Buổi làm việc với ${rng.pickWeighted(epoch.departments).name} về ${fill(rng.pick(domain.subjects), ctx)}`;
    const chair = personName();
    const chairTitle = rng.chance(0.5) ? `Chủ tịch UBND ${tinh}` : `Phó Chủ tịch UBND ${tinh}`;
    const period = `tháng ${month}/${year}`;
    const meetingAt = instantOn(meetingDay, rng);
    const meetingId = uuidv7(meetingAt.ms, rng);
    sink.row('meetings', [
      meetingId,
      prov.body.id,
      plan.kind,
      title,
      period,
      seq > 1 ? `kỳ ${seq}` : null,
      isoOf(meetingDay),
      `Trụ sở UBND ${tinh} ${p.name}`,
      chair,
      chairTitle,
      'held',
      foldJoin([title, chair, period]),
      meetingAt.iso,
      meetingAt.iso,
      1,
    ]);
    stats.meetings++;

    // The announcement of the conclusions, a few days later; the newest may still be drafts.
    const issuedDay = Math.min(workingDayOnOrAfter(meetingDay + rng.int(2, 6)), today);
    const draft = today - issuedDay < 7 && rng.chance(0.3);
    const regKey = `${p.code}:${yearOf(issuedDay)}`;
    const number = draft ? null : (registers.get(regKey) ?? 0) + 1;
    if (number) registers.set(regKey, number);
    const numberSymbol = number ? `${number}/TB-UBND` : null;
    const summary = `Kết luận của ${chairTitle} ${chair} tại ${title}`;
    const issuedAt = instantOn(issuedDay, rng);
    const announcementId = uuidv7(issuedAt.ms, rng);
    sink.row('announcements', [
      announcementId,
      prov.body.id,
      meetingId,
      'TB',
      yearOf(issuedDay),
      number,
      number ? 'TB-UBND' : null,
      numberSymbol,
      'register',
      p.name,
      draft ? null : isoOf(issuedDay),
      summary,
      '{}',
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
      personName(),
      'Lưu: VT, THNC.',
      draft ? 'draft' : 'issued',
      draft ? 0 : 1,
      'composed',
      draft ? null : issuedAt.iso,
      foldJoin([numberSymbol, summary]),
      meetingAt.iso,
      issuedAt.iso,
      1,
    ]);

    const taskContext = {
      rng,
      today,
      prov,
      epochOrgs: epoch,
      assignedDay: issuedDay,
      meetingId,
      announcementId,
      active: draft ? 0 : 1,
      ctx,
      sink,
      stats,
    };
    for (let i = 0; i < plan.items.length; i++) {
      const itemDomain = plan.kind === 'thematic' && rng.chance(0.7) ? domain : rng.pick(DOMAINS);
      const presenter = domainOwner(itemDomain, prov, epoch, rng);
      const subject = fill(rng.pick(itemDomain.subjects), ctx);
      const itemTitle = `${rng.pick(ITEM_PREFIXES)} ${subject}`;
      const verdictRoll = rng.next();
      const verdict =
        verdictRoll < 0.3
          ? 'agreed'
          : verdictRoll < 0.8
            ? 'basically_agreed'
            : verdictRoll < 0.9
              ? 'resubmit'
              : 'not_agreed';
      const conclusion = rng.pick(CONCLUSIONS);
      const itemId = uuidv7(meetingAt.ms + i, rng);
      const nextForum = rng.chance(0.4) ? fill(rng.pick(FORUMS), ctx) : null;
      sink.row('items', [
        itemId,
        meetingId,
        i + 1,
        String(i + 1),
        itemTitle,
        itemTitle.includes('Nghị quyết') ? '["to_trinh","nghi_quyet"]' : '[]',
        presenter.id,
        presenter.name,
        nextForum,
        verdict,
        conclusion,
        foldJoin([itemTitle, conclusion, presenter.name]),
        meetingAt.iso,
        meetingAt.iso,
        1,
      ]);
      stats.items++;
      for (let k = 0; k < (plan.items[i] ?? 0); k++) {
        const owner = k === 0 || rng.chance(0.55) ? presenter : otherOwner(epoch, rng, presenter);
        const taskTitle = `${rng.pick(TASK_ACTIONS)} ${k === 0 ? subject : fill(rng.pick(itemDomain.subjects), ctx)}`;
        const taskId = writeTask(taskContext, {
          itemId,
          owner,
          title: taskTitle,
          forum: nextForum,
          points: k === 0 && verdict === 'basically_agreed' && rng.chance(0.4) ? rng.int(2, 4) : 0,
        });
        void taskId;
      }
    }
    for (let k = 0; k < plan.loose; k++) {
      const d = rng.pick(DOMAINS);
      const owner = rng.chance(0.6)
        ? domainOwner(d, prov, epoch, rng)
        : otherOwner(epoch, rng, null);
      writeTask(taskContext, {
        itemId: null,
        owner,
        title: `${rng.pick(TASK_ACTIONS)} ${fill(rng.pick(d.subjects), ctx)}`,
        forum: null,
        points: 0,
      });
    }
    if (m % 50 === 0) {
      options.onProgress?.(stats.tasks);
      await sink.tick();
    }
  }
  options.onProgress?.(stats.tasks);
  return stats;
}

function domainOwner(
  d: Domain,
  prov: ProvinceOrgs,
  epoch: ProvinceOrgs['epochs'][number],
  rng: Rng,
): Org {
  const valid = d.owners
    .map((code) => prov.byLocal.get(code))
    .filter((o): o is Org => Boolean(o && epoch.departments.items.includes(o)));
  return valid.length ? rng.pick(valid) : rng.pickWeighted(epoch.departments);
}

function otherOwner(epoch: ProvinceOrgs['epochs'][number], rng: Rng, not: Org | null): Org {
  for (;;) {
    const r = rng.next();
    const o =
      r < 0.6
        ? rng.pickWeighted(epoch.departments)
        : r < 0.88
          ? rng.pickWeighted(epoch.locals)
          : rng.pick(epoch.others);
    if (o && o !== not) return o;
  }
}

interface TaskContext {
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
const foldJoin = (parts: (string | null | undefined)[]) =>
  parts
    .filter((x): x is string => Boolean(x))
    .map(fold)
    .join(' | ');

const q = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));

/** One task with its timeline up to `today`; returns its id. */
function writeTask(
  c: TaskContext,
  t: { itemId: string | null; owner: Org; title: string; forum: string | null; points: number },
): string {
  const { rng, today, sink } = c;
  const A = c.assignedDay;

  // Deadline as written, and the day it means (strict reading drives timeliness).
  let deadlineText: string | null = null;
  let strict: number | null = null;
  let inclusive: number | null = null;
  const d = rng.next();
  if (d < 0.12) {
    deadlineText = rng.chance(0.5) ? 'thường xuyên' : null;
  } else if (d < 0.6) {
    const x = A + rng.int(10, 120);
    deadlineText = `trước ngày ${ddmmyyyy(x)}`;
    strict = x - 1;
    inclusive = x;
  } else if (d < 0.78) {
    const x = A + rng.int(7, 90);
    deadlineText = `${rng.pick(['chậm nhất ngày', 'hoàn thành trong ngày', 'hoàn thành ngày'])} ${ddmmyyyy(x)}`;
    strict = x;
    inclusive = x;
  } else if (d < 0.9) {
    const x = monthEnd(A, rng.int(0, 3));
    deadlineText = `trong tháng ${Number(isoOf(x).slice(5, 7))}/${yearOf(x)}`;
    strict = x;
    inclusive = x;
  } else if (d < 0.96) {
    const end = monthEnd(A, rng.int(2, 5));
    const mo = Number(isoOf(end).slice(5, 7));
    const qEnd = monthEnd(end, (3 - (mo % 3)) % 3);
    deadlineText = `trong quý ${ROMAN[Math.floor((mo - 1) / 3)]}/${yearOf(qEnd)}`;
    strict = qEnd;
    inclusive = qEnd;
  } else {
    deadlineText = 'trong thời hạn 10 ngày làm việc';
    strict = A + 14;
    inclusive = A + 14;
  }
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

export type { Value };
export { OPEN as OPEN_STATUSES_SET };
