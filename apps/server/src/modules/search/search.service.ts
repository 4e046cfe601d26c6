/**
 * One search box over tasks, agenda items and announcements, accent-insensitive on both
 * engines ("so giao duc" finds "Sở Giáo dục", "dat" finds "đất"): every record keeps a folded
 * copy of its text (`search_text`), and the query is folded the same way.
 * @module
 */
import { foldVietnamese, type Role } from '@ketluan/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { escapeLike } from '../orgs/orgs.repository.ts';

const READ_ALL: readonly Role[] = ['admin', 'office', 'leader', 'viewer'];

export function createSearchService(deps: { db: Kysely<Database> }) {
  const { db } = deps;

  return {
    async search(user: SessionUser, q: string, limit: number) {
      const terms = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 8);
      if (terms.length === 0) return { tasks: [], items: [], announcements: [] };
      const like = (col: string) =>
        sql<boolean>`${sql.join(
          terms.map((t) => sql`${sql.ref(col)} like ${`%${escapeLike(t)}%`}`),
          sql` and `,
        )}`;
      const agency = READ_ALL.includes(user.role) ? null : (user.orgId ?? '-');
      const involved = (meetingCol: string) =>
        sql<boolean>`exists (select 1 from tasks tt where tt.meeting_id = ${sql.ref(meetingCol)} and (tt.owner_org_id = ${agency} or exists (select 1 from task_coordinators c where c.task_id = tt.id and c.org_id = ${agency})))`;

      let tasks = db
        .selectFrom('tasks as t')
        .innerJoin('orgs as o', 'o.id', 't.owner_org_id')
        .select(['t.id', 't.title', 't.status', 't.due_date as dueDate', 'o.name as ownerName'])
        .where('t.active', '=', 1)
        .where(like('t.search_text'));
      if (agency) {
        tasks = tasks.where(
          sql<boolean>`(t.owner_org_id = ${agency} or exists (select 1 from task_coordinators c where c.task_id = t.id and c.org_id = ${agency}))`,
        );
      }
      let items = db
        .selectFrom('items as i')
        .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
        .select([
          'i.id',
          'i.title',
          'i.meeting_id as meetingId',
          'm.title as meetingTitle',
          'm.meeting_date as meetingDate',
        ])
        .where(like('i.search_text'));
      if (agency)
        items = items.where(
          sql<boolean>`(i.presenter_org_id = ${agency} or ${involved('i.meeting_id')})`,
        );
      let announcements = db
        .selectFrom('announcements as a')
        .select([
          'a.id',
          'a.number_symbol as numberSymbol',
          'a.summary',
          'a.issued_date as issuedDate',
          'a.status',
        ])
        .where(like('a.search_text'));
      if (agency)
        announcements = announcements
          .where('a.status', '=', 'issued')
          .where(involved('a.meeting_id'));

      const [t, i, a] = await Promise.all([
        tasks.orderBy('t.due_date', 'desc').limit(limit).execute(),
        items.orderBy('m.meeting_date', 'desc').limit(limit).execute(),
        announcements.orderBy('a.issued_date', 'desc').limit(limit).execute(),
      ]);
      return { tasks: t, items: i, announcements: a };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
