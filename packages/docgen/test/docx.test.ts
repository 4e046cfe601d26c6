import { beforeAll, describe, expect, it } from 'vitest';
import { plainText, renderDocx } from '../src/index.ts';
import { announcement346 } from './fixtures/announcement-346.ts';
import {
  attributes,
  type DocxPackage,
  isOn,
  openDocx,
  paragraphs,
  paragraphText,
  runs,
  styleElement,
} from './support/docx-package.ts';

const createdAt = new Date('2021-06-27T03:00:00Z');
let bytes: Uint8Array;
let docx: DocxPackage;
let documentXml: string;
let stylesXml: string;

beforeAll(async () => {
  bytes = await renderDocx(announcement346, { createdAt });
  docx = openDocx(bytes);
  documentXml = docx.part('word/document.xml');
  stylesXml = docx.part('word/styles.xml');
});

/** Size in points and bold/italic of a style. */
function style(id: string) {
  const element = styleElement(stylesXml, id);
  const properties = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(element)?.[0] ?? '';
  return {
    size: Number(attributes(properties, 'w:sz')['w:val']) / 2,
    bold: isOn(properties, 'w:b'),
    italic: isOn(properties, 'w:i'),
    element,
  };
}

/** The paragraph whose text starts with `start`. */
function paragraphStarting(start: string): string {
  const found = paragraphs(documentXml).find((p) => paragraphText(p).startsWith(start));
  if (!found) throw new Error(`No paragraph starts with ${start}`);
  return found;
}

const styleOf = (paragraph: string) => attributes(paragraph, 'w:pStyle')['w:val'];

