import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromEpochDay,
  leapMonthOf,
  lunarToSolar,
  solarToLunar,
  toEpochDay,
} from '../src/index.ts';

/** Tết (lunar 1/1) in Vietnam. 2030 differs from China (3 Feb), 1985 by a whole month (20 Feb). */
const TET: ReadonlyArray<readonly [number, string]> = [
  [1985, '1985-01-21'],
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-02'],
  [2031, '2031-01-23'],
  [2032, '2032-02-11'],
  [2033, '2033-01-31'],
  [2034, '2034-02-19'],
  [2035, '2035-02-08'],
];

/** Giỗ Tổ Hùng Vương, lunar 10/3. */
const HUNG_KINGS: ReadonlyArray<readonly [number, string]> = [
  [2021, '2021-04-21'],
  [2022, '2022-04-10'],
  [2023, '2023-04-29'],
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'],
];

describe('Tết', () => {
  it.each(TET)('lunar 1/1/%i is %s', (year, iso) => {
    expect(lunarToSolar(1, 1, year)).toBe(iso);
    expect(solarToLunar(iso)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it('puts the eve of Tết in the last month of the previous lunar year', () => {
    expect(solarToLunar('2021-02-11')).toEqual({ day: 30, month: 12, year: 2020, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('uses UTC+7: 1985 has Tết a month before China because Vietnam leaps in month 2', () => {
    expect(solarToLunar('1985-02-20')).toEqual({ day: 1, month: 2, year: 1985, leap: false });
    expect(leapMonthOf(1985)).toBe(2);
    expect(leapMonthOf(1984)).toBeNull();
  });
});

describe('Giỗ Tổ Hùng Vương', () => {
  it.each(HUNG_KINGS)('lunar 10/3/%i is %s', (year, iso) => {
    expect(lunarToSolar(10, 3, year)).toBe(iso);
  });
});

describe('leap months', () => {
  it.each([
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2031, 3],
  ])('lunar year %i repeats month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it('returns null for a common year', () => {
    expect(leapMonthOf(2021)).toBeNull();
    expect(leapMonthOf(2024)).toBeNull();
  });

  it('addresses the leap month with leap = true', () => {
    // 2023 repeats month 2: 2/2 starts on 2023-02-20, leap 2/2 on 2023-03-22.
    expect(lunarToSolar(1, 2, 2023)).toBe('2023-02-20');
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 3, 2023)).toBe('2023-04-20');
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
  });

  it('refuses a leap month the year does not have', () => {
    expect(() => lunarToSolar(1, 3, 2023, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 2021, true)).toThrow(RangeError);
  });
});

describe('input checks', () => {
  it('refuses day 30 of a 29-day month', () => {
    // Month 12 of 2025 (Ất Tỵ) has 29 days: its last day is 2026-02-16.
    expect(lunarToSolar(29, 12, 2025)).toBe('2026-02-16');
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError);
  });

  it.each([
    [0, 1, 2021],
    [31, 1, 2021],
    [1, 0, 2021],
    [1, 13, 2021],
    [1.5, 1, 2021],
    [1, 1, 2021.5],
  ])('refuses %d/%d/%d', (day, month, year) => {
    expect(() => lunarToSolar(day, month, year)).toThrow(RangeError);
  });

  it('refuses an invalid solar date', () => {
    expect(() => solarToLunar('2021-02-29')).toThrow(RangeError);
  });
});

describe('properties over 1900–2100', () => {
  const solarDay = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2100-12-31') });

  it('lunarToSolar inverts solarToLunar', () => {
    fc.assert(
      fc.property(solarDay, (epochDay) => {
        const iso = fromEpochDay(epochDay);
        const { day, month, year, leap } = solarToLunar(iso);
        expect(lunarToSolar(day, month, year, leap)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('advances one lunar day per solar day, in months of 29 or 30 days', () => {
    fc.assert(
      fc.property(solarDay, (epochDay) => {
        const iso = fromEpochDay(epochDay);
        const today = solarToLunar(iso);
        const tomorrow = solarToLunar(addDays(iso, 1));
        if (tomorrow.day === 1) {
          expect([29, 30]).toContain(today.day);
        } else {
          expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('has 12 or 13 months per lunar year and Tết between 21 January and 20 February', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const tet = lunarToSolar(1, 1, year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}: ${tet}`).toBe(true);
      const days = toEpochDay(lunarToSolar(1, 1, year + 1)) - toEpochDay(tet);
      expect(leapMonthOf(year) === null ? [353, 354, 355] : [383, 384, 385]).toContain(days);
    }
  });
});
