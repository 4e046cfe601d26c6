/**
 * District-level units of 2021 (ended 30/6/2025) and the 65 commune-level units (61 xã,
 * 4 phường) that replaced them on 1/7/2025 under Resolution 1672/NQ-UBTVQH15 (16/6/2025).
 * Names as in the national list of administrative units of 2025. Each district's successors are
 * the new units formed on its territory; a unit that took in only part of a district is linked
 * with a note naming the former communes it took.
 */
import { TWO_TIER, TWO_TIER_LAST_DAY, UBND_TINH } from './build.ts';
import { slugify } from './normalize.ts';
import type { DirectoryOrg, SuccessorLink } from './types.ts';

const WARDS = new Set(['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh']);

/** New units, grouped by the district most of each came from. */
const NEW_UNITS: readonly (readonly [district: string, units: readonly string[]])[] = [
  [
    'Tràng Định',
    ['Thất Khê', 'Đoàn Kết', 'Tân Tiến', 'Tràng Định', 'Quốc Khánh', 'Kháng Chiến', 'Quốc Việt'],
  ],
  [
    'Bình Gia',
    [
      'Bình Gia',
      'Tân Văn',
      'Hồng Phong',
      'Hoa Thám',
      'Quý Hòa',
      'Thiện Hòa',
      'Thiện Thuật',
      'Thiện Long',
    ],
  ],
  ['Bắc Sơn', ['Bắc Sơn', 'Hưng Vũ', 'Vũ Lăng', 'Nhất Hòa', 'Vũ Lễ', 'Tân Tri']],
  ['Văn Quan', ['Văn Quan', 'Điềm He', 'Tri Lễ', 'Yên Phúc', 'Tân Đoàn', 'Khánh Khê']],
  ['Văn Lãng', ['Na Sầm', 'Văn Lãng', 'Hội Hoan', 'Thụy Hùng', 'Hoàng Văn Thụ']],
  [
    'Lộc Bình',
    ['Lộc Bình', 'Mẫu Sơn', 'Na Dương', 'Lợi Bác', 'Thống Nhất', 'Xuân Dương', 'Khuất Xá'],
  ],
  ['Đình Lập', ['Đình Lập', 'Châu Sơn', 'Kiên Mộc', 'Thái Bình']],
  [
    'Hữu Lũng',
    [
      'Hữu Lũng',
      'Tuấn Sơn',
      'Tân Thành',
      'Vân Nham',
      'Thiện Tân',
      'Yên Bình',
      'Hữu Liên',
      'Cai Kinh',
    ],
  ],
  ['Chi Lăng', ['Chi Lăng', 'Nhân Lý', 'Chiến Thắng', 'Quan Sơn', 'Bằng Mạc', 'Vạn Linh']],
  ['Cao Lộc', ['Đồng Đăng', 'Cao Lộc', 'Công Sơn', 'Ba Sơn']],
  ['thành phố Lạng Sơn', ['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh']],
];

/** Units that also took in part of another district: [district, unit, former communes taken]. */
const PARTLY_FROM: readonly (readonly [string, string, string])[] = [
  ['Cao Lộc', 'Kỳ Lừa', 'thị trấn Cao Lộc, các xã Hợp Thành, Tân Liên, Gia Cát'],
  ['Cao Lộc', 'Đông Kinh', 'xã Yên Trạch'],
  ['Cao Lộc', 'Khánh Khê', 'các xã Xuân Long, Bình Trung'],
  ['Cao Lộc', 'Tân Đoàn', 'xã Tân Thành'],
];

function unitLevel(unit: string): 'xã' | 'phường' {
  return WARDS.has(unit) ? 'phường' : 'xã';
}

function unitCode(unit: string): string {
  return `ls-ubnd-${slugify(`${unitLevel(unit)} ${unit}`)}`;
}

function districtLevel(district: string): string {
  return district.startsWith('thành phố') ? district : `huyện ${district}`;
}

function districtCode(district: string): string {
  return `ls-ubnd-${slugify(districtLevel(district).replace('thành phố', 'tp'))}`;
}

/** Aliases every local UBND gets: 'UBND huyện X', 'Chủ tịch UBND huyện X', 'huyện X'. */
function localAliases(place: string): string[] {
  return [`UBND ${place}`, `Chủ tịch UBND ${place}`, `Chủ tịch Ủy ban nhân dân ${place}`, place];
}

function districtOrg(district: string, units: readonly string[]): DirectoryOrg {
  const place = districtLevel(district);
  const successors: SuccessorLink[] = [
    ...units.map(
      (unit): SuccessorLink => ({ code: unitCode(unit), effective: TWO_TIER, kind: 'split' }),
    ),
    ...PARTLY_FROM.filter(([d]) => d === district).map(
      ([, unit, former]): SuccessorLink => ({
        code: unitCode(unit),
        effective: TWO_TIER,
        kind: 'split',
        note: `Một phần địa bàn: ${former}`,
      }),
    ),
  ];
  const cityForms =
    place === 'thành phố Lạng Sơn'
      ? ['UBND TP Lạng Sơn', 'UBND TP. Lạng Sơn', 'UBND thành phố', 'UBND TP', 'TP Lạng Sơn']
      : [];
  return {
    code: districtCode(district),
    name: `Ủy ban nhân dân ${place}`,
    shortName: `UBND ${place}`,
    symbol: 'UBND',
    aliases: [...localAliases(place).slice(1), ...cityForms],
    kind: 'district',
    parentCode: UBND_TINH,
    validTo: TWO_TIER_LAST_DAY,
    successors,
  };
}

function communeOrg(unit: string): DirectoryOrg {
  const place = `${unitLevel(unit)} ${unit}`;
  return {
    code: unitCode(unit),
    name: `Ủy ban nhân dân ${place}`,
    shortName: `UBND ${place}`,
    symbol: 'UBND',
    aliases: localAliases(place).slice(1),
    kind: 'commune',
    parentCode: UBND_TINH,
    validFrom: TWO_TIER,
  };
}

export const LANGSON_DISTRICTS: DirectoryOrg[] = NEW_UNITS.map(([district, units]) =>
  districtOrg(district, units),
);

export const LANGSON_COMMUNES: DirectoryOrg[] = NEW_UNITS.flatMap(([, units]) =>
  units.map(communeOrg),
);
