import { createWorkCalendar } from '@ketluan/calendar';
import { describe, expect, it } from 'vitest';
import { findDeadlinePhrase, findDeadlinePhrases, parseDeadline } from '../src/index.ts';

const calendar = createWorkCalendar();
const issued = '2021-06-27'; // a Sunday, as in the seed

describe('parseDeadline', () => {
  it.each([
    ['trước ngày 29/6/2021', 'before-date', '2021-06-28', '2021-06-29'],
    ['trước ngày 29 tháng 6 năm 2021', 'before-date', '2021-06-28', '2021-06-29'],
    ['trước 29-6-2021', 'before-date', '2021-06-28', '2021-06-29'],
    ['chậm nhất ngày 29/6/2021', 'on-date', '2021-06-29', '2021-06-29'],
    ['chậm nhất là ngày 29/6/2021', 'on-date', '2021-06-29', '2021-06-29'],
    ['đến hết ngày 29/6/2021', 'on-date', '2021-06-29', '2021-06-29'],
    ['trong ngày 29/6/2021', 'on-date', '2021-06-29', '2021-06-29'],
    ['hoàn thành ngày 29/6/2021', 'on-date', '2021-06-29', '2021-06-29'],
    ['trong tháng 7/2021', 'month', '2021-07-31', '2021-07-31'],
    ['tháng 7/2021', 'month', '2021-07-31', '2021-07-31'],
    ['trong tháng 2 năm 2024', 'month', '2024-02-29', '2024-02-29'],
    ['trước tháng 8/2021', 'month', '2021-07-31', '2021-07-31'],
    ['trong quý III/2021', 'quarter', '2021-09-30', '2021-09-30'],
    ['trong quý 4/2021', 'quarter', '2021-12-31', '2021-12-31'],
    ['Quý I/2022', 'quarter', '2022-03-31', '2022-03-31'],
    ['trong năm 2022', 'year', '2022-12-31', '2022-12-31'],
    ['trong thời hạn 10 ngày làm việc', 'working-days', '2021-07-09', '2021-07-09'],
    [
      'trong thời hạn 07 ngày làm việc (kể từ ngày ký Thông báo này)',
      'working-days',
      '2021-07-06',
      '2021-07-06',
    ],
    ['trong thời hạn 15 ngày', 'calendar-days', '2021-07-12', '2021-07-12'],
  ])('%s → %s %s / %s', (phrase, kind, strict, inclusive) => {
    const parsed = parseDeadline(phrase, { issued, calendar });
    expect(parsed).toMatchObject({ kind, strict, inclusive, text: phrase, yearInferred: false });
  });

  it('takes the first such date after the issue date when the year is left out', () => {
    expect(parseDeadline('trước 15/7', { issued })).toMatchObject({
      strict: '2021-07-14',
      inclusive: '2021-07-15',
      yearInferred: true,
    });
    expect(parseDeadline('trước 31/3', { issued: '2022-11-18' })).toMatchObject({
      strict: '2023-03-30',
      yearInferred: true,
    });
    expect(parseDeadline('trong tháng 3', { issued: '2022-11-18' })).toMatchObject({
      strict: '2023-03-31',
      yearInferred: true,
    });
  });

  it('cannot date a year-less deadline without an issue date', () => {
    expect(parseDeadline('trước 15/7')).toMatchObject({
      strict: null,
      unresolved: true,
      text: 'trước 15/7',
    });
  });

  it('counts working days over the holiday calendar (Tết 2024)', () => {
    // Issued Friday 2 Feb 2024; Tết holidays ran 8–14 February.
    const parsed = parseDeadline('trong thời hạn 05 ngày làm việc', {
      issued: '2024-02-02',
      calendar,
    });
    expect(parsed.strict).toBe('2024-02-16');
  });

  it('falls back to Monday–Friday without a calendar, and says so', () => {
    expect(parseDeadline('10 ngày làm việc', { issued })).toMatchObject({
      strict: '2021-07-09',
      calendarMissing: true,
    });
  });

  it('does not roll a stated date over a weekend', () => {
    expect(parseDeadline('trong tháng 7/2021', { issued }).strict).toBe('2021-07-31'); // a Saturday
  });

  it.each([
    ['trước khi trình Bộ Tài nguyên và Môi trường thẩm định', 'event'],
    ['trước kỳ họp thường lệ cuối năm 2019 của HĐND tỉnh', 'event'],
    ['trước mùa mưa bão', 'event'],
    ['trước 16 giờ hằng ngày', 'recurring'],
    ['trước ngày 05 hằng tháng', 'recurring'],
    ['thường xuyên', 'ongoing'],
    ['05 ngày làm việc kể từ ngày nhận được hồ sơ', 'event'],
  ])('keeps "%s" as text without a date (%s)', (phrase, kind) => {
    expect(parseDeadline(phrase, { issued, calendar })).toMatchObject({
      kind,
      text: phrase,
      strict: null,
      inclusive: null,
    });
  });

  it.each([
    ['khẩn trương', 'urgent'],
    ['Ngay sau khi quy hoạch được phê duyệt', 'condition'],
    ['khi Đề án được thông qua', 'condition'],
  ])('gives no text and no date for "%s" (%s)', (phrase, kind) => {
    expect(parseDeadline(phrase, { issued })).toMatchObject({ kind, text: null, strict: null });
  });

  it('rejects impossible dates', () => {
    expect(parseDeadline('trước ngày 31/6/2021', { issued }).strict).toBeNull();
  });
});

describe('findDeadlinePhrase', () => {
  it('prefers the last dated phrase over event-tied ones', () => {
    const sentence =
      'bổ sung quy định chuyển tiếp đối với các hồ sơ đã nộp trước ngày Quyết định có hiệu lực, trình UBND tỉnh ban hành trước ngày 15/9/2022.';
    expect(findDeadlinePhrase(sentence)?.text).toBe('trước ngày 15/9/2022');
  });

  it('finds event-tied phrases and trims their tail', () => {
    const sentence =
      'hoàn thiện dự thảo Tờ trình trước khi trình Bộ Tài nguyên và Môi trường thẩm định theo quy định.';
    expect(findDeadlinePhrase(sentence)).toMatchObject({
      kind: 'event',
      text: 'trước khi trình Bộ Tài nguyên và Môi trường thẩm định',
    });
  });

  it('does not read "thường xuyên" inside a name or "chi thường xuyên" as a deadline', () => {
    expect(
      findDeadlinePhrases('Trung tâm Giáo dục thường xuyên tỉnh; định mức chi thường xuyên'),
    ).toEqual([]);
    expect(findDeadlinePhrase('Sở Xây dựng thường xuyên hướng dẫn')?.kind).toBe('ongoing');
  });

  it('returns offsets into the sentence', () => {
    const sentence = 'báo cáo UBND tỉnh trước ngày 29/6/2021 để trình kỳ họp.';
    const phrase = findDeadlinePhrase(sentence);
    expect(sentence.slice(phrase?.start, phrase?.end)).toBe('trước ngày 29/6/2021');
  });

  it('ignores a responsibility "trước Chủ tịch" and a bare date of another document', () => {
    expect(findDeadlinePhrase('chịu trách nhiệm trước Chủ tịch UBND tỉnh')).toBeNull();
    expect(
      findDeadlinePhrase('theo Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng'),
    ).toBeNull();
  });
});
