import { z } from 'zod';
import { Id, IsoDate } from './common.ts';

export const ORG_KINDS = [
  'central',
  'provincial_committee',
  'council',
  'party',
  'department',
  'office',
  'police',
  'military',
  'district',
  'commune',
  'front',
  'media',
  'unit',
  'group',
  'other',
] as const;
export const OrgKind = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof OrgKind>;

export const SUCCESSION_KINDS = ['merge', 'split', 'rename', 'transfer'] as const;
export const SuccessionKind = z.enum(SUCCESSION_KINDS);

export const Succession = z.object({
  orgId: Id,
  name: z.string(),
  effective: IsoDate,
  kind: SuccessionKind,
  note: z.string().nullable(),
});

export const Org = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  symbol: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: OrgKind,
  parentId: Id.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  successors: z.array(Succession),
  predecessors: z.array(Succession),
  version: z.number().int(),
});
export type Org = z.infer<typeof Org>;

export const OrgListQuery = z.object({
  q: z.string().max(200).optional().describe('Accent-insensitive search in names and aliases'),
  kind: OrgKind.optional(),
  activeOn: IsoDate.optional().describe('Only orgs valid on this date'),
});
