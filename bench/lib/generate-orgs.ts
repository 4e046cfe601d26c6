/**
 * The generator's orgs: the directory of the 34 provinces written as rows (parents first,
 * with aliases and succession links), and per province the orgs valid in each period of the
 * 2025 reforms, weighted, for choosing owners and coordinators.
 * @module
 */
import { foldVietnamese } from '@ketluan/contracts';
import type { DirectoryOrg } from '../../apps/server/src/modules/orgs/directory/types.ts';
import { namesOf } from '../../apps/server/src/modules/orgs/orgs.seed.ts';
import type { Domain } from './phrases.ts';
import { dayOf, type Rng, uuidv7, type Weighted, weighted } from './prng.ts';
import { allOrgs, orgSearchText, PROVINCES, type Province } from './provinces.ts';
import type { GenerateStats, Sink } from './tables.ts';

export interface Org {
  id: string;
  code: string;
  local: string; // code without the province prefix
  name: string;
  kind: string;
  symbol: string | null;
  validFrom: number;
  validTo: number;
  /** First take-over successor (merge/split/rename), if it ended. */
  successor: Org | null;
  successorLink: DirectoryOrg['successors'];
}

export interface ProvinceOrgs {
  province: Province;
  body: Org;
  byLocal: Map<string, Org>;
  /** Departments, locals and other provincial bodies valid on a day, per epoch. */
  epochs: { departments: Weighted<Org>; locals: Weighted<Org>; others: Org[] }[];
  weight: number;
}

/** 1/3/2025: departments merged; 1/7/2025: districts end, communes begin. */
export const REFORMS = [dayOf('2025-03-01'), dayOf('2025-07-01')];

export function epochOf(day: number): number {
  return day < (REFORMS[0] ?? 0) ? 0 : day < (REFORMS[1] ?? 0) ? 1 : 2;
}
const EPOCH_DAYS = ['2024-06-01', '2025-04-01', '2025-09-01'].map(dayOf);

/** Writes every org with its aliases and succession links; returns the provinces' org pools. */
export async function writeOrgs(
  sink: Sink,
  rng: Rng,
  stats: GenerateStats,
): Promise<{ provinces: ProvinceOrgs[]; provincePool: Weighted<ProvinceOrgs> }> {
  const orgStamp = Date.UTC(2020, 11, 1);
  const orgCreated = new Date(orgStamp).toISOString();
  // -------------------------------------------------------------------------------
  // Parents before children, so that every row's foreign keys point backwards.
  const unordered = allOrgs();
  const directory: typeof unordered = [];
  const placed = new Set<string>();
  const codes = new Map(unordered.map((d) => [d.org.code, d]));
  const place = (d: (typeof unordered)[number]) => {
    if (placed.has(d.org.code)) return;
    const parent = d.org.parentCode ? codes.get(d.org.parentCode) : undefined;
    if (parent) place(parent);
    placed.add(d.org.code);
    directory.push(d);
  };
  for (const d of unordered) place(d);
  const byCode = new Map<string, Org>();
  for (const { org } of directory) {
    byCode.set(org.code, {
      id: uuidv7(orgStamp, rng),
      code: org.code,
      local: org.code.replace(/^[a-z]+-/, ''),
      name: org.name,
      kind: org.kind,
      symbol: org.symbol ?? null,
      validFrom: org.validFrom ? dayOf(org.validFrom) : -1e9,
      validTo: org.validTo ? dayOf(org.validTo) : 1e9,
      successor: null,
      successorLink: org.successors,
    });
  }
  for (const o of byCode.values()) {
    const link = o.successorLink?.find((s) => s.kind !== 'transfer');
    if (link && o.validTo < 1e9) o.successor = byCode.get(link.code) ?? null;
  }
  for (const { org } of directory) {
    const o = byCode.get(org.code)!;
    sink.row('orgs', [
      o.id,
      org.code,
      org.name,
      org.shortName ?? null,
      org.symbol ?? null,
      org.kind,
      org.parentCode ? (byCode.get(org.parentCode)?.id ?? null) : null,
      org.validFrom ?? null,
      org.validTo ?? null,
      orgSearchText(org),
      orgCreated,
      orgCreated,
      1,
    ]);
    stats.orgs++;
    for (const alias of namesOf(org)) {
      sink.row('org_aliases', [uuidv7(orgStamp, rng), o.id, alias, foldVietnamese(alias)]);
    }
    for (const s of org.successors ?? []) {
      sink.row('org_successions', [
        uuidv7(orgStamp, rng),
        o.id,
        byCode.get(s.code)!.id,
        s.effective,
        s.kind,
        s.note ?? null,
        null,
        orgCreated,
      ]);
    }
  }
  await sink.tick();

  const provinces: ProvinceOrgs[] = PROVINCES.map((p) => {
    const own = [...byCode.values()].filter((o) => o.code.startsWith(`${p.code}-`));
    const byLocal = new Map(own.map((o) => [o.local, o]));
    const epochs = EPOCH_DAYS.map((day) => {
      const valid = own.filter((o) => o.validFrom <= day && o.validTo >= day);
      const departments = valid.filter((o) => o.kind === 'department');
      const locals = valid.filter((o) => o.kind === 'district' || o.kind === 'commune');
      const others = valid.filter((o) =>
        ['police', 'military', 'media', 'other', 'unit', 'office', 'front'].includes(o.kind),
      );
      return {
        // A few departments carry most of the work (Zipf-like).
        departments: weighted(departments, (_, i) => 1 / (1 + i * 0.35)),
        locals: weighted(locals, (_, i) => 1 / (1 + i * 0.08)),
        others,
      };
    });
    return { province: p, body: byLocal.get('ubnd-tinh')!, byLocal, epochs, weight: p.weight };
  });
  const provincePool = weighted(provinces, (p) => p.weight);
  return { provinces, provincePool };
}

export function domainOwner(
  d: Domain,
  prov: ProvinceOrgs,
  epoch: ProvinceOrgs['epochs'][number],
  rng: Rng,
): Org {
  const valid = d.owners
    .map((code) => prov.byLocal.get(code))
    .filter((o): o is Org => Boolean(o && epoch.departments.items.includes(o)));
  return valid.length ? rng.pick(valid) : rng.pickWeighted(epoch.departments);
}

export function otherOwner(epoch: ProvinceOrgs['epochs'][number], rng: Rng, not: Org | null): Org {
  for (;;) {
    const r = rng.next();
    const o =
      r < 0.6
        ? rng.pickWeighted(epoch.departments)
        : r < 0.88
          ? rng.pickWeighted(epoch.locals)
          : rng.pick(epoch.others);
    if (o && o !== not) return o;
  }
}
