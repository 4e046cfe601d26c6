/**
 * Lạng Sơn's provincial bodies other than the specialised agencies: government, council, party,
 * front, forces, media and vertical agencies.
 */
import { UBND_TINH } from './build.ts';
import type { DirectoryOrg } from './types.ts';

const HDND = 'ls-hdnd-tinh';
const TINH_UY = 'ls-tinh-uy';

const COUNCIL_BODIES: DirectoryOrg[] = [
  {
    code: UBND_TINH,
    name: 'Ủy ban nhân dân tỉnh Lạng Sơn',
    shortName: 'UBND tỉnh',
    symbol: 'UBND',
    aliases: ['Ủy ban nhân dân tỉnh', 'UBND tỉnh LS'],
    kind: 'provincial_committee',
  },
  {
    code: 'ls-lanh-dao-ubnd-tinh',
    name: 'Lãnh đạo UBND tỉnh',
    aliases: [
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      'Chủ tịch, các PCT UBND tỉnh',
      'CT, các PCT UBND tỉnh',
      'Chủ tịch, Phó Chủ tịch UBND tỉnh',
      'Thường trực UBND tỉnh',
      'Chủ tịch UBND tỉnh',
      'các Phó Chủ tịch UBND tỉnh',
    ],
    kind: 'group',
    parentCode: UBND_TINH,
  },
  {
    code: HDND,
    name: 'Hội đồng nhân dân tỉnh Lạng Sơn',
    shortName: 'HĐND tỉnh',
    symbol: 'HĐND',
    aliases: ['Hội đồng nhân dân tỉnh'],
    kind: 'council',
  },
  {
    code: 'ls-tt-hdnd-tinh',
    name: 'Thường trực Hội đồng nhân dân tỉnh',
    shortName: 'Thường trực HĐND tỉnh',
    aliases: ['TT HĐND tỉnh', 'TTHĐND tỉnh', 'Lãnh đạo HĐND tỉnh', 'Thường trực HĐND'],
    kind: 'council',
    parentCode: HDND,
  },
  ...(
    [
      ['ls-hdnd-ban-ktns', 'Ban Kinh tế - Ngân sách', 'Ban KT-NS'],
      ['ls-hdnd-ban-vhxh', 'Ban Văn hóa - Xã hội', 'Ban VH-XH'],
      ['ls-hdnd-ban-pc', 'Ban Pháp chế', 'Ban PC'],
      ['ls-hdnd-ban-dt', 'Ban Dân tộc', 'Ban DT'],
    ] as const
  ).map(
    ([code, ban, short]): DirectoryOrg => ({
      code,
      name: `${ban} Hội đồng nhân dân tỉnh`,
      shortName: `${ban} HĐND tỉnh`,
      aliases: [`${short} HĐND tỉnh`],
      kind: 'council',
      parentCode: HDND,
    }),
  ),
  {
    code: 'ls-cac-ban-hdnd',
    name: 'Các Ban HĐND tỉnh',
    aliases: ['Các Ban của HĐND tỉnh', 'Các Ban Hội đồng nhân dân tỉnh'],
    kind: 'group',
    parentCode: HDND,
  },
  {
    code: 'ls-vp-doan-dbqh-hdnd',
    name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    shortName: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    aliases: [
      'VP Đoàn ĐBQH và HĐND tỉnh',
      'Văn phòng Đoàn ĐBQH & HĐND tỉnh',
      'Văn phòng HĐND tỉnh',
      // "Văn phòng: TU, Đoàn ĐBQH & HĐND tỉnh" in Nơi nhận shares one "Văn phòng".
      'Đoàn ĐBQH & HĐND tỉnh',
    ],
    kind: 'office',
    parentCode: HDND,
  },
  {
    code: 'ls-doan-dbqh',
    name: 'Đoàn đại biểu Quốc hội tỉnh Lạng Sơn',
    shortName: 'Đoàn ĐBQH tỉnh',
    aliases: ['Đoàn đại biểu Quốc hội tỉnh', 'Đoàn ĐBQH'],
    kind: 'council',
  },
  {
    code: 'ls-vp-ubnd-tinh',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    shortName: 'Văn phòng UBND tỉnh',
    symbol: 'VP',
    aliases: ['VP UBND tỉnh', 'VPUBND tỉnh', 'C, PVP UBND tỉnh', 'Chánh Văn phòng UBND tỉnh'],
    kind: 'office',
    parentCode: UBND_TINH,
  },
];

