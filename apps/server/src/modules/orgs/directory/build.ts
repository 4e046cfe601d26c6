import { toneSpellings } from './normalize.ts';
import type { DirectoryOrg, OrgKind } from './types.ts';

export const PROVINCE = 'Lạng Sơn';
export const UBND_TINH = 'ls-ubnd-tinh';
/** Decree 45/2025/NĐ-CP and HĐND Resolution 04 (18/2/2025): new departments from this day. */
export const DEPT_REFORM = '2025-03-01';
export const DEPT_REFORM_LAST_DAY = '2025-02-28';
/** Two-tier local government: districts end, the new communes and wards start. */
export const TWO_TIER = '2025-07-01';
export const TWO_TIER_LAST_DAY = '2025-06-30';

/** Kinds of provincial bodies, whose names also appear with "tỉnh" / "tỉnh Lạng Sơn" added. */
const PROVINCIAL_KINDS: ReadonlySet<OrgKind> = new Set<OrgKind>([
  'provincial_committee',
  'council',
  'party',
  'department',
  'office',
  'police',
  'military',
  'front',
  'media',
  'unit',
  'other',
]);

/** "Sở Y tế" → "Sở Y tế tỉnh", "Sở Y tế tỉnh Lạng Sơn"; "Công an tỉnh" → "Công an tỉnh Lạng Sơn". */
function provinceForms(form: string): string[] {
  if (!form.includes(' ')) return []; // bare abbreviations ('TU', 'VPCP') stay as they are
  if (/ tỉnh$/i.test(form)) return [`${form} ${PROVINCE}`];
  if (/tỉnh|lạng sơn/i.test(form)) return [];
  return [`${form} tỉnh`, `${form} tỉnh ${PROVINCE}`];
}

/**
 * Completes an org's aliases: for provincial bodies, the name and short name with "tỉnh" /
 * "tỉnh Lạng Sơn" added (the finder also strips these suffixes, so other aliases need not carry
 * them); then both tone placements of every form; drops duplicates and forms equal to the name
 * or short name.
 */
export function finalizeOrg(org: DirectoryOrg): DirectoryOrg {
  const names = [org.name, ...(org.shortName ? [org.shortName] : [])];
  const suffixed = PROVINCIAL_KINDS.has(org.kind) ? names.flatMap(provinceForms) : [];
  const widened = [...names, ...suffixed, ...org.aliases];
  const own = new Set([org.name, org.shortName]);
  const aliases = [...new Set(widened.flatMap(toneSpellings))].filter((a) => !own.has(a));
  return { ...org, aliases };
}

type Extra = Partial<Omit<DirectoryOrg, 'code' | 'name' | 'shortName' | 'symbol' | 'aliases'>>;

/** A specialised agency of UBND tỉnh (sở, or a body of the same rank). */
export function department(
  code: string,
  name: string,
  shortName: string,
  symbol: string | undefined,
  aliases: string[],
  extra: Extra = {},
): DirectoryOrg {
  return {
    code,
    name,
    shortName,
    ...(symbol ? { symbol } : {}),
    aliases,
    kind: 'department',
    parentCode: UBND_TINH,
    ...extra,
  };
}
