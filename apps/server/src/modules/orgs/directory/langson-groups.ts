/**
 * Groups that announcements address as one owner: "các sở, ban, ngành", "UBND các huyện,
 * thành phố" (until 30/6/2025), "UBND các xã, phường" (from 1/7/2025).
 */
import { TWO_TIER, TWO_TIER_LAST_DAY, UBND_TINH } from './build.ts';
import type { DirectoryOrg } from './types.ts';

export const LANGSON_GROUPS: DirectoryOrg[] = [
  {
    code: 'ls-cac-so-ban-nganh',
    name: 'Các sở, ban, ngành',
    aliases: [
      'Sở, ban, ngành',
      'Các sở, ban, ngành tỉnh',
      'Các sở, ngành',
      'Sở, ngành',
      'Thủ trưởng các sở, ban, ngành',
      'Thủ trưởng các sở, ngành',
    ],
    kind: 'group',
    parentCode: UBND_TINH,
  },
  {
    code: 'ls-ubnd-cac-huyen-tp',
    name: 'UBND các huyện, thành phố',
    aliases: [
      'Ủy ban nhân dân các huyện, thành phố',
      'UBND các huyện, TP',
      'UBND cấp huyện',
      'Chủ tịch UBND các huyện, thành phố',
      'Các huyện, thành phố',
    ],
    kind: 'group',
    parentCode: UBND_TINH,
    validTo: TWO_TIER_LAST_DAY,
    successors: [{ code: 'ls-ubnd-cac-xa-phuong', effective: TWO_TIER, kind: 'transfer' }],
  },
  {
    code: 'ls-ubnd-cac-xa-phuong',
    name: 'UBND các xã, phường',
    aliases: [
      'Ủy ban nhân dân các xã, phường',
      'Chủ tịch UBND các xã, phường',
      'UBND các xã, phường trên địa bàn tỉnh',
      'Các xã, phường',
    ],
    kind: 'group',
    parentCode: UBND_TINH,
    validFrom: TWO_TIER,
  },
];