describe('renderDocx', () => {
  it('is a Word package', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(docx.names[0]).toBe('[Content_Types].xml');
  });

  it('sets A4 portrait and the Decree 30 margins in twips', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(documentXml)![0];
    expect(attributes(sectPr, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributes(sectPr, 'w:pgMar')).toMatchObject({
      'w:top': '1134', // 20 mm
      'w:bottom': '1134', // 20 mm
      'w:left': '1701', // 30 mm
      'w:right': '850', // 15 mm
    });
  });

  it('sets Times New Roman 14 pt as the default and in every style', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)![0];
    expect(attributes(defaults, 'w:rFonts')).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(attributes(defaults, 'w:sz')['w:val']).toBe('28');
    expect(attributes(defaults, 'w:lang')['w:val']).toBe('vi-VN');
    const fonts = [...stylesXml.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('gives each component its size and weight (Decree 30 App. I §II)', () => {
    expect(style('QuocHieu')).toMatchObject({ size: 12, bold: true, italic: false });
    expect(style('TieuNgu')).toMatchObject({ size: 13, bold: true, italic: false });
    expect(style('CoQuanChuQuan')).toMatchObject({ size: 13, bold: false });
    expect(style('CoQuanBanHanh')).toMatchObject({ size: 13, bold: true });
    expect(style('SoKyHieu')).toMatchObject({ size: 13, bold: false, italic: false });
    expect(style('DiaDanhNgayThang')).toMatchObject({ size: 14, bold: false, italic: true });
    expect(style('TenLoai')).toMatchObject({ size: 14, bold: true });
    expect(style('TrichYeu')).toMatchObject({ size: 14, bold: true });
    expect(style('NoiDung')).toMatchObject({ size: 14, bold: false, italic: false });
    expect(style('MucNoiDung')).toMatchObject({ size: 14, bold: true });
    expect(style('NoiNhan')).toMatchObject({ size: 12, bold: true, italic: true });
    expect(style('NoiNhanDong')).toMatchObject({ size: 11, bold: false, italic: false });
    expect(style('ThamQuyenKy')).toMatchObject({ size: 14, bold: true });
    expect(style('HoTenNguoiKy')).toMatchObject({ size: 14, bold: true });
    expect(style('SoTrang')).toMatchObject({ size: 14, bold: false });
  });

  it('justifies body text with a 1.27 cm first-line indent, 6 pt after, 1.15 lines', () => {
    const body = style('NoiDung').element;
    expect(attributes(body, 'w:jc')['w:val']).toBe('both');
    expect(attributes(body, 'w:ind')['w:firstLine']).toBe('720');
    expect(attributes(body, 'w:spacing')).toMatchObject({
      'w:after': '120',
      'w:line': '276',
      'w:lineRule': 'auto',
    });
    expect(isOn(body, 'w:widowControl')).toBe(true);
    expect(isOn(style('MucNoiDung').element, 'w:keepNext')).toBe(true);
  });

  it('writes every paragraph of the document, in order', () => {
    const texts = paragraphs(documentXml)
      .map(paragraphText)
      .filter((text) => text !== '');
    expect(texts).toEqual(plainText(announcement346));
  });

  it('styles the paragraphs and their runs', () => {
    expect(styleOf(paragraphStarting('CỘNG HÒA'))).toBe('QuocHieu');
    expect(styleOf(paragraphStarting('Lạng Sơn, ngày'))).toBe('DiaDanhNgayThang');
    const heading = paragraphStarting('1. Dự thảo Tờ trình');
    expect(styleOf(heading)).toBe('MucNoiDung');
    const submitter = runs(heading).find((run) => run.text === 'Sở Giáo dục và Đào tạo trình');
    expect(isOn(submitter!.properties, 'w:i')).toBe(true);
    expect(styleOf(paragraphStarting('- Về trích yếu văn bản'))).toBe('GachDauDong');
    expect(styleOf(paragraphStarting('Nơi nhận:'))).toBe('NoiNhan');
    expect(styleOf(paragraphStarting('- Lưu: VT, THNC (ĐTK).'))).toBe('NoiNhanDong');
    expect(styleOf(paragraphStarting('TL. CHỦ TỊCH'))).toBe('ThamQuyenKy');
    expect(styleOf(paragraphStarting('Phạm Hùng Trường'))).toBe('HoTenNguoiKy');
  });

  it('opens with a borderless two-column header table', () => {
    const body = documentXml.slice(documentXml.indexOf('<w:body>') + 8);
    expect(body.startsWith('<w:tbl>')).toBe(true);
    const table = body.slice(0, body.indexOf('</w:tbl>'));
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)![0];
    const sides = [...borders.matchAll(/<w:(\w+) w:val="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(sides).toHaveLength(6);
    for (const [, value] of sides) expect(value).toBe('none');
    expect(attributes(table, 'w:tblLayout')['w:type']).toBe('fixed');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    // The text width, to the twip: 11906 - 1701 - 850.
    expect(Math.abs(grid[0]! + grid[1]! - 9355)).toBeLessThanOrEqual(1);
    const rows = table.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(2);
    const cells = (row: string) =>
      row
        .split('<w:tc>')
        .slice(1)
        .map((cell) => paragraphs(cell).map(paragraphText).filter(Boolean));
    expect(cells(rows[0]!)).toEqual([
      ['ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    ]);
    expect(cells(rows[1]!)).toEqual([['Số: 346/TB-UBND'], ['Lạng Sơn, ngày 27 tháng 6 năm 2021']]);
  });

  it('draws the rules as narrowed paragraph borders', () => {
    const rules = paragraphs(documentXml).filter((p) => p.includes('<w:pBdr>'));
    // Issuing body, Tiêu ngữ, summary.
    expect(rules).toHaveLength(3);
    for (const rule of rules) {
      expect(paragraphText(rule)).toBe('');
      expect(attributes(rule, 'w:bottom')).toMatchObject({ 'w:val': 'single', 'w:sz': '6' });
    }
  });

  it('numbers pages from page 2 only, centred in the header', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(documentXml)![0];
    expect(sectPr).toContain('<w:titlePg/>');
    const reference = (type: string) =>
      new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(sectPr)![1]!;
    const first = docx.related(reference('first'));
    const other = docx.related(reference('default'));
    expect(paragraphs(first).map(paragraphText).join('')).toBe('');
    expect(first).not.toContain('PAGE');
    expect(other).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(styleOf(paragraphs(other)[0]!)).toBe('SoTrang');
    expect(attributes(style('SoTrang').element, 'w:jc')['w:val']).toBe('center');
  });

  it('is byte-identical for the same document and timestamp', async () => {
    expect(await renderDocx(announcement346, { createdAt })).toEqual(bytes);
    expect(docx.part('docProps/core.xml')).toContain('2021-06-27T03:00:00Z');
  });
});
