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

export const NewOrgInput = z.object({
  name: z.string().trim().min(1, 'Chưa nhập tên cơ quan').max(300),
  shortName: z.string().trim().max(100).optional().nullable(),
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,60}$/, 'Mã chỉ gồm chữ thường không dấu, số và gạch ngang')
    .optional(),
  kind: OrgKind,
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
  parentId: Id.optional().nullable(),
});
export type NewOrgInput = z.infer<typeof NewOrgInput>;

/** An admin's change of the org structure: merge, split or rename, from an effective date. */
export const LineageBody = z
  .object({
    kind: SuccessionKind.exclude(['transfer']),
    fromOrgIds: z.array(Id).min(1).max(20),
    toOrgIds: z.array(Id).max(20).default([]).describe('Existing successors'),
    newOrg: NewOrgInput.optional().describe('A successor created by this change'),
    defaultToOrgId: Id.optional().describe(
      'For a split: who takes the open tasks; else the first successor',
    ),
    effectiveDate: IsoDate,
    note: z.string().trim().max(1000).optional().nullable(),
  })
  .refine((b) => b.toOrgIds.length > 0 || b.newOrg, {
    message: 'Cần ít nhất một cơ quan kế thừa',
    path: ['toOrgIds'],
  });
export type LineageBody = z.infer<typeof LineageBody>;

export const LineageResult = z.object({
  successorIds: z.array(Id),
  movedTaskIds: z.array(Id),
  movedUserIds: z.array(Id),
});
