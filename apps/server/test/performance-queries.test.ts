/**
 * The queries rewritten for scale (issue 8: index-ordered pages, counts from due-date
 * buckets, "as of" from current columns for tasks unchanged since, trigram search) agree with
 * a naive reference computed in JavaScript, on generated data in every state (the benchmark's
 * generator: meetings, timelines with returns, extensions, reassignments, 2025 mergers), on
 * both engines.
 */
import type { Timeliness } from '@ketluan/contracts';
import { foldVietnamese } from '@ketluan/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate } from '../../../bench/lib/generate.ts';
import { LOAD_ORDER, TABLES, type TableName, type Value } from '../../../bench/lib/tables.ts';
import { daysBetween } from '../src/db/dialect-sql.ts';
import { createSearchService } from '../src/modules/search/search.service.ts';
import { createTasksRepository, type SortKey } from '../src/modules/tasks/tasks.repository.ts';
import { deriveTimeliness, type TimelinessWindow } from '../src/modules/tasks/timeliness.ts';
import { createTestContext, describeEachEngine, type TestContext } from './helpers/engines.ts';

const TODAY = '2026-11-28';
const WINDOW: TimelinessWindow = { today: TODAY, dueSoonUntil: '2026-12-03' };

interface Task {
  id: string;
  owner: string;
  status: string;
  due: string | null;
  completed: string | null;
  assigned: string;
  updatedAt: string;
  active: number;
  searchText: string;
  coordinators: string[];
  events: { seq: number; day: string; status: string; owner: string; due: string | null }[];
}

