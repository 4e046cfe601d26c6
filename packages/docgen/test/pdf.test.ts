import { beforeAll, describe, expect, it } from 'vitest';
import { plainText, renderPdf } from '../src/index.ts';
import { MARGIN, PAGE, TEXT_WIDTH } from '../src/layout.ts';
import { announcement346 } from './fixtures/announcement-346.ts';
import { normalise, type PdfPage, readPdf, textOf } from './support/pdf-text.ts';

const createdAt = new Date('2021-06-27T03:00:00Z');
let bytes: Uint8Array;
let pages: PdfPage[];

beforeAll(async () => {
  bytes = await renderPdf(announcement346, { createdAt });
  pages = await readPdf(bytes);
});

/** The document's text without the page numbers in the top margin. */
const contentText = () =>
  pages.map((page) => textOf(page.items.filter((i) => i.y < PAGE.height - MARGIN.top))).join('\n');

describe('renderPdf', () => {
  it('is a PDF of A4 pages', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(page.view[0]).toBe(0);
      expect(page.view[1]).toBe(0);
      expect(page.view[2]).toBeCloseTo(595.28, 1);
      expect(page.view[3]).toBeCloseTo(841.89, 1);
    }
  });

  it('contains every paragraph, in order, with its Vietnamese intact', () => {
    const text = normalise(contentText());
    let from = 0;
    for (const paragraph of plainText(announcement346)) {
      const at = text.indexOf(normalise(paragraph), from);
      expect(at, `missing or out of order: ${paragraph.slice(0, 60)}`).toBeGreaterThanOrEqual(from);
      from = at + normalise(paragraph).length;
    }
  });

  it('maps every glyph to precomposed Unicode (no stray combining marks)', () => {
    const raw = contentText();
    expect(raw).not.toMatch(/[\u0300-\u036f]/);
    expect(raw).toContain('Ủy ban MTTQ Việt Nam tỉnh');
    expect(raw).toContain('Phạm Hùng Trường');
  });

  it('embeds the four Tinos faces as subsets', () => {
    const raw = new TextDecoder('latin1').decode(bytes);
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+(Tinos[\w-]*)/g)].map((m) => m[2]);
    expect(new Set(fonts)).toEqual(
      new Set(['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic']),
    );
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(4);
  });

  it('keeps the text inside the margins', () => {
    for (const [index, page] of pages.entries()) {
      for (const item of page.items.filter((i) => i.str.trim() !== '')) {
        expect(item.x).toBeGreaterThanOrEqual(MARGIN.left - 0.5);
        expect(item.x + item.width).toBeLessThanOrEqual(MARGIN.left + TEXT_WIDTH + 0.5);
        if (index > 0 && /^\d+$/.test(item.str) && item.y > PAGE.height - MARGIN.top) continue;
        expect(item.y).toBeLessThan(PAGE.height - MARGIN.top);
        expect(item.y).toBeGreaterThan(MARGIN.bottom);
      }
    }
  });

  it('numbers pages from page 2, centred in the top margin', () => {
    const inTopMargin = (page: PdfPage) => page.items.filter((i) => i.y > PAGE.height - MARGIN.top);
    expect(inTopMargin(pages[0]!)).toHaveLength(0);
    for (const [index, page] of pages.entries()) {
      if (index === 0) continue;
      const [number] = inTopMargin(page);
      expect(number?.str).toBe(String(index + 1));
      expect(number!.x + number!.width / 2).toBeCloseTo(MARGIN.left + TEXT_WIDTH / 2, 0);
      expect(number!.fontSize).toBe(14);
    }
  });

  it('places the header in two columns and "Số" level with the date line', () => {
    const find = (start: string) => pages[0]!.items.find((i) => i.str.startsWith(start))!;
    const body = find('ỦY');
    const nation = find('CỘNG');
    // Tops aligned: the 13 pt and 12 pt baselines differ by one point of ascent.
    expect(Math.abs(body.y - nation.y)).toBeLessThan(1.5);
    expect(body.x + body.width).toBeLessThan(nation.x);
    const number = find('Số:');
    const date = find('Lạng');
    expect(Math.abs(number.y - date.y)).toBeLessThan(3);
  });

  it('is byte-identical for the same document and timestamp', async () => {
    expect(await renderPdf(announcement346, { createdAt })).toEqual(bytes);
  });
});
