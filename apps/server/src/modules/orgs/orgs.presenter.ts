import type { Org } from '@ketluan/contracts';
import type { OrgRow } from '../../db/schema.ts';
import type { SuccessionRow } from './orgs.repository.ts';

export function presentOrg(row: OrgRow, aliases: string[], links: SuccessionRow[]): Org {
  const toLink = (l: SuccessionRow, otherId: string) => ({
    orgId: otherId,
    name: l.other_name,
    effective: l.effective_date,
    kind: l.kind as Org['successors'][number]['kind'],
    note: l.note,
  });
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    symbol: row.symbol,
    aliases,
    kind: row.kind as Org['kind'],
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    successors: links
      .filter((l) => l.predecessor_id === row.id)
      .map((l) => toLink(l, l.successor_id)),
    predecessors: links
      .filter((l) => l.successor_id === row.id)
      .map((l) => toLink(l, l.predecessor_id)),
    version: row.version,
  };
}
