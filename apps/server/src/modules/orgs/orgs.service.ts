/**
 * The org directory: agencies and bodies with their aliases and lineage.
 * @module
 */
import { foldVietnamese, type Org } from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { DirectoryOrg } from './directory/types.ts';
import { presentOrg } from './orgs.presenter.ts';
import type { OrgsRepository } from './orgs.repository.ts';
import { seedDirectory } from './orgs.seed.ts';

export function createOrgsService(deps: {
  db: Kysely<Database>;
  repo: OrgsRepository;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, repo, audit, clock } = deps;

  async function present(rows: Awaited<ReturnType<OrgsRepository['list']>>): Promise<Org[]> {
    const ids = rows.map((r) => r.id);
    const [aliases, links] = await Promise.all([repo.aliasesOf(ids), repo.successionsOf(ids)]);
    const aliasMap = new Map<string, string[]>();
    for (const a of aliases) aliasMap.set(a.org_id, [...(aliasMap.get(a.org_id) ?? []), a.alias]);
    return rows.map((r) => presentOrg(r, aliasMap.get(r.id) ?? [], links));
  }

  return {
    async list(filter: { q?: string; kind?: string; activeOn?: string }): Promise<Org[]> {
      const folded = filter.q ? foldVietnamese(filter.q) : undefined;
      return present(await repo.list({ folded, kind: filter.kind, activeOn: filter.activeOn }));
    },

    async get(id: string): Promise<Org> {
      const row = await repo.findById(id);
      if (!row) throw notFound('cơ quan');
      const [org] = await present([row]);
      return org!;
    },

    /** Loads the directory when the database has no org yet; returns how many were loaded. */
    async seedIfEmpty(directory: readonly DirectoryOrg[]): Promise<number> {
      if ((await repo.count()) > 0) return 0;
      return db.transaction().execute(async (trx) => {
        const n = await seedDirectory(trx, directory, clock.now().toISOString());
        await audit.record(trx, {
          actorUserId: null,
          action: 'org.seed',
          entity: 'org',
          entityId: null,
          after: { count: n },
        });
        return n;
      });
    },
  };
}
export type OrgsService = ReturnType<typeof createOrgsService>;
