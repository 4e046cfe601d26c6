import { describe, expect, it } from 'vitest';
import { toSearch } from '../../src/api/client.ts';
import { fold } from '../../src/components/text.ts';
import { blockText, withText } from '../../src/features/announcements/blocks.ts';
import { placeDate } from '../../src/features/announcements/document-preview.tsx';
import { filtersFromSearch, searchFromFilters } from '../../src/features/tasks/task-filters.ts';
import { en } from '../../src/i18n/en.ts';
import { daysBetween, formatDate, todayIso } from '../../src/i18n/format.ts';
import { vi } from '../../src/i18n/vi.ts';

describe('web helpers', () => {
  it('writes dates as Vietnamese offices do', () => {
    expect(formatDate('2021-06-29')).toBe('29/06/2021');
    expect(formatDate(null)).toBe('');
    expect(todayIso(new Date('2021-06-28T18:30:00Z'))).toBe('2021-06-29'); // UTC+7
    expect(daysBetween('2021-06-28', '2021-07-02')).toBe(4);
    expect(placeDate('Lạng Sơn', '2021-06-27')).toBe('Lạng Sơn, ngày 27 tháng 6 năm 2021');
    expect(placeDate('Lạng Sơn', '2021-02-05')).toBe('Lạng Sơn, ngày 05 tháng 02 năm 2021');
  });

  it('folds Vietnamese for accent-insensitive search', () => {
    expect(fold('Sở Giáo dục và Đào tạo')).toBe('so giao duc va dao tao');
    expect(fold('ĐẤT')).toBe('dat');
  });

  it('keeps task filters in the URL and back', () => {
    const f = {
      q: 'so giao duc',
      status: ['reported' as const, 'done' as const],
      sort: '-due' as const,
    };
    const params = searchFromFilters(f);
    expect(params.toString()).toBe('q=so+giao+duc&status=reported%2Cdone&sort=-due');
    expect(filtersFromSearch(params)).toMatchObject(f);
    expect(filtersFromSearch(new URLSearchParams('sort=bogus')).sort).toBe('due');
    expect(toSearch({ a: '', b: undefined, c: ['x', 'y'], d: 3 })).toBe('?c=x%2Cy&d=3');
  });

  it('keeps the runs of a block whose text did not change', () => {
    const b = {
      kind: 'heading' as const,
      runs: [{ text: '1. Dự thảo ' }, { text: '(Sở X trình)', italic: true }],
    };
    expect(withText(b, blockText(b))).toBe(b);
    expect(withText(b, '1. Khác')).toEqual({ kind: 'heading', runs: [{ text: '1. Khác' }] });
    const list = { kind: 'list' as const, items: [[{ text: '- a' }], [{ text: '- b' }]] };
    expect(blockText(list)).toBe('- a\n- b');
  });

  it('has every message in both languages, with the same placeholders', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(en[key], key).toBeTruthy();
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(en[key]), key).toEqual(params(vi[key]));
    }
  });
});
