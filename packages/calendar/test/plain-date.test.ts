import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDate,
  dayOfWeek,
  diffDays,
  fromEpochDay,
  isValidIsoDate,
  lastDayOfMonth,
  parseIsoDate,
  todayInVietnam,
  toEpochDay,
  toIsoDate,
} from '../src/index.ts';

describe('isValidIsoDate', () => {
  it.each(['2021-06-27', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (iso) => {
      expect(isValidIsoDate(iso)).toBe(true);
    },
  );

  it.each([
    '2021-02-29',
    '1900-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-06-31',
    '2021-6-27',
    '27/06/2021',
    ' 2021-06-27',
    '2021-06-27T00:00',
    '0000-01-01',
    '',
  ])('rejects %j', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isValidIsoDate(20210627)).toBe(false);
    expect(isValidIsoDate(null)).toBe(false);
  });
});

describe('parseIsoDate / toIsoDate', () => {
  it('round-trips parts', () => {
    expect(parseIsoDate('2021-06-27')).toEqual({ y: 2021, m: 6, d: 27 });
    expect(toIsoDate(2021, 6, 27)).toBe('2021-06-27');
    expect(toIsoDate(5, 1, 9)).toBe('0005-01-09');
  });

  it('throws RangeError on impossible dates', () => {
    expect(() => parseIsoDate('2021-02-30')).toThrow(RangeError);
    expect(() => toIsoDate(2021, 2, 29)).toThrow(RangeError);
    expect(() => toIsoDate(2021, 1.5, 1)).toThrow(RangeError);
  });
});

describe('epoch days', () => {
  it('anchors 1970-01-01 at 0 and agrees with Date.UTC', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2021-06-27')).toBe(Date.UTC(2021, 5, 27) / 86_400_000);
  });

  it('round-trips every day of years 1–9999', () => {
    const min = toEpochDay('0001-01-01');
    const max = toEpochDay('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min, max }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });

  it('refuses dates outside years 1–9999', () => {
    expect(() => fromEpochDay(toEpochDay('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => fromEpochDay(1.5)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2021-06-27', 10)).toBe('2021-07-07');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
  });

  it('diffDays is b − a', () => {
    expect(diffDays('2021-06-27', '2021-06-29')).toBe(2);
    expect(diffDays('2021-06-29', '2021-06-27')).toBe(-2);
    expect(diffDays('2020-01-01', '2021-01-01')).toBe(366);
  });

  it('dayOfWeek counts from Sunday = 0', () => {
    expect(dayOfWeek('2021-06-27')).toBe(0);
    expect(dayOfWeek('2021-06-28')).toBe(1);
    expect(dayOfWeek('2021-05-01')).toBe(6);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('lastDayOfMonth knows leap years', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2021, 9)).toBe(30);
    expect(lastDayOfMonth(2021, 12)).toBe(31);
  });

  it('compareIsoDate sorts chronologically', () => {
    expect(['2021-07-01', '2020-12-31', '2021-06-27'].sort(compareIsoDate)).toEqual([
      '2020-12-31',
      '2021-06-27',
      '2021-07-01',
    ]);
    expect(compareIsoDate('2021-06-27', '2021-06-27')).toBe(0);
  });
});

describe('todayInVietnam', () => {
  it('uses UTC+7 whatever the host time zone', () => {
    expect(todayInVietnam(new Date('2021-06-27T16:59:59Z'))).toBe('2021-06-27');
    expect(todayInVietnam(new Date('2021-06-27T17:00:00Z'))).toBe('2021-06-28');
    expect(todayInVietnam(new Date('2021-12-31T20:00:00Z'))).toBe('2022-01-01');
  });
});