const PARTY_BODIES: DirectoryOrg[] = [
  {
    code: TINH_UY,
    name: 'Tỉnh ủy Lạng Sơn',
    shortName: 'Tỉnh ủy',
    symbol: 'TU',
    aliases: ['TU', 'Ban Chấp hành Đảng bộ tỉnh'],
    kind: 'party',
  },
  {
    code: 'ls-btv-tinh-uy',
    name: 'Ban Thường vụ Tỉnh ủy',
    shortName: 'BTV Tỉnh ủy',
    aliases: ['Ban Thường vụ Tỉnh ủy Lạng Sơn', 'BTV TU', 'BTVTU', 'Ban Thường vụ TU'],
    kind: 'party',
    parentCode: TINH_UY,
  },
  {
    code: 'ls-tt-tinh-uy',
    name: 'Thường trực Tỉnh ủy',
    shortName: 'TT Tỉnh ủy',
    aliases: ['Thường trực TU', 'Bí thư, Phó Bí thư Tỉnh ủy', 'Bí thư, các Phó Bí thư Tỉnh ủy'],
    kind: 'party',
    parentCode: TINH_UY,
  },
  {
    code: 'ls-cac-ban-dang-tinh-uy',
    name: 'Các Ban đảng Tỉnh ủy',
    aliases: ['Các Ban Đảng Tỉnh ủy', 'Các ban đảng TU', 'Các Ban của Tỉnh ủy'],
    kind: 'group',
    parentCode: TINH_UY,
  },
  {
    code: 'ls-vp-tinh-uy',
    name: 'Văn phòng Tỉnh ủy',
    shortName: 'VP Tỉnh ủy',
    aliases: ['Văn phòng TU', 'VP TU', 'VPTU'],
    kind: 'office',
    parentCode: TINH_UY,
  },
  {
    code: 'ls-bcsd-ubnd-tinh',
    name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    shortName: 'Ban cán sự đảng UBND tỉnh',
    aliases: ['BCS đảng UBND tỉnh', 'BCSĐ UBND tỉnh', 'Ban cán sự UBND tỉnh'],
    kind: 'party',
    parentCode: TINH_UY,
  },
  {
    code: 'ls-dd-hdnd-tinh',
    name: 'Đảng đoàn Hội đồng nhân dân tỉnh',
    shortName: 'Đảng đoàn HĐND tỉnh',
    aliases: ['ĐĐ HĐND tỉnh'],
    kind: 'party',
    parentCode: TINH_UY,
  },
];

const OTHER_BODIES: DirectoryOrg[] = [
  {
    code: 'ls-mttq-tinh',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn',
    shortName: 'Ủy ban MTTQ Việt Nam tỉnh',
    symbol: 'MTTQ',
    aliases: [
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Ủy ban MTTQVN tỉnh',
      'Ủy ban MTTQ tỉnh',
      'UBMTTQ tỉnh',
      'UBMTTQVN tỉnh',
      'UB MTTQ tỉnh',
      'MTTQ tỉnh',
      'Mặt trận Tổ quốc tỉnh',
    ],
    kind: 'front',
  },
  {
    code: 'ls-cong-an-tinh',
    name: 'Công an tỉnh Lạng Sơn',
    shortName: 'Công an tỉnh',
    symbol: 'CAT',
    aliases: ['CA tỉnh'],
    kind: 'police',
  },
  {
    code: 'ls-bchqs-tinh',
    name: 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn',
    shortName: 'Bộ CHQS tỉnh',
    aliases: ['Bộ Chỉ huy Quân sự tỉnh', 'BCHQS tỉnh', 'Bộ Chỉ huy quân sự'],
    kind: 'military',
  },
  {
    code: 'ls-bdbp-tinh',
    name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn',
    shortName: 'Bộ Chỉ huy BĐBP tỉnh',
    aliases: [
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'Bộ CHBĐBP tỉnh',
      'BCH BĐBP tỉnh',
      'BĐBP tỉnh',
      'Bộ đội Biên phòng tỉnh',
    ],
    kind: 'military',
  },
  {
    code: 'ls-dai-ptth',
    name: 'Đài Phát thanh - Truyền hình tỉnh Lạng Sơn',
    shortName: 'Đài PT-TH tỉnh',
    aliases: [
      'Đài Phát thanh - Truyền hình tỉnh',
      'Đài Phát thanh và Truyền hình tỉnh',
      'Đài Phát thanh Truyền hình Lạng Sơn',
      'Đài PTTH tỉnh',
      'Đài PT&TH tỉnh',
      'Đài PTTH Lạng Sơn',
    ],
    kind: 'media',
    parentCode: UBND_TINH,
  },
  {
    code: 'ls-bao-lang-son',
    name: 'Báo Lạng Sơn',
    aliases: ['Báo LS'],
    kind: 'media',
    parentCode: TINH_UY,
  },
  {
    code: 'ls-kbnn',
    name: 'Kho bạc Nhà nước Lạng Sơn',
    shortName: 'KBNN tỉnh',
    aliases: ['Kho bạc Nhà nước tỉnh', 'Kho bạc tỉnh', 'KBNN Lạng Sơn', 'KBNN'],
    kind: 'other',
  },
  {
    code: 'ls-cuc-thue',
    name: 'Cục Thuế tỉnh Lạng Sơn',
    shortName: 'Cục Thuế tỉnh',
    aliases: ['Cục Thuế Lạng Sơn', 'Cục Thuế'],
    kind: 'other',
  },
  {
    code: 'ls-bvdk-tinh',
    name: 'Bệnh viện Đa khoa tỉnh Lạng Sơn',
    shortName: 'Bệnh viện Đa khoa tỉnh',
    aliases: ['BVĐK tỉnh', 'BV Đa khoa tỉnh'],
    kind: 'unit',
    parentCode: 'ls-so-yt',
  },
];

export const LANGSON_PROVINCIAL_BODIES: DirectoryOrg[] = [
  ...COUNCIL_BODIES,
  ...PARTY_BODIES,
  ...OTHER_BODIES,
];
