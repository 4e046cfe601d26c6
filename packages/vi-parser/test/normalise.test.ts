import { describe, expect, it } from 'vitest';
import {
  convertLegacyEncoding,
  detectLegacyEncoding,
  intakeText,
  normaliseText,
  parseAnnouncement,
} from '../src/index.ts';
import { announcement } from './support/documents.ts';
import { encodeTcvn3, encodeVni } from './support/legacy.ts';

describe('normaliseText', () => {
  it('joins lines broken inside a sentence, lower-case or capitalised', () => {
    const text = normaliseText(
      'Sở Tài nguyên và Môi trường phối hợp hoàn thiện lại danh mục bổ sung cho phù hợp với khả năng triển khai thực hiện\n\ncác dự án trong 6 tháng cuối năm 2021.\n\nĐể phát huy giá trị quan trọng của Khu di tích lịch sử Chi\n\nLăng, UBND tỉnh thống nhất.',
    );
    expect(text).toBe(
      'Sở Tài nguyên và Môi trường phối hợp hoàn thiện lại danh mục bổ sung cho phù hợp với khả năng triển khai thực hiện các dự án trong 6 tháng cuối năm 2021.\n\nĐể phát huy giá trị quan trọng của Khu di tích lịch sử Chi Lăng, UBND tỉnh thống nhất.',
    );
  });

  it('keeps headings, bullets and the summary under the type on their own lines', () => {
    const text =
      'THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại Hội nghị triển khai các giải pháp năm 2023\n\nChiều ngày 02/6/2023, đồng chí Giáp Văn Đoàn chủ trì.\n1. Về công tác chuẩn bị\nNội dung\n- Bổ sung số liệu';
    expect(normaliseText(text).split('\n')).toEqual([
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại Hội nghị triển khai các giải pháp năm 2023',
      '',
      'Chiều ngày 02/6/2023, đồng chí Giáp Văn Đoàn chủ trì.',
      '1. Về công tác chuẩn bị',
      'Nội dung',
      '- Bổ sung số liệu',
    ]);
  });

  it('unifies dashes, quotes and spaces, removes Markdown emphasis and invisible characters', () => {
    expect(
      normaliseText('**Kết luận** (*Sở Y tế trình*) “Độc lập – Tự do”\u00a0\u200bvà\u202ftiếp'),
    ).toBe('Kết luận (Sở Y tế trình) "Độc lập - Tự do" và tiếp');
    expect(normaliseText('* Về dự thảo Báo cáo:')).toBe('* Về dự thảo Báo cáo:');
  });

  it('composes decomposed (NFD) text and splits two-column lines', () => {
    expect(normaliseText('Thông báo kết luận'.normalize('NFD'))).toBe('Thông báo kết luận');
    expect(normaliseText('Số: 421 /TB-UBND          Hà Tĩnh, ngày 11 tháng 10 năm 2021')).toBe(
      'Số: 421 /TB-UBND\nHà Tĩnh, ngày 11 tháng 10 năm 2021',
    );
  });

  it('drops page numbers and turns tab-separated cells into a table row', () => {
    expect(normaliseText('đoạn một.\n- 2 -\nTrang 3\n2\nđoạn hai.')).toBe('đoạn một.\n\nđoạn hai.');
    expect(normaliseText('1\tNhiệm vụ\tSở Tài chính\t\tTháng 9/2024')).toBe(
      '1 | Nhiệm vụ | Sở Tài chính | | Tháng 9/2024',
    );
  });

  it('reports control characters it removed', () => {
    const { text, warnings } = intakeText('Thông\u0000báo\u0007');
    expect(text).toBe('Thông báo');
    expect(warnings.map((w) => w.code)).toContain('control-characters');
  });
});

describe('legacy encodings', () => {
  const sample = announcement(
    '1. Dự thảo Nghị quyết về phát triển du lịch (Sở Văn hóa, Thể thao và Du lịch trình).\n\nSở Văn hóa, Thể thao và Du lịch tiếp thu ý kiến, hoàn thiện dự thảo, báo cáo UBND tỉnh trước ngày 20/3/2024 để trình kỳ họp HĐND tỉnh.',
  );

  it('leaves Unicode text alone', () => {
    expect(detectLegacyEncoding(sample)).toMatchObject({ encoding: null, uncertain: false });
    expect(detectLegacyEncoding('Giá 100 € © 2024 – “ký hiệu” ®')).toMatchObject({
      encoding: null,
    });
  });

  it('detects and converts TCVN3 (ABC)', () => {
    const legacy = encodeTcvn3(sample);
    expect(detectLegacyEncoding(legacy).encoding).toBe('tcvn3');
    expect(convertLegacyEncoding(legacy, 'tcvn3').toLowerCase()).toBe(
      sample.normalize('NFC').toLowerCase(),
    );
    const result = parseAnnouncement(legacy);
    expect(result.warnings.map((w) => w.code)).toContain('legacy-encoding');
    expect(result.tasks[0]?.deadline?.value).toBe('2024-03-19');
  });

  it('detects and converts VNI-Windows', () => {
    const legacy = encodeVni(sample);
    expect(legacy).toContain('Vaên hoùa');
    expect(detectLegacyEncoding(legacy).encoding).toBe('vni');
    expect(convertLegacyEncoding(legacy, 'vni')).toBe(sample.normalize('NFC'));
    const result = parseAnnouncement(legacy);
    expect(result.header.number?.value).toBe('100/TB-UBND');
    expect(result.tasks.map((t) => t.owner.value.name)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
  });

  it('converts every Vietnamese letter in both directions', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
    expect(convertLegacyEncoding(encodeVni(letters), 'vni')).toBe(letters);
    expect(convertLegacyEncoding(encodeVni(letters.toUpperCase()), 'vni')).toBe(
      letters.toUpperCase(),
    );
    expect(convertLegacyEncoding(encodeTcvn3(letters), 'tcvn3')).toBe(letters);
  });

  it('warns without converting when the text only looks legacy', () => {
    const garbled = 'ÐÞßð×÷øþ ¡¢£¤¥¦§¨ ©ª«¬®¯ °±²³´µ¶·¸¹º»¼½¾¿ ÆÇËÎÏ ÐÑÖ×ØÜÞß'.repeat(5);
    const { text, warnings } = intakeText(garbled);
    expect(warnings.map((w) => w.code)).toContain('legacy-encoding-uncertain');
    expect(text).toContain('ÐÞß');
  });
});
