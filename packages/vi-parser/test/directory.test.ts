import { describe, expect, it } from 'vitest';
import {
  createDirectoryIndex,
  type DirectoryEntry,
  foldName,
  parseAnnouncement,
} from '../src/index.ts';
import { announcement } from './support/documents.ts';

const directory: DirectoryEntry[] = [
  { id: 'sgddt', name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT'] },
  { id: 'stnmt', name: 'Sở Tài nguyên và Môi trường', aliases: [] },
  { id: 'ubnd-chi-lang', name: 'Ủy ban nhân dân huyện Chi Lăng', aliases: [] },
  { id: 'cat', name: 'Công an tỉnh', aliases: [] },
  { id: 'bql-kcn', name: 'Ban Quản lý các khu công nghiệp tỉnh', aliases: [] },
  { id: 'svhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL'] },
];

describe('directory matching', () => {
  const index = createDirectoryIndex(directory);

  it.each([
    ['Sở Giáo dục và Đào tạo', 'sgddt'],
    ['Sở GD&ĐT', 'sgddt'],
    ['Sở GD và ĐT', 'sgddt'],
    ['Sở TN&MT', 'stnmt'],
    ['UBND huyện Chi Lăng', 'ubnd-chi-lang'],
    ['Công an tỉnh', 'cat'],
    ['BQL các KCN tỉnh', 'bql-kcn'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'svhttdl'],
    ['sở văn hóa thể thao và du lịch', 'svhttdl'],
  ])('%s → %s', (name, id) => {
    expect(index.lookup(name)).toBe(id);
  });

  it('does not guess from initials without an abbreviation', () => {
    expect(index.lookup('Cục Ẩm thực')).toBeNull();
    expect(index.lookup('Sở Xây dựng')).toBeNull();
  });

  it('folds case, tone placement, "&" and UBND', () => {
    expect(foldName('Uỷ ban nhân dân tỉnh Khánh Hoà')).toBe(foldName('UBND tỉnh Khánh Hòa'));
  });

  it('attaches ids in a parse and warns about agencies it does not know', () => {
    const result = parseAnnouncement(
      announcement(
        'Sở GD&ĐT chủ trì, phối hợp với Công an tỉnh, Sở Xây dựng rà soát trường học, báo cáo UBND tỉnh trước ngày 20/3/2024.',
      ),
      { directory },
    );
    const [task] = result.tasks;
    expect(task?.owner.value).toEqual({ name: 'Sở GD&ĐT', orgId: 'sgddt', isGroup: false });
    expect(task?.coordinators.map((c) => c.value.orgId)).toEqual(['cat', null]);
    const unknown = result.warnings.filter((w) => w.code === 'agency-not-in-directory');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message).toContain('Sở Xây dựng');
    expect(result.text.slice(...(unknown[0]?.span ?? [0, 0]))).toBe('Sở Xây dựng');
  });

  it('recognises a directory name the grammar does not know', () => {
    const result = parseAnnouncement(
      announcement('Tổ công tác 1126 rà soát hồ sơ tồn đọng trước ngày 20/3/2024.'),
      {
        directory: [{ id: 'tct', name: 'Tổ công tác 1126', aliases: [] }],
      },
    );
    expect(result.tasks.map((t) => [t.owner.value.name, t.owner.value.orgId])).toEqual([
      ['Tổ công tác 1126', 'tct'],
    ]);
  });
});

describe('options', () => {
  const text = announcement(
    'Sở Tài chính hoàn thiện dự thảo, báo cáo UBND tỉnh trước ngày 20/3/2024.',
  );

  it('uses the strict reading of "trước ngày X" by default and the inclusive one on request', () => {
    expect(parseAnnouncement(text).tasks[0]?.deadline?.value).toBe('2024-03-19');
    expect(
      parseAnnouncement(text, { deadlineReading: 'inclusive' }).tasks[0]?.deadline?.value,
    ).toBe('2024-03-20');
    expect(parseAnnouncement(text).tasks[0]?.deadlineReadings).toEqual({
      strict: '2024-03-19',
      inclusive: '2024-03-20',
    });
  });

  it('counts working days with the calendar the caller passes', () => {
    const days = announcement(
      'Sở Tài chính hoàn thiện dự thảo trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo này.',
    );
    const calls: Array<[string, number]> = [];
    const calendar = {
      addWorkingDays: (from: string, n: number) => {
        calls.push([from, n]);
        return '2024-03-18';
      },
    };
    expect(parseAnnouncement(days, { calendar }).tasks[0]?.deadline?.value).toBe('2024-03-18');
    expect(calls).toEqual([['2024-03-10', 5]]);
    const fallback = parseAnnouncement(days);
    expect(fallback.tasks[0]?.deadline?.value).toBe('2024-03-15');
    expect(fallback.warnings.map((w) => w.code)).toContain('no-calendar');
  });

  it('warns about a deadline written without a year', () => {
    const result = parseAnnouncement(
      announcement('Sở Tài chính hoàn thiện dự thảo, báo cáo UBND tỉnh trước 15/4.'),
    );
    expect(result.tasks[0]?.deadline?.value).toBe('2024-04-14');
    const warning = result.warnings.find((w) => w.code === 'deadline-without-year');
    expect(warning?.message).toMatch(/không ghi năm/);
    expect(result.text.slice(...(warning?.span ?? [0, 0]))).toBe('trước 15/4');
  });
});
