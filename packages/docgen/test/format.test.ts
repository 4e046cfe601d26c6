import { describe, expect, it } from 'vitest';
import { bodyNameLines } from '../src/compose/header.ts';
import {
  formatDateLine,
  formatNumberSymbol,
  formatRecipientLines,
  listMarker,
  parseIsoDate,
} from '../src/index.ts';

describe('formatDateLine (Decree 30 App. I §II.4b)', () => {
  it('writes the seed date without padding', () => {
    expect(formatDateLine('Lạng Sơn', '2021-06-27')).toBe('Lạng Sơn, ngày 27 tháng 6 năm 2021');
  });

  it('pads days below 10 and the months January and February', () => {
    expect(formatDateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatDateLine('Hà Nội', '2020-02-29')).toBe('Hà Nội, ngày 29 tháng 02 năm 2020');
    expect(formatDateLine('Hà Nội', '2020-03-09')).toBe('Hà Nội, ngày 09 tháng 3 năm 2020');
    expect(formatDateLine('Hà Nội', '2020-12-10')).toBe('Hà Nội, ngày 10 tháng 12 năm 2020');
  });

  it('returns NFC text for a decomposed place name', () => {
    const line = formatDateLine('Lạng Sơn'.normalize('NFD'), '2021-06-27');
    expect(line).toBe(line.normalize('NFC'));
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseIsoDate('27/06/2021')).toThrow(RangeError);
    expect(() => formatDateLine('Lạng Sơn', '2021-02-30')).toThrow(/No such date/);
    expect(() => formatDateLine('Lạng Sơn', '2021-13-01')).toThrow(RangeError);
  });
});

describe('formatNumberSymbol (Decree 30 App. I §II.3c)', () => {
  it('joins number and symbol with "/" and no spaces', () => {
    expect(formatNumberSymbol(346, 'TB-UBND')).toBe('346/TB-UBND');
    expect(formatNumberSymbol('346', ' /TB-UBND ')).toBe('346/TB-UBND');
  });

  it('pads numbers below 10', () => {
    expect(formatNumberSymbol(5, 'TB-UBND')).toBe('05/TB-UBND');
    expect(formatNumberSymbol(10, 'TB-UBND')).toBe('10/TB-UBND');
  });

  it('leaves a blank for a document not yet numbered', () => {
    expect(formatNumberSymbol(undefined, 'TB-UBND')).toBe('\u00a0'.repeat(6) + '/TB-UBND');
  });

  it('rejects a number that is not digits', () => {
    expect(() => formatNumberSymbol('34a', 'TB-UBND')).toThrow(RangeError);
  });
});

describe('formatRecipientLines (Decree 30 App. I §II.9d)', () => {
  it('adds the dash, ";" and the final "."', () => {
    expect(
      formatRecipientLines(['Văn phòng Chính phủ', 'Sở, ban, ngành', 'Lưu: VT, THNC (ĐTK)']),
    ).toEqual(['- Văn phòng Chính phủ;', '- Sở, ban, ngành;', '- Lưu: VT, THNC (ĐTK).']);
  });

  it('does not double punctuation typed by the user', () => {
    expect(formatRecipientLines(['- Văn phòng Chính phủ;', '- Lưu: VT, THNC (ĐTK).'])).toEqual([
      '- Văn phòng Chính phủ;',
      '- Lưu: VT, THNC (ĐTK).',
    ]);
  });
});

describe('listMarker', () => {
  it('uses dashes for bullets', () => {
    expect(listMarker(0, false)).toBe('- ');
  });

  it('follows the Vietnamese alphabet for points (a, b, c, d, đ, e, g …)', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => listMarker(i, true).trim())).toEqual([
      'a)',
      'b)',
      'c)',
      'd)',
      'đ)',
      'e)',
      'g)',
    ]);
  });
});

describe('bodyNameLines (Decree 30 App. I §II.2b)', () => {
  it('breaks a People’s Committee after its collegial name', () => {
    expect(bodyNameLines('Ủy ban nhân dân tỉnh Lạng Sơn')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LẠNG SƠN',
    ]);
    expect(bodyNameLines('HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN')).toEqual([
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH LẠNG SƠN',
    ]);
  });

  it('keeps explicit line breaks and short names', () => {
    expect(bodyNameLines('SỞ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG')).toEqual([
      'SỞ TÀI NGUYÊN',
      'VÀ MÔI TRƯỜNG',
    ]);
    expect(bodyNameLines('Văn phòng')).toEqual(['VĂN PHÒNG']);
  });
});