describeEachEngine('queries at scale agree with a naive reference', (engine) => {
  let ctx: TestContext;
  let tasks: Task[];
  const owners: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const rows = new Map<TableName, Value[][]>(LOAD_ORDER.map((t) => [t, []]));
    await generate(
      { row: (t, v) => void rows.get(t)!.push(v), tick: async () => {} },
      { tasks: 700, today: TODAY },
    );
    // A few draft-announcement tasks, inactive.
    const taskRows = rows.get('tasks')!;
    for (let i = 0; i < taskRows.length; i += 37) taskRows[i]![TABLES.tasks.indexOf('active')] = 0;
    const db = ctx.db.kysely;
    await db.transaction().execute(async (trx) => {
      for (const table of LOAD_ORDER) {
        const cols = TABLES[table];
        const all = rows.get(table)!;
        for (let i = 0; i < all.length; i += 100) {
          const chunk = all
            .slice(i, i + 100)
            .map((r) => Object.fromEntries(cols.map((c, k) => [c, r[k]])));
          if (chunk.length)
            await trx
              .insertInto(table)
              .values(chunk as never)
              .execute();
        }
      }
    });
    const col = (t: TableName, name: string) => TABLES[t].indexOf(name as never);
    const events = rows.get('task_events')!;
    const coords = rows.get('task_coordinators')!;
    tasks = taskRows.map((r) => {
      const id = r[col('tasks', 'id')] as string;
      return {
        id,
        owner: r[col('tasks', 'owner_org_id')] as string,
        status: r[col('tasks', 'status')] as string,
        due: r[col('tasks', 'due_date')] as string | null,
        completed: r[col('tasks', 'completed_date')] as string | null,
        assigned: r[col('tasks', 'assigned_date')] as string,
        updatedAt: r[col('tasks', 'updated_at')] as string,
        active: r[col('tasks', 'active')] as number,
        searchText: r[col('tasks', 'search_text')] as string,
        coordinators: coords.filter((c) => c[0] === id).map((c) => c[1] as string),
        events: events
          .filter((e) => e[col('task_events', 'task_id')] === id)
          .map((e) => ({
            seq: e[col('task_events', 'seq')] as number,
            day: e[col('task_events', 'effective_date')] as string,
            status: e[col('task_events', 'to_status')] as string,
            owner: e[col('task_events', 'owner_org_id')] as string,
            due: e[col('task_events', 'due_date')] as string | null,
          })),
      };
    });
    const count = new Map<string, number>();
    for (const t of tasks) count.set(t.owner, (count.get(t.owner) ?? 0) + 1);
    owners.push(...[...count.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o));
  }, 300_000);
  afterAll(async () => ctx?.dispose());

  /** The task as it stood at the end of `asOf` (or now), or null if not yet assigned. */
  function stateOf(t: Task, asOf?: string) {
    if (!asOf) return { status: t.status, owner: t.owner, due: t.due };
    const known = t.events.filter((e) => e.day <= asOf);
    if (!known.length) return null;
    const last = known.reduce((a, b) => (b.seq > a.seq ? b : a));
    return { status: last.status, owner: last.owner, due: last.due };
  }

  function reference(
    f: { owner?: string; org?: string; timeliness?: Timeliness[]; asOf?: string; sort: SortKey },
    window: TimelinessWindow,
  ) {
    const desc = f.sort.startsWith('-');
    const out = tasks.flatMap((t) => {
      const s = stateOf(t, f.asOf);
      if (!s || t.active !== 1) return [];
      if (f.owner && s.owner !== f.owner) return [];
      if (f.org && t.owner !== f.org && !t.coordinators.includes(f.org)) return [];
      const tl = deriveTimeliness(
        { status: s.status as never, dueDate: s.due, completedDate: t.completed },
        window,
      );
      if (f.timeliness && !f.timeliness.includes(tl)) return [];
      const key = f.sort.endsWith('due')
        ? (s.due ?? '9999-12-31')
        : f.sort.endsWith('assigned')
          ? t.assigned
          : t.updatedAt;
      return [{ id: t.id, key }];
    });
    out.sort((a, b) => {
      const c = a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1;
      return desc ? -c : c;
    });
    return out.map((x) => x.id);
  }

  /** Every page of `repo.list`, following the keyset cursor. */
  async function allPages(f: Parameters<ReturnType<typeof createTasksRepository>['list']>[0]) {
    const repo = createTasksRepository(ctx.db.kysely);
    const ids: string[] = [];
    let after: { key: string; id: string } | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const rows = await repo.list({ ...f, after });
      const page = rows.slice(0, f.limit);
      ids.push(...page.map((r) => r.id));
      if (rows.length <= f.limit) return ids;
      const last = page[page.length - 1]!;
      after = { key: last.sort_key as string, id: last.id };
    }
    throw new Error('too many pages');
  }

  const VALUES: Timeliness[][] = [
    ['overdue'],
    ['due_soon'],
    ['not_due'],
    ['no_deadline'],
    ['on_time'],
    ['late'],
    ['cancelled'],
    ['overdue', 'due_soon'],
    ['due_soon', 'not_due', 'no_deadline'],
    ['on_time', 'overdue'],
  ];

  it('lists by owner and timeliness, page by page, in index order', async () => {
    for (const owner of owners.slice(0, 3))
      for (const timeliness of VALUES)
        for (const sort of ['due', '-due'] as const) {
          const got = await allPages({ owner, timeliness, window: WINDOW, sort, limit: 7 });
          expect(got, `${owner} ${timeliness} ${sort}`).toEqual(
            reference({ owner, timeliness, sort }, WINDOW),
          );
        }
    const everything = await allPages({ window: WINDOW, sort: 'due', limit: 50 });
    expect(everything).toEqual(reference({ sort: 'due' }, WINDOW));
    const overdue = await allPages({
      window: WINDOW,
      timeliness: ['overdue'],
      sort: '-due',
      limit: 20,
    });
    expect(overdue).toEqual(reference({ timeliness: ['overdue'], sort: '-due' }, WINDOW));
  });

  it('lists what an agency owns or coordinates, merged in order', async () => {
    for (const org of owners.slice(0, 4))
      for (const sort of ['due', '-assigned', 'updated'] as const) {
        const got = await allPages({ restrictToOrg: org, window: WINDOW, sort, limit: 9 });
        expect(got, `${org} ${sort}`).toEqual(reference({ org, sort }, WINDOW));
      }
    const got = await allPages({
      restrictToOrg: owners[0],
      timeliness: ['on_time', 'late'],
      window: WINDOW,
      sort: 'due',
      limit: 5,
    });
    expect(got).toEqual(
      reference({ org: owners[0], timeliness: ['on_time', 'late'], sort: 'due' }, WINDOW),
    );
  });

  it('lists as of past days from the timeline', async () => {
    for (const asOf of ['2022-06-30', '2024-12-31', '2025-03-01', '2025-07-15']) {
      const window = { today: asOf, dueSoonUntil: asOf };
      for (const owner of owners.slice(0, 2)) {
        const got = await allPages({ owner, asOf, window, sort: 'due', limit: 11 });
        expect(got, `${owner} ${asOf}`).toEqual(reference({ owner, asOf, sort: 'due' }, window));
      }
      const overdue = await allPages({
        asOf,
        window,
        timeliness: ['overdue'],
        sort: 'due',
        limit: 30,
      });
      expect(overdue).toEqual(reference({ asOf, timeliness: ['overdue'], sort: 'due' }, window));
    }
  });

  it('counts by owner and timeliness, now and as of past days, for a period', async () => {
    const repo = createTasksRepository(ctx.db.kysely);
    const cases = [
      { asOf: TODAY, window: WINDOW },
      { asOf: undefined, window: WINDOW },
      { asOf: '2024-12-31', window: { today: '2024-12-31', dueSoonUntil: '2025-01-06' } },
      {
        asOf: '2025-06-30',
        window: { today: '2025-06-30', dueSoonUntil: '2025-07-03' },
        from: '2025-01-01',
        to: '2025-06-30',
      },
      {
        asOf: '2023-01-01',
        window: { today: '2023-01-01', dueSoonUntil: '2023-01-05' },
        from: '2022-01-01',
        to: '2022-12-31',
      },
    ];
    for (const c of cases) {
      const expected = new Map<string, Record<string, number>>();
      for (const t of tasks) {
        if (t.active !== 1) continue;
        if (c.from && t.assigned < c.from) continue;
        if (c.to && t.assigned > c.to) continue;
        const s = stateOf(t, c.asOf);
        if (!s) continue;
        const tl = deriveTimeliness(
          { status: s.status as never, dueDate: s.due, completedDate: t.completed },
          c.window,
        );
        const acc = expected.get(s.owner) ?? { lateDays: 0 };
        acc[tl] = (acc[tl] ?? 0) + 1;
        if (tl === 'late')
          acc.lateDays! += Math.round((Date.parse(t.completed!) - Date.parse(s.due!)) / 86_400_000);
        expected.set(s.owner, acc);
      }
      const got = await repo.countByOwner(
        { window: c.window, asOf: c.asOf, assignedFrom: c.from, assignedTo: c.to },
        (done, due) => daysBetween(engine, due, done),
      );
      const asMap = new Map(
        got.map((g) => [
          g.ownerOrgId,
          {
            ...Object.fromEntries(Object.entries(g.counts).filter(([, v]) => v > 0)),
            lateDays: g.lateDays,
          },
        ]),
      );
      expect(asMap, JSON.stringify(c)).toEqual(expected);
      const total = await repo.countByTimeliness({
        window: c.window,
        asOf: c.asOf,
        assignedFrom: c.from,
        assignedTo: c.to,
      });
      const sum: Record<string, number> = {};
      for (const e of expected.values())
        for (const [k, v] of Object.entries(e)) if (k !== 'lateDays') sum[k] = (sum[k] ?? 0) + v;
      expect(Object.fromEntries(Object.entries(total).filter(([, v]) => v > 0))).toEqual(sum);
    }
  });

  it('searches with the trigram index exactly as a substring match of every term', async () => {
    const search = createSearchService({ db: ctx.db.kysely });
    const admin = {
      id: 'x',
      username: 'x',
      name: 'x',
      email: null,
      role: 'admin' as const,
      orgId: null,
      sessionId: 'x',
    };
    for (const q of [
      'chuyển đổi số',
      'dat',
      'so y te',
      'giao duc hoc phi',
      'OCOP',
      'ban lai',
      'xyz không có',
      '100%',
      'a_b',
    ]) {
      const terms = foldVietnamese(q).split(' ').filter(Boolean);
      const expected = tasks
        .filter((t) => t.active === 1 && terms.every((term) => t.searchText.includes(term)))
        .sort((a, b) => {
          const ka = a.due ?? '9999-12-31';
          const kb = b.due ?? '9999-12-31';
          return ka < kb ? 1 : ka > kb ? -1 : a.id < b.id ? 1 : -1;
        })
        .slice(0, 50)
        .map((t) => t.id);
      const got = await search.search(admin, q, 50);
      expect(
        got.tasks.map((t) => t.id),
        q,
      ).toEqual(expected);
    }
  });
});
