import { describe, expect, it } from 'vitest';
import { FONT_FACES, loadFont } from '../src/fonts.ts';
import { textWidth } from '../src/metrics.ts';

const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const LETTERS = `${VOWELS}đ`;
const ALL = `${LETTERS}${LETTERS.toLocaleUpperCase('vi')}“”‘’–…`;

describe('embedded font', () => {
  it.each(FONT_FACES)('%s has a precomposed glyph for every Vietnamese letter', (face) => {
    const font = loadFont(face);
    expect(font.familyName).toBe('Tinos');
    expect(font.numGlyphs).toBeGreaterThan(2000); // the full font, not a subset
    const missing = [...ALL].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('has the advance widths of Times New Roman', () => {
    // Times New Roman: "n" 1024/2048 em, bold "n" 1139/2048 em, space 512/2048 em.
    expect(textWidth('n', 'regular', 2048)).toBe(1024);
    expect(textWidth('n', 'bold', 2048)).toBe(1139);
    expect(textWidth(' ', 'regular', 2048)).toBe(512);
  });
});
