/**
 * Lạng Sơn's specialised agencies (sở and bodies of that rank), as of 2021 and through the
 * reorganisation of 1/3/2025 (Decree 45/2025/NĐ-CP; HĐND tỉnh Resolution 04 of 18/2/2025).
 * A body merged into one that lives on keeps that body (same code) as successor.
 */
import { department, DEPT_REFORM as FROM, DEPT_REFORM_LAST_DAY as UNTIL } from './build.ts';
import type { DirectoryOrg } from './types.ts';

export const LANGSON_DEPARTMENTS: DirectoryOrg[] = [
  department('ls-so-nv', 'Sở Nội vụ', 'Sở NV', 'SNV', [], {
    successors: [
      {
        code: 'ls-so-dttg',
        effective: FROM,
        kind: 'transfer',
        note: 'Công tác tín ngưỡng, tôn giáo (Ban Tôn giáo) chuyển sang Sở Dân tộc và Tôn giáo',
      },
    ],
  }),
  department('ls-so-tp', 'Sở Tư pháp', 'Sở TP', 'STP', []),
  department(
    'ls-so-khdt',
    'Sở Kế hoạch và Đầu tư',
    'Sở KH&ĐT',
    'SKHĐT',
    ['Sở KHĐT', 'Sở KH-ĐT', 'Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch Đầu tư', 'KH&ĐT', 'KHĐT'],
    {
      validTo: UNTIL,
      successors: [{ code: 'ls-so-tc', effective: FROM, kind: 'merge' }],
    },
  ),
  department('ls-so-tc', 'Sở Tài chính', 'Sở TC', 'STC', []),
  department('ls-so-ct', 'Sở Công Thương', 'Sở CT', 'SCT', ['Sở Công thương']),
  department(
    'ls-so-nnptnt',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở NN&PTNT',
    'SNN',
    [
      'Sở NNPTNT',
      'Sở NN-PTNT',
      'Sở Nông nghiệp và PTNT',
      'Sở Nông nghiệp - PTNT',
      'Sở Nông nghiệp & PTNT',
      'Sở Nông nghiệp',
      'NN&PTNT',
      'NNPTNT',
    ],
    {
      validTo: UNTIL,
      successors: [{ code: 'ls-so-nnmt', effective: FROM, kind: 'merge' }],
    },
  ),
  department(
    'ls-so-tnmt',
    'Sở Tài nguyên và Môi trường',
    'Sở TN&MT',
    'STNMT',
    [
      'Sở TNMT',
      'Sở TN-MT',
      'Sở Tài nguyên - Môi trường',
      'Sở Tài nguyên Môi trường',
      'Sở Tài nguyên',
      'TN&MT',
      'TNMT',
    ],
    {
      validTo: UNTIL,
      successors: [{ code: 'ls-so-nnmt', effective: FROM, kind: 'merge' }],
    },
  ),
  department(
    'ls-so-gtvt',
    'Sở Giao thông vận tải',
    'Sở GTVT',
    'SGTVT',
    [
      'Sở GT-VT',
      'Sở GT&VT',
      'Sở Giao thông - Vận tải',
      'Sở Giao thông Vận tải',
      'Sở Giao thông',
      'GTVT',
    ],
    {
      validTo: UNTIL,
      successors: [{ code: 'ls-so-xd', effective: FROM, kind: 'merge' }],
    },
  ),
  department('ls-so-xd', 'Sở Xây dựng', 'Sở XD', 'SXD', []),
  department(
    'ls-so-tttt',
    'Sở Thông tin và Truyền thông',
    'Sở TT&TT',
    'STTTT',
    [
      'Sở TTTT',
      'Sở TT-TT',
      'Sở Thông tin - Truyền thông',
      'Sở Thông tin Truyền thông',
      'TT&TT',
      'TTTT',
    ],
    {
      validTo: UNTIL,
      successors: [
        { code: 'ls-so-khcn', effective: FROM, kind: 'merge' },
        {
          code: 'ls-so-vhttdl',
          effective: FROM,
          kind: 'transfer',
          note: 'Báo chí, xuất bản, phát thanh, truyền hình, thông tin đối ngoại chuyển sang Sở VHTTDL',
        },
      ],
    },
  ),
  department('ls-so-khcn', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SKHCN', [
    'Sở KHCN',
    'Sở KH-CN',
    'Sở Khoa học - Công nghệ',
    'Sở Khoa học Công nghệ',
    'KH&CN',
    'KHCN',
  ]),
  department(
    'ls-so-ldtbxh',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở LĐ-TB&XH',
    'SLĐTBXH',
    [
      'Sở LĐTBXH',
      'Sở LĐTB&XH',
      'Sở LĐ-TBXH',
      'Sở Lao động - TB&XH',
      'Sở Lao động, Thương binh và Xã hội',
      'Sở Lao động Thương binh và Xã hội',
      'Sở Lao động',
      'LĐ-TB&XH',
      'LĐTBXH',
    ],
    {
      validTo: UNTIL,
      successors: [
        {
          code: 'ls-so-nv',
          effective: FROM,
          kind: 'split',
          note: 'Lao động, tiền lương, việc làm, người có công, an toàn lao động, bình đẳng giới',
        },
        {
          code: 'ls-so-yt',
          effective: FROM,
          kind: 'split',
          note: 'Bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội',
        },
        { code: 'ls-so-gddt', effective: FROM, kind: 'split', note: 'Giáo dục nghề nghiệp' },
        { code: 'ls-so-nnmt', effective: FROM, kind: 'split', note: 'Giảm nghèo' },
      ],
    },
  ),
  department('ls-so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'SVHTTDL', [
    'Sở VH-TT&DL',
    'Sở VHTT&DL',
    'Sở VH, TT&DL',
    'Sở VH,TT&DL',
    'Sở Văn hóa - Thể thao và Du lịch',
    'Sở Văn hóa Thể thao và Du lịch',
    'Sở Văn hóa',
    'VHTTDL',
  ]),
  department('ls-so-gddt', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'SGDĐT', [
    'Sở GDĐT',
    'Sở GD-ĐT',
    'Sở Giáo dục - Đào tạo',
    'Sở Giáo dục Đào tạo',
    'Sở Giáo dục',
    'GD&ĐT',
    'GDĐT',
  ]),
  department('ls-so-yt', 'Sở Y tế', 'Sở YT', 'SYT', []),
  // Kept after 2025 as far as we know (border province); not verified, so left open-ended.
  department('ls-so-ngv', 'Sở Ngoại vụ', 'Sở NgV', 'SNgV', []),
  department('ls-thanh-tra', 'Thanh tra tỉnh Lạng Sơn', 'Thanh tra tỉnh', 'TTr', ['TTr tỉnh']),
  department('ls-ban-dan-toc', 'Ban Dân tộc tỉnh Lạng Sơn', 'Ban Dân tộc', 'BDT', ['Ban DT tỉnh'], {
    validTo: UNTIL,
    successors: [
      {
        code: 'ls-so-dttg',
        effective: FROM,
        kind: 'rename',
        note: 'Tổ chức lại thành Sở Dân tộc và Tôn giáo, nhận thêm công tác tôn giáo từ Sở Nội vụ',
      },
    ],
  }),
  department(
    'ls-bql-kktck',
    'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn',
    'Ban Quản lý Khu kinh tế cửa khẩu',
    'BQLKKT',
    [
      'Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn',
      'Ban Quản lý KKT cửa khẩu Đồng Đăng - Lạng Sơn',
      'BQL Khu KTCK Đồng Đăng - Lạng Sơn',
      'BQL KKT cửa khẩu Đồng Đăng - Lạng Sơn',
      'Ban QLKKT cửa khẩu Đồng Đăng - Lạng Sơn',
      'Ban Quản lý Khu kinh tế',
      'Ban Quản lý KKT cửa khẩu',
      'Ban QL KKT cửa khẩu',
      'BQL KKT cửa khẩu',
      'BQLKKT',
    ],
  ),

  // New from 1/3/2025. Merges into Tài chính, Xây dựng, KH&CN and Nội vụ keep those codes.
  department(
    'ls-so-nnmt',
    'Sở Nông nghiệp và Môi trường',
    'Sở NN&MT',
    'SNNMT',
    [
      'Sở NNMT',
      'Sở NN-MT',
      'Sở Nông nghiệp - Môi trường',
      'Sở Nông nghiệp Môi trường',
      'Sở Nông nghiệp',
      'NN&MT',
      'NNMT',
    ],
    { validFrom: FROM },
  ),
  department(
    'ls-so-dttg',
    'Sở Dân tộc và Tôn giáo',
    'Sở DT&TG',
    'SDTTG',
    ['Sở DTTG', 'Sở DT-TG', 'Sở Dân tộc - Tôn giáo', 'Sở Dân tộc Tôn giáo', 'DT&TG'],
    { validFrom: FROM },
  ),
];
