import type { Kysely } from 'kysely';
import type { Database, OrgRow } from '../../db/schema.ts';

export interface SuccessionRow {
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
  kind: string;
  note: string | null;
  other_name: string;
}

export function createOrgsRepository(db: Kysely<Database>) {
  return {
    count: async () =>
      Number(
        (
          await db
            .selectFrom('orgs')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),

    list(filter: { folded?: string; kind?: string; activeOn?: string }): Promise<OrgRow[]> {
      let q = db.selectFrom('orgs').selectAll();
      if (filter.folded) q = q.where('search_text', 'like', `%${escapeLike(filter.folded)}%`);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.activeOn) {
        const d = filter.activeOn;
        q = q
          .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', d)]))
          .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', d)]));
      }
      return q.orderBy('kind').orderBy('name').execute();
    },

    findById: (id: string) =>
      db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst(),

    aliasesOf: (orgIds: string[]) =>
      orgIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('org_aliases')
            .select(['org_id', 'alias'])
            .where('org_id', 'in', orgIds)
            .orderBy('alias')
            .execute(),

    /** Succession links touching the given orgs, with the name of the org at the other end. */
    async successionsOf(orgIds: string[]): Promise<SuccessionRow[]> {
      if (orgIds.length === 0) return [];
      const forward = db
        .selectFrom('org_successions as s')
        .innerJoin('orgs as o', 'o.id', 's.successor_id')
        .select([
          's.predecessor_id',
          's.successor_id',
          's.effective_date',
          's.kind',
          's.note',
          'o.name as other_name',
        ])
        .where('s.predecessor_id', 'in', orgIds);
      const backward = db
        .selectFrom('org_successions as s')
        .innerJoin('orgs as o', 'o.id', 's.predecessor_id')
        .select([
          's.predecessor_id',
          's.successor_id',
          's.effective_date',
          's.kind',
          's.note',
          'o.name as other_name',
        ])
        .where('s.successor_id', 'in', orgIds);
      return [...(await forward.execute()), ...(await backward.execute())];
    },
  };
}
export type OrgsRepository = ReturnType<typeof createOrgsRepository>;

/** Escapes LIKE wildcards in user text (with the default backslash escape on both engines). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The provincial People's Committee: the default body of meetings and announcements. */
export async function provincialCommitteeId(db: Kysely<Database>): Promise<string | undefined> {
  const o = await db
    .selectFrom('orgs')
    .select('id')
    .where('kind', '=', 'provincial_committee')
    .orderBy('code')
    .executeTakeFirst();
  return o?.id;
}
