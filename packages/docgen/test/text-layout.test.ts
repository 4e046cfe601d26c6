import { describe, expect, it } from 'vitest';
import { textItem } from '../src/compose/items.ts';
import { FIRST_LINE_INDENT, TEXT_WIDTH } from '../src/layout.ts';
import { layoutText, splitWords } from '../src/pdf/text-layout.ts';

const long =
  'Triển khai thực hiện Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ ban hành quy định việc quản lý trong cơ sở giáo dục mầm non và cơ sở giáo dục phổ thông công lập, UBND tỉnh thống nhất sự cần thiết đề nghị HĐND tỉnh ban hành Nghị quyết.';

const lineEnd = (line: { x: number; word: { width: number } }[]) => {
  const last = line.at(-1)!;
  return last.x + last.word.width;
};

describe('layoutText', () => {
  it('justifies every line but the last, and indents the first', () => {
    const layout = layoutText(textItem('body', long), TEXT_WIDTH);
    expect(layout.lines.length).toBeGreaterThan(2);
    expect(layout.lines[0]![0]!.x).toBeCloseTo(FIRST_LINE_INDENT, 5);
    expect(layout.lines[1]![0]!.x).toBe(0);
    for (const line of layout.lines.slice(0, -1)) expect(lineEnd(line)).toBeCloseTo(TEXT_WIDTH, 3);
    expect(lineEnd(layout.lines.at(-1)!)).toBeLessThan(TEXT_WIDTH - 20);
  });

  it('never overflows the width', () => {
    const layout = layoutText(textItem('body', long.repeat(3)), 200);
    for (const line of layout.lines) expect(lineEnd(line)).toBeLessThanOrEqual(200 + 0.01);
  });

  it('centres lines and honours "\\n"', () => {
    const layout = layoutText(textItem('summary', 'Kết luận phiên họp\n(ngày 23 tháng 6)'), 400);
    expect(layout.lines).toHaveLength(2);
    for (const line of layout.lines) {
      expect(line[0]!.x).toBeCloseTo(400 - lineEnd(line), 3);
    }
  });

  it('keeps a word whole across runs of different faces', () => {
    const words = splitWords(
      textItem('heading', [
        { text: 'tỉnh (' },
        { text: 'Sở Y tế trình', italic: true },
        { text: ').' },
      ]),
    );
    expect(words.map((w) => w.fragments.map((f) => `${f.face}:${f.text}`).join('|'))).toEqual([
      'bold:tỉnh',
      'bold:(|boldItalic:Sở',
      'boldItalic:Y',
      'boldItalic:tế',
      'boldItalic:trình|bold:).',
    ]);
  });
});
