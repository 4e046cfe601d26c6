/** Central bodies that Lạng Sơn's announcements name (as authors of cited texts or recipients). */
import { DEPT_REFORM, DEPT_REFORM_LAST_DAY } from './build.ts';
import type { DirectoryOrg } from './types.ts';

export const CENTRAL_BODIES: DirectoryOrg[] = [
  {
    code: 'vn-chinh-phu',
    name: 'Chính phủ',
    symbol: 'CP',
    aliases: ['Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    kind: 'central',
  },
  {
    code: 'vn-ttg',
    name: 'Thủ tướng Chính phủ',
    shortName: 'Thủ tướng',
    symbol: 'TTg',
    aliases: ['TTg', 'TTgCP'],
    kind: 'central',
    parentCode: 'vn-chinh-phu',
  },
  {
    code: 'vn-vpcp',
    name: 'Văn phòng Chính phủ',
    shortName: 'VPCP',
    symbol: 'VPCP',
    aliases: ['VP Chính phủ'],
    kind: 'central',
    parentCode: 'vn-chinh-phu',
  },
  {
    code: 'vn-bo-tnmt',
    name: 'Bộ Tài nguyên và Môi trường',
    shortName: 'Bộ TN&MT',
    symbol: 'BTNMT',
    aliases: ['Bộ TNMT', 'Bộ TN-MT', 'Bộ Tài nguyên - Môi trường', 'Bộ Tài nguyên Môi trường'],
    kind: 'central',
    parentCode: 'vn-chinh-phu',
    validTo: DEPT_REFORM_LAST_DAY,
    successors: [{ code: 'vn-bo-nnmt', effective: DEPT_REFORM, kind: 'merge' }],
  },
  {
    code: 'vn-bo-nnmt',
    name: 'Bộ Nông nghiệp và Môi trường',
    shortName: 'Bộ NN&MT',
    symbol: 'BNNMT',
    aliases: ['Bộ NNMT', 'Bộ NN-MT', 'Bộ Nông nghiệp - Môi trường'],
    kind: 'central',
    parentCode: 'vn-chinh-phu',
    validFrom: DEPT_REFORM,
  },
];
