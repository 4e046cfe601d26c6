import { describe, expect, it } from 'vitest';
import { composeRecord, renderRecordPdf } from '../src/index.ts';
import { composedText } from '../src/plain-text.ts';
import { normalise, readPdf, textOf } from './support/pdf-text.ts';

const record = {
  issuingBody: 'Ủy ban nhân dân tỉnh Lạng Sơn',
  place: 'Lạng Sơn',
  date: '2021-07-05',
  typeName: 'Hồ sơ phiên họp',
  summary: 'Phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)\n(ngày 23 tháng 6 năm 2021)',
  body: [
    { kind: 'heading' as const, runs: [{ text: 'I. NỘI DUNG VÀ KẾT LUẬN' }] },
    { kind: 'paragraph' as const, runs: [{ text: 'Đất đai, Sở Tài nguyên và Môi trường.' }] },
    { kind: 'list' as const, items: [[{ text: 'Đang thực hiện, quá hạn' }]] },
  ],
};

describe('records', () => {
  it('compose to the body name, the date line, the title and the content, without number or signature', () => {
    const text = composedText(composeRecord(record).items);
    expect(text).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN',
      'Lạng Sơn, ngày 05 tháng 7 năm 2021',
      'HỒ SƠ PHIÊN HỌP',
      'Phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)\n(ngày 23 tháng 6 năm 2021)',
      'I. NỘI DUNG VÀ KẾT LUẬN',
      'Đất đai, Sở Tài nguyên và Môi trường.',
      '- Đang thực hiện, quá hạn',
    ]);
  });

  it('render as a PDF whose text reads back in order', async () => {
    const pages = await readPdf(await renderRecordPdf(record));
    const text = normalise(pages.map((p) => textOf(p.items)).join('\n'));
    let at = 0;
    for (const part of [
      'ỦY BAN NHÂN DÂN',
      'HỒ SƠ PHIÊN HỌP',
      'I. NỘI DUNG VÀ KẾT LUẬN',
      'quá hạn',
    ]) {
      const found = text.indexOf(part, at);
      expect(found, part).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(text).not.toMatch(/Số:|Nơi nhận/);
  });

  it('reject a record without a title', async () => {
    await expect(renderRecordPdf({ ...record, typeName: ' ' })).rejects.toThrow(RangeError);
  });
});
