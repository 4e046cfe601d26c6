import { describe, expect, it } from 'vitest';
import { composeHeader, MOTTO } from '../src/compose/header.ts';
import type { ColumnsItem, RuleItem, TextItem } from '../src/compose/types.ts';
import { compose, InvalidDocumentError, type OfficialDocument, plainText } from '../src/index.ts';
import { CELL_PADDING, HEADER_COLUMNS, RULE, STYLES, TEXT_WIDTH } from '../src/layout.ts';
import { textWidth } from '../src/metrics.ts';
import { announcement346 } from './fixtures/announcement-346.ts';

const texts = (items: readonly (TextItem | RuleItem)[]) =>
  items
    .filter((item): item is TextItem => item.kind === 'text')
    .map((item) => item.runs.map((r) => r.text).join(''));

describe('compose', () => {
  it('lays the seed out: header, title, 7 sections, closing', () => {
    const text = plainText(announcement346);
    expect(text.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 346/TB-UBND',
      'Lạng Sơn, ngày 27 tháng 6 năm 2021',
      'THÔNG BÁO',
      'Kết luận phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)\n(ngày 23 tháng 6 năm 2021)',
    ]);
    const headings = text.filter((line) => /^\d\. /.test(line)).map((line) => line.slice(0, 2));
    expect(headings).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    expect(text.slice(-17)).toEqual([
      'Nơi nhận:',
      '- Văn phòng Chính phủ;',
      '- Bí thư, Phó Bí thư Tỉnh ủy;',
      '- Lãnh đạo HĐND tỉnh;',
      '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
      '- Ủy ban MTTQ Việt Nam tỉnh;',
      '- Đoàn đại biểu Quốc hội tỉnh;',
      '- Các Ban đảng Tỉnh ủy, các Ban HĐND tỉnh;',
      '- Văn phòng: TU, Đoàn ĐBQH & HĐND tỉnh;',
      '- Sở, ban, ngành;',
      '- UBND các huyện, thành phố;',
      '- Đài PT-TH tỉnh, Báo Lạng Sơn;',
      '- C, PVP UBND tỉnh, các phòng CM, ĐV trực thuộc;',
      '- Lưu: VT, THNC (ĐTK).',
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
      'Phạm Hùng Trường',
    ]);
  });

  it('renders list items with a typed dash and keeps headings with the next paragraph', () => {
    const { items } = compose(announcement346);
    const bullets = items.filter((i): i is TextItem => i.kind === 'text' && i.style === 'listItem');
    expect(bullets.length).toBeGreaterThan(30);
    for (const bullet of bullets) expect(bullet.runs[0]?.text).toBe('- ');
    expect(STYLES.heading.keepWithNext).toBe(true);
    const lastBody = items.at(-2) as TextItem;
    expect(lastBody.keepWithNext).toBe(true);
  });

  it('sizes the rules as Decree 30 says', () => {
    const header = composeHeader(announcement346);
    const [names, national] = [header.rows[0]!.left, header.rows[0]!.right];
    const issuingRule = names.at(-1) as RuleItem;
    const widest = Math.max(
      ...['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'].map((l) => textWidth(l, 'bold', 13)),
    );
    expect(issuingRule.width / widest).toBeGreaterThanOrEqual(1 / 3);
    expect(issuingRule.width / widest).toBeLessThanOrEqual(1 / 2);
    expect((national.at(-1) as RuleItem).width).toBeCloseTo(textWidth(MOTTO, 'bold', 13), 5);
    const summaryRule = compose(announcement346).items[3] as RuleItem;
    expect(summaryRule.kind).toBe('rule');
    expect(summaryRule.width).toBeLessThan(TEXT_WIDTH / 2);
    expect(RULE.summaryRatio).toBeGreaterThanOrEqual(1 / 3);
  });

  it('fits the Quốc hiệu on one line of the right header column', () => {
    const available = HEADER_COLUMNS[1] - 2 * CELL_PADDING;
    expect(
      textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', STYLES.nationalTitle.size),
    ).toBeLessThan(available);
  });

  it('adds the supervising body and the urgency mark when given', () => {
    const header: ColumnsItem = composeHeader({
      ...announcement346,
      supervisingBody: 'UBND tỉnh Lạng Sơn',
      issuingBody: 'Văn phòng',
      urgency: 'Hỏa tốc',
    });
    expect(texts(header.rows[0]!.left)).toEqual(['UBND TỈNH LẠNG SƠN', 'VĂN PHÒNG']);
    const urgency = header.rows[1]!.left[1] as TextItem;
    expect(urgency.style).toBe('urgency');
    expect(urgency.runs[0]?.text).toBe('HỎA TỐC');
    expect(urgency.frameWidth).toBeGreaterThan(textWidth('HỎA TỐC', 'bold', 13));
  });

  it('normalises decomposed input to NFC', () => {
    const decomposed = JSON.parse(
      JSON.stringify(announcement346).normalize('NFD'),
    ) as OfficialDocument;
    expect(plainText(decomposed)).toEqual(plainText(announcement346));
  });

  it('rejects a document without its required components', () => {
    const broken = { ...announcement346, date: '2021-02-30', recipients: [], numberSymbol: ' ' };
    expect(() => compose(broken)).toThrow(InvalidDocumentError);
    try {
      compose(broken);
    } catch (error) {
      expect((error as InvalidDocumentError).problems).toHaveLength(3);
    }
  });
});
