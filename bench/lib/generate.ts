/**
 * The data generator: orgs of 34 provinces (with the 2025 mergers and succession links), and
 * `tasks` tasks from meetings, announcements and agenda items, each with a timeline in every
 * state — assigned, in progress, reported, done on time or late, returned, cancelled, with
 * extensions, reassignments and the `lineage` moves of the 2025 reforms — and coordinators,
 * revision points and accent-folded search text. Deterministic for a given size.
 * @module
 */

import { yearOf } from './deadlines.ts';
import { domainOwner, epochOf, otherOwner, writeOrgs } from './generate-orgs.ts';
import {
  CONCLUSIONS,
  DOMAINS,
  FORUMS,
  fill,
  GIVEN,
  ITEM_PREFIXES,
  MIDDLE,
  SURNAMES,
  TASK_ACTIONS,
} from './phrases.ts';
import { createRng, dayOf, instantOn, isoOf, uuidv7, workingDayOnOrAfter } from './prng.ts';
import type { GenerateStats, Sink } from './tables.ts';
import { foldJoin, writeTask } from './task-timeline.ts';

export type { GenerateStats } from './tables.ts';

export interface GenerateOptions {
  tasks: number;
  /** The generator's "today" (Vietnam date); timelines stop there. */
  today: string;
  /** First meeting day. */
  start?: string;
  onProgress?: (tasksDone: number) => void;
}

export async function generate(sink: Sink, options: GenerateOptions): Promise<GenerateStats> {
  const rng = createRng(0x6b6c ^ options.tasks);
  const today = dayOf(options.today);
  const start = dayOf(options.start ?? '2021-01-04');
  const stats: GenerateStats = {
    orgs: 0,
    meetings: 0,
    items: 0,
    tasks: 0,
    events: 0,
    coordinators: 0,
    revisionPoints: 0,
  };
  const { provincePool } = await writeOrgs(sink, rng, stats);

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
