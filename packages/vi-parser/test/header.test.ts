import { describe, expect, it } from 'vitest';
import { parseAnnouncement, toScoringJson } from '../src/index.ts';
import { announcement } from './support/documents.ts';

describe('header fields', () => {
  it('reads number, place, date and type from a two-column header printed on one line', () => {
    const text = [
      'ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  TỈNH HÀ TĨNH                        Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 421 /TB-UBND                   Hà Tĩnh, ngày 11 tháng 10 năm 2021',
      '',
      'THÔNG BÁO',
      'Kết luận của đồng chí Trần Hữu Lộc, Phó Chủ tịch UBND tỉnh tại cuộc họp',
      '',
      'Ngày 06/10/2021, đồng chí Trần Hữu Lộc chủ trì cuộc họp.',
    ].join('\n');
    const result = parseAnnouncement(text);
    expect(toScoringJson(result)).toMatchObject({
      number: '421/TB-UBND',
      place: 'Hà Tĩnh',
      issued: '2021-10-11',
      meeting_date: '2021-10-06',
      chair: 'Trần Hữu Lộc',
    });
    expect(result.header.issuer?.value).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
    expect(result.header.chairTitle?.value).toBe('Phó Chủ tịch UBND tỉnh');
  });

  it('reads a number merged with the place on one line', () => {
    const result = parseAnnouncement(
      'Số: 12/TB-UBND Hà Nội, ngày 05 tháng 01 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch',
    );
    expect(result.header.number?.value).toBe('12/TB-UBND');
    expect(result.header.place?.value).toBe('Hà Nội');
    expect(result.header.issued?.value).toBe('2024-01-05');
  });

  it('keeps symbols with &, Đ and several groups', () => {
    expect(
      parseAnnouncement(announcement('', { number: '35/TB-STP-XD&KTrVB' })).header.number?.value,
    ).toBe('35/TB-STP-XD&KTrVB');
    expect(
      parseAnnouncement(announcement('', { number: '7 / TB-BNNMT' })).header.number?.value,
    ).toBe('7/TB-BNNMT');
  });

  it('warns instead of guessing when the number or the date is missing or impossible', () => {
    const noNumber = parseAnnouncement(
      'THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\nNgày 10/3/2024, UBND tỉnh họp.',
    );
    expect(noNumber.header.number).toBeNull();
    expect(noNumber.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['no-number', 'no-issue-date']),
    );
    const impossible = parseAnnouncement(announcement('', { date: 'ngày 31 tháng 2 năm 2024' }));
    expect(impossible.header.issued).toBeNull();
    expect(impossible.warnings.map((w) => w.code)).toContain('invalid-date');
  });

  it('finds the chair written after the title and ignores attendees', () => {
    const text = announcement('').replace(
      'Ngày 07/3/2024, đồng chí Bùi Văn Khánh, Chủ tịch UBND tỉnh chủ trì phiên họp.',
      'Dự họp có đồng chí Nguyễn Văn Toàn, Phó Chủ tịch UBND tỉnh. Ngày 07/3/2024, Chủ tịch UBND tỉnh Bùi Văn Khánh chủ trì phiên họp.',
    );
    expect(parseAnnouncement(text).header.chair?.value).toBe('Bùi Văn Khánh');
  });

  it('warns when the document is not an announcement', () => {
    const result = parseAnnouncement(
      'ỦY BAN NHÂN DÂN\nSố: 5/QĐ-UBND\nHòa Bình, ngày 10 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc phê duyệt dự án',
    );
    expect(result.warnings.map((w) => w.code)).toContain('not-an-announcement');
  });
});
