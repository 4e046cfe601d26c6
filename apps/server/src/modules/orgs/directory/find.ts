/**
 * Pure look-ups over a directory: by name (as written in documents, on a date) and along
 * successor links. No clock, no I/O.
 */
import { orgNameKey } from './normalize.ts';
import type { DirectoryOrg, SuccessorLink } from './types.ts';

export interface ResolvedSuccessor extends SuccessorLink {
  org: DirectoryOrg;
}

export interface OrgDirectory {
  readonly orgs: readonly DirectoryOrg[];
  getOrg(code: string): DirectoryOrg | undefined;
  /**
   * The org a document means by `name` (name, short name or alias; case, spacing, punctuation
   * and tone placement do not matter). With `onDate`, an org valid that day wins, else the one
   * whose lifetime is nearest; without it, the most recent one.
   */
  findOrgByName(name: string, onDate?: string): DirectoryOrg | undefined;
  /** Every org whose name, short name or alias matches `name`, best first as above. */
  findAllByName(name: string, onDate?: string): DirectoryOrg[];
  /** Direct successor links of an org, with the successor orgs. */
  successorsOf(code: string): ResolvedSuccessor[];
  /**
   * Who holds an org's work on `date`: the org itself if it exists then, else its successors
   * effective by then, followed until orgs that exist on that date.
   */
  holdersOn(code: string, date: string): DirectoryOrg[];
}

/** Titles before an org's name ("Giám đốc Sở Y tế", "Chủ tịch UBND huyện …"), tried last. */
const TITLES = [
  'Đồng chí',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Thủ trưởng',
  'Chánh Văn phòng',
  'Chánh Thanh tra',
  'Trưởng',
  'Cục trưởng',
  'Chỉ huy trưởng',
  'Tổng Biên tập',
  'Bí thư',
  'Lãnh đạo',
]
  .map(orgNameKey)
  .sort((a, b) => b.length - a.length);

const PROVINCE_SUFFIXES = ['tỉnh Lạng Sơn', 'Lạng Sơn', 'tỉnh']
  .map(orgNameKey)
  .sort((a, b) => b.length - a.length);

export function isValidOn(org: DirectoryOrg, date: string): boolean {
  return (!org.validFrom || org.validFrom <= date) && (!org.validTo || date <= org.validTo);
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/** Days between `date` and the org's lifetime; 0 inside it. */
function distanceFrom(org: DirectoryOrg, date: string): number {
  if (org.validFrom && date < org.validFrom) return days(date, org.validFrom);
  if (org.validTo && date > org.validTo) return days(org.validTo, date);
  return 0;
}

function byRecency(a: DirectoryOrg, b: DirectoryOrg): number {
  const endA = a.validTo ?? '9999-12-31';
  const endB = b.validTo ?? '9999-12-31';
  if (endA !== endB) return endA < endB ? 1 : -1;
  const startA = a.validFrom ?? '';
  const startB = b.validFrom ?? '';
  return startA === startB ? 0 : startA < startB ? 1 : -1;
}

export function createOrgDirectory(orgs: readonly DirectoryOrg[]): OrgDirectory {
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const byKey = new Map<string, DirectoryOrg[]>();
  for (const org of orgs) {
    const keys = new Set(
      [org.name, org.shortName ?? '', ...org.aliases].map(orgNameKey).filter((k) => k !== ''),
    );
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), org]);
  }

  /** Exact key, else the key without a trailing "tỉnh" / "tỉnh Lạng Sơn" / "Lạng Sơn". */
  function lookup(key: string): DirectoryOrg[] | undefined {
    const exact = byKey.get(key);
    if (exact) return exact;
    for (const suffix of PROVINCE_SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        const hits = byKey.get(key.slice(0, -suffix.length));
        if (hits) return hits;
      }
    }
    return undefined;
  }

  function candidates(name: string): DirectoryOrg[] {
    let key = orgNameKey(name);
    for (;;) {
      const hits = lookup(key);
      if (hits) return hits;
      const title = TITLES.find((t) => key.startsWith(t) && key.length > t.length);
      if (!title) return [];
      key = key.slice(title.length);
    }
  }

  function findAllByName(name: string, onDate?: string): DirectoryOrg[] {
    const hits = [...candidates(name)];
    if (!onDate) return hits.sort(byRecency);
    return hits.sort((a, b) => distanceFrom(a, onDate) - distanceFrom(b, onDate));
  }

  function successorsOf(code: string): ResolvedSuccessor[] {
    return (byCode.get(code)?.successors ?? []).flatMap((link) => {
      const org = byCode.get(link.code);
      return org ? [{ ...link, org }] : [];
    });
  }

  function holdersOn(code: string, date: string): DirectoryOrg[] {
    const found = new Map<string, DirectoryOrg>();
    const seen = new Set<string>();
    const walk = (c: string) => {
      if (seen.has(c)) return;
      seen.add(c);
      const org = byCode.get(c);
      if (!org) return;
      if (isValidOn(org, date)) {
        found.set(org.code, org);
        return;
      }
      for (const s of successorsOf(c)) if (s.effective <= date) walk(s.code);
    };
    walk(code);
    return [...found.values()];
  }

  return {
    orgs,
    getOrg: (code) => byCode.get(code),
    findOrgByName: (name, onDate) => findAllByName(name, onDate)[0],
    findAllByName,
    successorsOf,
    holdersOn,
  };
}
