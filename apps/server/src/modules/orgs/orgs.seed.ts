/**
 * Loads an org directory (see `directory/`) into an empty database, in one transaction:
 * orgs, then parents, aliases and succession links, which refer to other orgs by code.
 * @module
 */
import { foldVietnamese } from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import type { DirectoryOrg } from './directory/types.ts';

/** Every distinct form an org is written in: name, short form and aliases. */
export function namesOf(o: Pick<DirectoryOrg, 'name' | 'shortName' | 'aliases'>): string[] {
  const all = [o.name, o.shortName, ...o.aliases].filter((s): s is string => Boolean(s));
  const seen = new Set<string>();
  return all.filter((s) => {
    const f = foldVietnamese(s);
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}

export async function seedDirectory(
  trx: Kysely<Database>,
  directory: readonly DirectoryOrg[],
  now: string,
): Promise<number> {
  const idByCode = new Map(directory.map((o) => [o.code, newId()]));
  const idOf = (code: string) => {
    const id = idByCode.get(code);
    if (!id) throw new Error(`Directory refers to unknown org code ${code}`);
    return id;
  };
  for (const o of directory) {
    await trx
      .insertInto('orgs')
      .values({
        id: idOf(o.code),
        code: o.code,
        name: o.name,
        short_name: o.shortName ?? null,
        symbol: o.symbol ?? null,
        kind: o.kind,
        parent_id: null,
        valid_from: o.validFrom ?? null,
        valid_to: o.validTo ?? null,
        search_text: namesOf(o).map(foldVietnamese).join(' | '),
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  for (const o of directory) {
    if (o.parentCode) {
      await trx
        .updateTable('orgs')
        .set({ parent_id: idOf(o.parentCode) })
        .where('id', '=', idOf(o.code))
        .execute();
    }
    const aliases = namesOf(o).map((alias) => ({
      id: newId(),
      org_id: idOf(o.code),
      alias,
      folded: foldVietnamese(alias),
    }));
    if (aliases.length) await trx.insertInto('org_aliases').values(aliases).execute();
    for (const s of o.successors ?? []) {
      await trx
        .insertInto('org_successions')
        .values({
          id: newId(),
          predecessor_id: idOf(o.code),
          successor_id: idOf(s.code),
          effective_date: s.effective,
          kind: s.kind,
          note: s.note ?? null,
          applied_at: null,
          created_at: now,
        })
        .execute();
    }
  }
  return directory.length;
}
