import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type DirectoryOrg,
  findOrgByName,
  getOrg,
  holdersOn,
  isValidOn,
  LANGSON_DIRECTORY,
  orgNameKey,
  successorsOf,
  toneSpellings,
} from '../src/modules/orgs/directory/index.ts';

const SEED_DATE = '2021-06-27';
const SEED = new URL('../../../../shared/seed/346-TB-UBND-2021-06-27.txt', import.meta.url);
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const codes = new Set(LANGSON_DIRECTORY.map((o) => o.code));

const codeOf = (name: string, onDate?: string) => findOrgByName(name, onDate)?.code;
const successorCodes = (code: string) => successorsOf(code).map((s) => s.code);

function overlaps(a: DirectoryOrg, b: DirectoryOrg): boolean {
  const from = (o: DirectoryOrg) => o.validFrom ?? '0000-01-01';
  const to = (o: DirectoryOrg) => o.validTo ?? '9999-12-31';
  return from(a) <= to(b) && from(b) <= to(a);
}

function dayAfter(iso: string): string {
  return new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
}

describe('directory integrity', () => {
  it('has unique ASCII kebab codes', () => {
    expect(codes.size).toBe(LANGSON_DIRECTORY.length);
    for (const o of LANGSON_DIRECTORY) expect(o.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('links only to existing codes, with consistent dates', () => {
    for (const o of LANGSON_DIRECTORY) {
      if (o.parentCode) expect(codes, `${o.code} parent`).toContain(o.parentCode);
      if (o.validFrom) expect(o.validFrom).toMatch(ISO);
      if (o.validTo) expect(o.validTo).toMatch(ISO);
      if (o.validFrom && o.validTo) expect(o.validFrom <= o.validTo).toBe(true);
      for (const s of o.successors ?? []) {
        expect(codes, `${o.code} → ${s.code}`).toContain(s.code);
        expect(s.code).not.toBe(o.code);
        // An ended body hands over the day after its last day, to a body alive that day.
        if (o.validTo) expect(s.effective, o.code).toBe(dayAfter(o.validTo));
        expect(isValidOn(getOrg(s.code)!, s.effective), `${s.code} on ${s.effective}`).toBe(true);
      }
    }
  });

  it('stores every text in NFC', () => {
    for (const o of LANGSON_DIRECTORY) {
      const texts = [o.name, o.shortName ?? '', o.symbol ?? '', ...o.aliases];
      texts.push(...(o.successors ?? []).map((s) => s.note ?? ''));
      for (const t of texts) expect(t, o.code).toBe(t.normalize('NFC'));
    }
  });

  it('never gives one alias to two orgs that exist at the same time', () => {
    const byKey = new Map<string, DirectoryOrg[]>();
    for (const o of LANGSON_DIRECTORY) {
      const keys = new Set([o.name, o.shortName ?? '', ...o.aliases].map(orgNameKey));
      keys.delete('');
      for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), o]);
    }
    const clashes: string[] = [];
    for (const [key, orgs] of byKey) {
      for (const [i, a] of orgs.entries()) {
        for (const b of orgs.slice(i + 1)) {
          if (overlaps(a, b)) clashes.push(`${key}: ${a.code} / ${b.code}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has the 2021 departments, the 11 districts and the 65 new commune-level units', () => {
    const departments2021 = [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
      'Sở Giao thông vận tải',
      'Sở Xây dựng',
      'Sở Thông tin và Truyền thông',
      'Sở Khoa học và Công nghệ',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Sở Ngoại vụ',
    ];
    for (const name of departments2021) {
      const org = findOrgByName(name, SEED_DATE);
      expect(org?.kind, name).toBe('department');
      expect(isValidOn(org!, SEED_DATE), name).toBe(true);
    }

    const districts = LANGSON_DIRECTORY.filter((o) => o.kind === 'district');
    expect(districts).toHaveLength(11);
    const communes = LANGSON_DIRECTORY.filter((o) => o.kind === 'commune');
    expect(communes).toHaveLength(65);
    expect(communes.filter((o) => o.name.includes(' phường '))).toHaveLength(4);
    expect(communes.filter((o) => o.name.includes(' xã '))).toHaveLength(61);

    const reached = new Set<string>();
    for (const d of districts) {
      expect(d.validTo, d.code).toBe('2025-06-30');
      expect(d.successors?.length, d.code).toBeGreaterThan(0);
      for (const s of d.successors ?? []) {
        expect(s.kind).toBe('split');
        reached.add(s.code);
      }
    }
    for (const c of communes) {
      expect(c.validFrom).toBe('2025-07-01');
      expect(c.parentCode).toBe('ls-ubnd-tinh');
      expect(reached, c.code).toContain(c.code);
    }
  });
});

describe('agencies named in announcement 346/TB-UBND (2021)', () => {
  const named: [string, string][] = [
    // owners, presenters and appraisers
    ['Sở Giáo dục và Đào tạo', 'ls-so-gddt'],
    ['Sở Tài nguyên và Môi trường', 'ls-so-tnmt'],
    ['Công an tỉnh', 'ls-cong-an-tinh'],
    ['UBND huyện Chi Lăng', 'ls-ubnd-huyen-chi-lang'],
    ['Sở Y tế', 'ls-so-yt'],
    ['Sở Thông tin và Truyền thông', 'ls-so-tttt'],
    ['Đảng đoàn HĐND tỉnh', 'ls-dd-hdnd-tinh'],
    ['Ban Thường vụ Tỉnh ủy', 'ls-btv-tinh-uy'],
    ['Ban cán sự đảng UBND tỉnh', 'ls-bcsd-ubnd-tinh'],
    ['HĐND tỉnh', 'ls-hdnd-tinh'],
    ['UBND tỉnh', 'ls-ubnd-tinh'],
    ['Ủy ban nhân dân tỉnh', 'ls-ubnd-tinh'],
    ['UBND cấp huyện', 'ls-ubnd-cac-huyen-tp'],
    ['UBND các huyện, thành phố', 'ls-ubnd-cac-huyen-tp'],
    ['Chủ tịch UBND các huyện, thành phố', 'ls-ubnd-cac-huyen-tp'],
    ['các sở, ban, ngành', 'ls-cac-so-ban-nganh'],
    ['Thủ trưởng các sở, ban, ngành', 'ls-cac-so-ban-nganh'],
    ['các sở, ngành', 'ls-cac-so-ban-nganh'],
    ['Bộ Tài nguyên và Môi trường', 'vn-bo-tnmt'],
    ['Chính phủ', 'vn-chinh-phu'],
    ['Thủ tướng Chính phủ', 'vn-ttg'],
    ['Bệnh viện Đa khoa tỉnh', 'ls-bvdk-tinh'],
    // Nơi nhận
    ['Văn phòng Chính phủ', 'vn-vpcp'],
    ['Bí thư, Phó Bí thư Tỉnh ủy', 'ls-tt-tinh-uy'],
    ['Lãnh đạo HĐND tỉnh', 'ls-tt-hdnd-tinh'],
    ['Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'ls-lanh-dao-ubnd-tinh'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'ls-mttq-tinh'],
    ['Đoàn đại biểu Quốc hội tỉnh', 'ls-doan-dbqh'],
    ['Các Ban đảng Tỉnh ủy', 'ls-cac-ban-dang-tinh-uy'],
    ['các Ban HĐND tỉnh', 'ls-cac-ban-hdnd'],
    ['TU', 'ls-tinh-uy'],
    ['Văn phòng TU', 'ls-vp-tinh-uy'],
    ['Đoàn ĐBQH & HĐND tỉnh', 'ls-vp-doan-dbqh-hdnd'],
    ['Văn phòng Đoàn ĐBQH & HĐND tỉnh', 'ls-vp-doan-dbqh-hdnd'],
    ['Sở, ban, ngành', 'ls-cac-so-ban-nganh'],
    ['Đài PT-TH tỉnh', 'ls-dai-ptth'],
    ['Báo Lạng Sơn', 'ls-bao-lang-son'],
    ['C, PVP UBND tỉnh', 'ls-vp-ubnd-tinh'],
  ];

  it.each(named)('finds %s', (name, code) => {
    const org = findOrgByName(name, SEED_DATE);
    expect(org?.code).toBe(code);
    expect(isValidOn(org!, SEED_DATE)).toBe(true);
  });

  it.skipIf(!existsSync(SEED))('finds every presenter and appraiser in the seed text', () => {
    const text = readFileSync(SEED, 'utf8');
    const presenters = [...text.matchAll(/\(\*?([^()*;]+?) trình\*?\)/g)].map((m) => m[1]!);
    const appraisers = [...text.matchAll(/; ([^();]+?) thẩm định\)/g)].map((m) => m[1]!);
    expect(presenters.length).toBeGreaterThanOrEqual(7);
    expect(appraisers.length).toBeGreaterThanOrEqual(2);
    for (const name of [...presenters, ...appraisers]) {
      expect(findOrgByName(name.trim(), SEED_DATE), name).toBeDefined();
    }
  });
});

describe('2025 reorganisation', () => {
  it.each([
    ['ls-so-tnmt', 'ls-so-nnmt'],
    ['ls-so-nnptnt', 'ls-so-nnmt'],
    ['ls-so-tttt', 'ls-so-khcn'],
    ['ls-so-gtvt', 'ls-so-xd'],
    ['ls-so-khdt', 'ls-so-tc'],
    ['ls-ban-dan-toc', 'ls-so-dttg'],
    ['vn-bo-tnmt', 'vn-bo-nnmt'],
  ])('%s → %s on 2025-03-01', (from, to) => {
    expect(getOrg(from)?.validTo).toBe('2025-02-28');
    expect(successorCodes(from)).toContain(to);
    expect(holdersOn(from, '2025-03-01').map((o) => o.code)).toContain(to);
    expect(holdersOn(from, '2025-02-28').map((o) => o.code)).toEqual([from]);
  });

  it('resolves successors from the names the 2021 text uses', () => {
    const tnmt = findOrgByName('Sở TN&MT', SEED_DATE)!;
    expect(successorCodes(tnmt.code)).toEqual(['ls-so-nnmt']);
    expect(successorCodes(codeOf('Sở TT&TT', SEED_DATE)!)).toEqual(['ls-so-khcn', 'ls-so-vhttdl']);
    expect(successorsOf('ls-so-tttt')[1]).toMatchObject({ kind: 'transfer' });
  });

  it('splits LĐ-TB&XH four ways', () => {
    const links = successorsOf('ls-so-ldtbxh');
    expect(links.map((s) => s.code).sort()).toEqual(
      ['ls-so-gddt', 'ls-so-nnmt', 'ls-so-nv', 'ls-so-yt'].sort(),
    );
    expect(links.every((s) => s.kind === 'split' && s.note)).toBe(true);
  });

  it('keeps merged-into bodies under the same code', () => {
    for (const code of ['ls-so-tc', 'ls-so-xd', 'ls-so-khcn', 'ls-so-nv', 'ls-so-yt']) {
      expect(getOrg(code)?.validTo).toBeUndefined();
      expect(holdersOn(code, '2025-09-01').map((o) => o.code)).toEqual([code]);
    }
  });

  it('moves district work to the new communes and wards', () => {
    const chiLang = holdersOn('ls-ubnd-huyen-chi-lang', '2025-07-01').map((o) => o.shortName);
    expect(chiLang).toContain('UBND xã Chi Lăng');
    expect(chiLang).toHaveLength(6);
    const city = holdersOn('ls-ubnd-tp-lang-son', '2025-07-01').map((o) => o.shortName);
    expect(city.sort()).toEqual(
      [
        'UBND phường Tam Thanh',
        'UBND phường Lương Văn Tri',
        'UBND phường Kỳ Lừa',
        'UBND phường Đông Kinh',
      ].sort(),
    );
    expect(holdersOn('ls-ubnd-cac-huyen-tp', '2025-07-01').map((o) => o.code)).toEqual([
      'ls-ubnd-cac-xa-phuong',
    ]);
  });
});

describe('findOrgByName', () => {
  it('picks the era of the date', () => {
    expect(codeOf('Sở Nông nghiệp', SEED_DATE)).toBe('ls-so-nnptnt');
    expect(codeOf('Sở Nông nghiệp', '2025-02-28')).toBe('ls-so-nnptnt');
    expect(codeOf('Sở Nông nghiệp', '2025-03-01')).toBe('ls-so-nnmt');
    expect(codeOf('Sở Nông nghiệp')).toBe('ls-so-nnmt');
    // A dissolved body is still found by its old name, for its successors to be followed.
    expect(codeOf('Sở TN&MT', '2025-06-01')).toBe('ls-so-tnmt');
    expect(codeOf('UBND huyện Cao Lộc', '2025-09-01')).toBe('ls-ubnd-huyen-cao-loc');
    expect(codeOf('UBND xã Cao Lộc', '2025-09-01')).toBe('ls-ubnd-xa-cao-loc');
  });

  it('ignores case, spacing, punctuation and tone placement', () => {
    expect(codeOf('SỞ Y TẾ')).toBe('ls-so-yt');
    expect(codeOf('  sở   gd & đt ')).toBe('ls-so-gddt');
    expect(codeOf('Sở GD-ĐT')).toBe('ls-so-gddt');
    expect(codeOf('Sở Giáo dục - Đào tạo')).toBe('ls-so-gddt');
    expect(codeOf('Sở Tài nguyên - Môi trường')).toBe('ls-so-tnmt');
    expect(codeOf('Sở Văn hoá, Thể thao và Du lịch')).toBe('ls-so-vhttdl');
    expect(codeOf('Uỷ ban MTTQ Việt Nam tỉnh')).toBe('ls-mttq-tinh');
    expect(codeOf('Ủy ban nhân dân huyện Chi Lăng')).toBe('ls-ubnd-huyen-chi-lang');
    expect(codeOf('UBND xã Quý Hoà', '2025-07-01')).toBe('ls-ubnd-xa-quy-hoa');
    expect(codeOf('UBND xã Thuỵ Hùng', '2025-07-01')).toBe('ls-ubnd-xa-thuy-hung');
    expect(codeOf('UBND TP. Lạng Sơn', SEED_DATE)).toBe('ls-ubnd-tp-lang-son');
    expect(codeOf('Đài PTTH tỉnh')).toBe('ls-dai-ptth');
  });

  it('keeps tones apart', () => {
    expect(orgNameKey('Hòa')).not.toBe(orgNameKey('Hoa'));
    expect(orgNameKey('Hoà')).toBe(orgNameKey('Hòa'));
    expect(toneSpellings('Ủy ban Hòa Bình')).toEqual(['Ủy ban Hòa Bình', 'Uỷ ban Hoà Bình']);
  });

  it('accepts province suffixes and leaders’ titles', () => {
    expect(codeOf('Sở Tư pháp tỉnh Lạng Sơn')).toBe('ls-so-tp');
    expect(codeOf('Sở TN&MT tỉnh', SEED_DATE)).toBe('ls-so-tnmt');
    expect(codeOf('Công an tỉnh Lạng Sơn')).toBe('ls-cong-an-tinh');
    expect(codeOf('Giám đốc Sở Y tế')).toBe('ls-so-yt');
    expect(codeOf('Chủ tịch UBND huyện Chi Lăng', SEED_DATE)).toBe('ls-ubnd-huyen-chi-lang');
  });

  it('returns undefined for unknown names', () => {
    expect(findOrgByName('Sở Du lịch')).toBeUndefined();
    expect(findOrgByName('')).toBeUndefined();
  });
});
