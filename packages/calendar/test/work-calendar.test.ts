import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkCalendar, fromEpochDay, toEpochDay } from '../src/index.ts';

const calendar = createWorkCalendar();

describe('isWorkingDay', () => {
  it('follows the 2021 official schedule', () => {
    for (let day = '2021-02-10'; day <= '2021-02-16'; day = addDays(day, 1)) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
    expect(calendar.isWorkingDay('2021-02-09')).toBe(true);
    expect(calendar.isWorkingDay('2021-02-17')).toBe(true);
    expect(calendar.isWorkingDay('2021-05-03')).toBe(false);
    expect(calendar.isWorkingDay('2021-09-03')).toBe(false);
  });

  it('treats weekends as days off and make-up Saturdays as working days', () => {
    expect(calendar.isWorkingDay('2021-06-26')).toBe(false);
    expect(calendar.isWorkingDay('2021-06-27')).toBe(false);
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
  });

  it('makes up Giỗ Tổ 2026 (Sunday 26/4) on Monday 27/4', () => {
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
    expect(calendar.holidaysOf(2026).map((h) => h.date)).toContain('2026-04-27');
  });
});

describe('addWorkingDays', () => {
  it('counts 10 working days from Sunday 27/6/2021 to Friday 9/7/2021', () => {
    expect(calendar.addWorkingDays('2021-06-27', 10)).toBe('2021-07-09');
  });

  it('skips Tết 2021: 3 working days from 8/2 is 18/2', () => {
    expect(calendar.addWorkingDays('2021-02-08', 3)).toBe('2021-02-18');
  });

  it('returns `from` itself for n = 0, even on a day off', () => {
    expect(calendar.addWorkingDays('2021-02-12', 0)).toBe('2021-02-12');
  });

  it('crosses year ends', () => {
    // 31/12/2021 (Fri) → 1/1 holiday, 3/1 in lieu → 4/1 is the first working day of 2022.
    expect(calendar.addWorkingDays('2021-12-31', 1)).toBe('2022-01-04');
    expect(calendar.nextWorkingDay('2021-12-30')).toBe('2021-12-31');
  });

  it('refuses negative and fractional counts', () => {
    expect(() => calendar.addWorkingDays('2021-06-27', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2021-06-27', 1.5)).toThrow(RangeError);
  });

  it('handles 10,000 working days quickly', () => {
    const fresh = createWorkCalendar();
    const started = performance.now();
    const end = fresh.addWorkingDays('2021-01-01', 10_000);
    for (let i = 0; i < 1000; i += 1) fresh.addWorkingDays('2021-01-01', 10_000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(fresh.workingDaysBetween('2021-01-01', end)).toBe(10_000);
  });
});

describe('workingDaysBetween', () => {
  it('counts d with a < d ≤ b', () => {
    expect(calendar.workingDaysBetween('2021-06-27', '2021-07-09')).toBe(10);
    expect(calendar.workingDaysBetween('2021-06-28', '2021-06-28')).toBe(0);
    expect(calendar.workingDaysBetween('2021-06-25', '2021-06-28')).toBe(1);
  });

  it('is negative when b is before a', () => {
    expect(calendar.workingDaysBetween('2021-07-09', '2021-06-27')).toBe(-10);
  });

  it('counts the working days of whole years', () => {
    // 2021: 261 weekdays minus 11 weekday days off.
    expect(calendar.workingDaysBetween('2020-12-31', '2021-12-31')).toBe(250);
  });
});

describe('nextWorkingDay / workingDayOnOrAfter', () => {
  it('skips weekends and holidays', () => {
    expect(calendar.nextWorkingDay('2021-02-09')).toBe('2021-02-17');
    expect(calendar.nextWorkingDay('2021-06-25')).toBe('2021-06-28');
  });

  it('rolls a deadline on a day off forward (Civil Code Art. 148)', () => {
    expect(calendar.workingDayOnOrAfter('2021-07-31')).toBe('2021-08-02');
    expect(calendar.workingDayOnOrAfter('2021-07-30')).toBe('2021-07-30');
  });
});

describe('administrator overrides', () => {
  it('adds a day off and a make-up Saturday', () => {
    const custom = createWorkCalendar([
      { year: 2027, offDays: ['2027-05-04'], workDays: ['2027-05-08'] },
    ]);
    expect(custom.isWorkingDay('2027-05-04')).toBe(false);
    expect(custom.isWorkingDay('2027-05-08')).toBe(true);
    expect(custom.holidaysOf(2027)).toContainEqual({
      date: '2027-05-04',
      name: 'Ngày nghỉ bổ sung',
      kind: 'holiday',
    });
    expect(custom.makeUpWorkdaysOf(2027)).toEqual(['2027-05-08']);
    // Defaults of the year are kept.
    expect(custom.isWorkingDay('2027-04-30')).toBe(false);
    // Other calendars are unaffected.
    expect(calendar.isWorkingDay('2027-05-08')).toBe(false);
  });

  it('lets a working day cancel a computed holiday', () => {
    const custom = createWorkCalendar([{ year: 2030, offDays: [], workDays: ['2030-09-03'] }]);
    expect(calendar.isWorkingDay('2030-09-03')).toBe(false);
    expect(custom.isWorkingDay('2030-09-03')).toBe(true);
    expect(custom.holidaysOf(2030).map((h) => h.date)).not.toContain('2030-09-03');
  });

  it('replaces the year with `replace`, keeping the names of known days', () => {
    const custom = createWorkCalendar([
      {
        year: 2026,
        offDays: ['2026-09-01', '2026-09-02'],
        workDays: ['2026-09-05'],
        replace: true,
      },
    ]);
    expect(custom.holidaysOf(2026)).toEqual([
      { date: '2026-09-01', name: 'Ngày nghỉ bổ sung', kind: 'holiday' },
      { date: '2026-09-02', name: 'Quốc khánh', kind: 'holiday', occasion: 'national-day' },
    ]);
    expect(custom.isWorkingDay('2026-02-17')).toBe(true);
    expect(custom.isWorkingDay('2026-01-10')).toBe(false);
    expect(custom.isWorkingDay('2026-09-05')).toBe(true);
  });

  it('rejects malformed overrides', () => {
    expect(() =>
      createWorkCalendar([{ year: 2026, offDays: ['2027-01-01'], workDays: [] }]),
    ).toThrow(RangeError);
    expect(() =>
      createWorkCalendar([{ year: 2026, offDays: ['2026-02-30'], workDays: [] }]),
    ).toThrow(RangeError);
    const twice = { year: 2026, offDays: [], workDays: [] };
    expect(() => createWorkCalendar([twice, twice])).toThrow(RangeError);
  });
});

describe('properties', () => {
  const from = fc
    .integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2060-12-31') })
    .map(fromEpochDay);
  const count = fc.integer({ min: 0, max: 2000 });

  it('lands on a working day whenever n > 0', () => {
    fc.assert(
      fc.property(from, count, (start, n) => {
        fc.pre(n > 0);
        expect(calendar.isWorkingDay(calendar.addWorkingDays(start, n))).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(a, addWorkingDays(a, n)) === n', () => {
    fc.assert(
      fc.property(from, count, (start, n) => {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).toBe(n);
      }),
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(from, fc.integer({ min: -60, max: 60 }), (a, span) => {
        const b = addDays(a, span);
        const [low, high] = span >= 0 ? [a, b] : [b, a];
        let count = 0;
        for (let day = addDays(low, 1); day <= high; day = addDays(day, 1)) {
          if (calendar.isWorkingDay(day)) count += 1;
        }
        expect(calendar.workingDaysBetween(a, b)).toBe(span >= 0 ? count : -count);
      }),
    );
  });

  it('nextWorkingDay is the first working day after', () => {
    fc.assert(
      fc.property(from, (start) => {
        const next = calendar.nextWorkingDay(start);
        expect(calendar.isWorkingDay(next)).toBe(true);
        for (let day = addDays(start, 1); day < next; day = addDays(day, 1)) {
          expect(calendar.isWorkingDay(day)).toBe(false);
        }
      }),
    );
  });
});
