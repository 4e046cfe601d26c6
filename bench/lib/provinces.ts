/**
 * The 34 provincial-level units of Vietnam after the 2025 reorganisation (Resolution
 * 202/2025/QH15), each given an org directory cloned from Lạng Sơn's (the one directory the
 * server ships): the same departments with the same 2025 mergers and succession links,
 * districts ending 30/6/2025 and communes from 1/7/2025, with the province's name put in.
 * The central bodies are shared once.
 * @module
 */
import { foldVietnamese } from '@ketluan/contracts';
import { LANGSON_DIRECTORY } from '../../apps/server/src/modules/orgs/directory/index.ts';
import type { DirectoryOrg } from '../../apps/server/src/modules/orgs/directory/types.ts';
import { namesOf } from '../../apps/server/src/modules/orgs/orgs.seed.ts';

export interface Province {
  /** Code prefix, e.g. 'hn'. */
  code: string;
  name: string;
  city: boolean;
  /** Relative volume of work (roughly population). */
  weight: number;
}

export const PROVINCES: readonly Province[] = [
  { code: 'hn', name: 'Hà Nội', city: true, weight: 8.7 },
  { code: 'hcm', name: 'Hồ Chí Minh', city: true, weight: 14 },
  { code: 'hp', name: 'Hải Phòng', city: true, weight: 4.7 },
  { code: 'dng', name: 'Đà Nẵng', city: true, weight: 3 },
  { code: 'hue', name: 'Huế', city: true, weight: 1.2 },
  { code: 'ct', name: 'Cần Thơ', city: true, weight: 4.2 },
  { code: 'tq', name: 'Tuyên Quang', city: false, weight: 1.9 },
  { code: 'cb', name: 'Cao Bằng', city: false, weight: 0.6 },
  { code: 'lc', name: 'Lai Châu', city: false, weight: 0.5 },
  { code: 'lci', name: 'Lào Cai', city: false, weight: 1.8 },
  { code: 'tn', name: 'Thái Nguyên', city: false, weight: 1.8 },
  { code: 'db', name: 'Điện Biên', city: false, weight: 0.7 },
  { code: 'ls', name: 'Lạng Sơn', city: false, weight: 0.9 },
  { code: 'sl', name: 'Sơn La', city: false, weight: 1.3 },
  { code: 'pt', name: 'Phú Thọ', city: false, weight: 4 },
  { code: 'bn', name: 'Bắc Ninh', city: false, weight: 3.6 },
  { code: 'qn', name: 'Quảng Ninh', city: false, weight: 1.4 },
  { code: 'hy', name: 'Hưng Yên', city: false, weight: 3.6 },
  { code: 'nb', name: 'Ninh Bình', city: false, weight: 4.4 },
  { code: 'th', name: 'Thanh Hóa', city: false, weight: 3.8 },
  { code: 'na', name: 'Nghệ An', city: false, weight: 3.5 },
  { code: 'ht', name: 'Hà Tĩnh', city: false, weight: 1.3 },
  { code: 'qt', name: 'Quảng Trị', city: false, weight: 1.9 },
  { code: 'qng', name: 'Quảng Ngãi', city: false, weight: 2.2 },
  { code: 'gl', name: 'Gia Lai', city: false, weight: 3.6 },
  { code: 'kh', name: 'Khánh Hòa', city: false, weight: 2.2 },
  { code: 'ld', name: 'Lâm Đồng', city: false, weight: 3.9 },
  { code: 'dl', name: 'Đắk Lắk', city: false, weight: 3.3 },
  { code: 'dn', name: 'Đồng Nai', city: false, weight: 4.5 },
  { code: 'tni', name: 'Tây Ninh', city: false, weight: 3.3 },
  { code: 'vl', name: 'Vĩnh Long', city: false, weight: 4.3 },
  { code: 'dt', name: 'Đồng Tháp', city: false, weight: 4.4 },
  { code: 'cm', name: 'Cà Mau', city: false, weight: 2.6 },
  { code: 'ag', name: 'An Giang', city: false, weight: 5 },
];

const CENTRAL = LANGSON_DIRECTORY.filter((o) => o.kind === 'central');
const TEMPLATE = LANGSON_DIRECTORY.filter((o) => o.kind !== 'central');

/** Lạng Sơn's names with the province's put in ("tỉnh" → "thành phố" for the six cities). */
function localise(text: string, p: Province): string {
  let s = text.replaceAll('Lạng Sơn', p.name).replaceAll('LẠNG SƠN', p.name.toUpperCase());
  if (p.city) s = s.replace(/\btỉnh\b/g, 'thành phố').replace(/\bTỉnh ủy\b/g, 'Thành ủy');
  return s;
}

function recode(code: string, p: Province): string {
  return code.startsWith('ls-') ? `${p.code}-${code.slice(3)}` : code;
}

/** The directory of one province, codes prefixed with the province code. */
export function provinceDirectory(p: Province): DirectoryOrg[] {
  return TEMPLATE.map((o) => ({
    ...o,
    code: recode(o.code, p),
    name: localise(o.name, p),
    shortName: o.shortName ? localise(o.shortName, p) : undefined,
    aliases: [...new Set(o.aliases.map((a) => localise(a, p)))],
    parentCode: o.parentCode ? recode(o.parentCode, p) : undefined,
    successors: o.successors?.map((s) => ({ ...s, code: recode(s.code, p) })),
  }));
}

/** Every org of the 34 provinces plus the central bodies, each with its province (or null). */
export function allOrgs(): { org: DirectoryOrg; province: Province | null }[] {
  return [
    ...CENTRAL.map((org) => ({ org, province: null })),
    ...PROVINCES.flatMap((p) => provinceDirectory(p).map((org) => ({ org, province: p }))),
  ];
}

/** The org's search text as the seeding code writes it. */
export function orgSearchText(o: DirectoryOrg): string {
  return namesOf(o).map(foldVietnamese).join(' | ');
}
