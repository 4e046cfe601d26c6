import { describe, expect, it } from 'vitest';
import { type Highlight, segment } from '../../src/features/imports/highlights.ts';

describe('source text segments', () => {
  const text = 'Sở Giáo dục và Đào tạo báo cáo trước ngày 29/6/2021.';
  const hl: Highlight[] = [
    { start: 0, end: 51, group: 'task:0', kind: 'action', label: 'action' },
    { start: 0, end: 22, group: 'task:0', kind: 'owner', label: 'owner' },
    { start: 31, end: 51, group: 'task:0', kind: 'deadline', label: 'deadline' },
  ];

  it('cuts at every boundary, marks each piece with its innermost field and keeps the text', () => {
    const segs = segment(text, hl);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => s.mark?.kind ?? null)).toEqual(['owner', 'action', 'deadline', null]);
    expect(segs[0]?.groups).toEqual(['task:0']);
  });

  it('leaves text without highlights whole and tolerates spans past the end', () => {
    expect(segment('abc', [])).toEqual([{ text: 'abc', start: 0, mark: null, groups: [] }]);
    expect(
      segment('abc', [{ start: 1, end: 99, group: 'g', kind: 'other', label: '' }]).map(
        (s) => s.text,
      ),
    ).toEqual(['a', 'bc']);
  });
});
