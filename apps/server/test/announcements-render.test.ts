/**
 * The seed announcement re-rendered from its text (parsed by @ketluan/vi-parser): the DOCX
 * paragraphs are the seed's wording, in the Decree 30 layout; the PDF's text has every
 * paragraph in order with correct Vietnamese letters; LibreOffice opens the DOCX.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText } from '@ketluan/docgen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcement346 } from '../../../packages/docgen/test/fixtures/announcement-346.ts';
import {
  attributes,
  isOn,
  openDocx,
  paragraphs,
  paragraphText,
  runs,
  styleElement,
} from '../../../packages/docgen/test/support/docx-package.ts';
import { normalise, readPdf, textOf } from '../../../packages/docgen/test/support/pdf-text.ts';
import { documentFromText } from '../src/modules/announcements/from-text.ts';
import { renderAnnouncementFiles } from '../src/modules/announcements/render.ts';

const SEED = readFileSync(
  new URL('../../../../shared/seed/346-TB-UBND-2021-06-27.txt', import.meta.url),
  'utf8',
);
const createdAt = new Date('2021-06-27T03:00:00Z');

/** The seed's lines as printed: Markdown emphasis removed, "Số: 346 /…" without the stray space. */
const seedLines = SEED.split('\n')
  .map((l) =>
    l
      .replace(/\*\*/g, '')
      .replace(/\*(\S[^*]*?)\*/g, '$1')
      .trim(),
  )
  .filter(Boolean)
  .map((l) => l.replace(/^Số: (\d+) \//, 'Số: $1/'));

let docxXml: string;
let stylesXml: string;
let docxBytes: Uint8Array;
let pdfBytes: Uint8Array;

beforeAll(async () => {
  const files = await renderAnnouncementFiles(SEED, { createdAt });
  docxBytes = files.docx!;
  pdfBytes = files.pdf!;
  const pkg = openDocx(docxBytes);
  docxXml = pkg.part('word/document.xml');
  stylesXml = pkg.part('word/styles.xml');
});

describe('the seed rendered from its text', () => {
  it('reads into the same document as the hand transcription of the seed', () => {
    const { document, warnings } = documentFromText(SEED);
    expect(plainText(document)).toEqual(plainText(announcement346));
    expect(document.numberSymbol).toBe('346/TB-UBND');
    expect(document.signature).toEqual({
      authority: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
      signerName: 'Phạm Hùng Trường',
    });
    // The extracted seed lost its header names: the issuer is inferred, and said so.
    expect(warnings.join(' ')).toMatch(/tên cơ quan ban hành/);
  });

  it('gives a DOCX whose paragraphs are the seed’s lines, in order', () => {
    const docxLines = paragraphs(docxXml)
      .map(paragraphText)
      .flatMap((t) => t.split('\n'))
      .filter(Boolean);
    const added: string[] = [];
    const joined: string[] = [];
    let j = 0;
    for (let i = 0; i < seedLines.length; i++) {
      while (
        j < docxLines.length &&
        docxLines[j] !== seedLines[i] &&
        !docxLines[j]!.startsWith(`${seedLines[i]} `)
      ) {
        added.push(docxLines[j++]!);
      }
      expect(j, `seed line not rendered: ${seedLines[i]}`).toBeLessThan(docxLines.length);
      let text = seedLines[i]!;
      // A paragraph the seed's extraction split at a page end is one paragraph again.
      while (text !== docxLines[j] && i + 1 < seedLines.length) text += ` ${seedLines[++i]}`;
      if (text !== seedLines[i]) joined.push(text);
      expect(text).toBe(docxLines[j]);
      j++;
    }
    expect(added).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LẠNG SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(joined).toHaveLength(3);
    expect(docxLines.slice(j)).toEqual([]);
  });

  it('sets A4 portrait, the Decree 30 margins and Times New Roman', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docxXml)![0];
    expect(attributes(sectPr, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributes(sectPr, 'w:pgMar')).toMatchObject({
      'w:top': '1134',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:right': '850',
    });
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)![0];
    expect(attributes(defaults, 'w:rFonts')).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(attributes(defaults, 'w:sz')['w:val']).toBe('28');
    expect(
      new Set([...stylesXml.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1])),
    ).toEqual(new Set(['Times New Roman']));
  });

  it('gives each component its size and weight, and the submitter its italics', () => {
    const style = (id: string) => {
      const props = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(styleElement(stylesXml, id))?.[0] ?? '';
      return {
        size: Number(attributes(props, 'w:sz')['w:val']) / 2,
        bold: isOn(props, 'w:b'),
        italic: isOn(props, 'w:i'),
      };
    };
    expect(style('QuocHieu')).toEqual({ size: 12, bold: true, italic: false });
    expect(style('TieuNgu')).toEqual({ size: 13, bold: true, italic: false });
    expect(style('DiaDanhNgayThang')).toMatchObject({ size: 14, italic: true });
    expect(style('TenLoai')).toMatchObject({ size: 14, bold: true });
    expect(style('TrichYeu')).toMatchObject({ size: 14, bold: true });
    expect(style('NoiDung')).toEqual({ size: 14, bold: false, italic: false });
    expect(style('MucNoiDung')).toMatchObject({ size: 14, bold: true });
    expect(style('NoiNhan')).toEqual({ size: 12, bold: true, italic: true });
    expect(style('NoiNhanDong')).toMatchObject({ size: 11, bold: false });
    const all = paragraphs(docxXml);
    const headings = all.filter((p) => /w:pStyle w:val="MucNoiDung"/.test(p));
    expect(headings).toHaveLength(7);
    for (const h of headings) {
      const italic = runs(h).filter((r) => isOn(r.properties, 'w:i'));
      expect(italic.map((r) => r.text).join('')).toMatch(/ trình$/);
    }
  });

  it('opens with the borderless two-column header table', () => {
    const body = docxXml.slice(docxXml.indexOf('<w:body>') + 8);
    expect(body.startsWith('<w:tbl>')).toBe(true);
    const table = body.slice(0, body.indexOf('</w:tbl>'));
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)![0];
    for (const m of borders.matchAll(/<w:\w+ w:val="(\w+)"/g)) expect(m[1]).toBe('none');
    expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)]).toHaveLength(2);
    const cells = table
      .split('<w:tc>')
      .slice(1)
      .map((c) => paragraphs(c).map(paragraphText).filter(Boolean));
    expect(cells).toEqual([
      ['ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 346/TB-UBND'],
      ['Lạng Sơn, ngày 27 tháng 6 năm 2021'],
    ]);
  });

  it('gives a PDF whose text has every paragraph, in order, in precomposed Vietnamese', async () => {
    const pages = await readPdf(pdfBytes);
    expect(pages.length).toBeGreaterThan(3);
    const text = normalise(
      pages.map((p) => textOf(p.items.filter((i) => i.y < 841.89 - 56.7))).join('\n'),
    );
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[\u0300-\u036f]/);
    let at = 0;
    for (const paragraph of plainText(announcement346).flatMap((p) => p.split('\n'))) {
      const found = text.indexOf(normalise(paragraph), at);
      expect(found, `missing or out of order: ${paragraph.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});

describe('the DOCX in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketluan-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts to PDF with libreoffice --headless and keeps the text', {
    timeout: 180_000,
  }, async () => {
    const docx = join(dir, '346-TB-UBND.docx');
    writeFileSync(docx, docxBytes);
    const r = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const pages = await readPdf(new Uint8Array(readFileSync(join(dir, '346-TB-UBND.pdf'))));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]!.view[2]).toBeCloseTo(595.3, 0);
    const text = normalise(pages.map((p) => textOf(p.items)).join('\n'));
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'THÔNG BÁO',
      'Ngày 23/6/2021, UBND tỉnh đã tổ chức',
      'TL. CHỦ TỊCH',
      'Phạm Hùng Trường',
    ]) {
      expect(text).toContain(part);
    }
  });
});
