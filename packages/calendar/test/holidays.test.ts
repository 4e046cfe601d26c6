import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  defaultHolidays,
  governmentSchedule,
  type Holiday,
  OFFICIAL_SCHEDULES,
  officialScheduleOf,
  statutoryHolidays,
} from '../src/index.ts';

const datesOf = (holidays: readonly Holiday[]) => holidays.map((holiday) => holiday.date);
const isWeekday = (iso: string) => dayOfWeek(iso) >= 1 && dayOfWeek(iso) <= 5;

describe('statutoryHolidays (Labour Code 2019, Art. 112)', () => {
  it('names the 11 days of 2021', () => {
    expect(datesOf(statutoryHolidays(2021))).toEqual([
      '2021-01-01',
      '2021-02-11',
      '2021-02-12',
      '2021-02-13',
      '2021-02-14',
      '2021-02-15',
      '2021-04-21',
      '2021-04-30',
      '2021-05-01',
      '2021-09-02',
      '2021-09-03',
    ]);
  });

  it('labels each day in Vietnamese', () => {
    const names = new Set(statutoryHolidays(2021).map((holiday) => holiday.name));
    expect(names).toEqual(
      new Set([
        'Tết Dương lịch',
        'Tết Âm lịch',
        'Giỗ Tổ Hùng Vương',
        'Ngày Chiến thắng',
        'Ngày Quốc tế lao động',
        'Quốc khánh',
      ]),
    );
  });

  it.each([2021, 2022, 2023, 2024, 2025])(
    'picks the Quốc khánh adjacent day the government picked in %i',
    (year) => {
      const official = new Set(datesOf(officialScheduleOf(year)!.offDays));
      const nationalDays = statutoryHolidays(year).filter((h) => h.occasion === 'national-day');
      for (const holiday of nationalDays) expect(official).toContain(holiday.date);
    },
  );

  it('takes 3/9 when neither side joins a weekend (2026: 2/9 is a Wednesday)', () => {
    const nationalDays = statutoryHolidays(2026).filter((h) => h.occasion === 'national-day');
    expect(datesOf(nationalDays)).toEqual(['2026-09-02', '2026-09-03']);
  });
});

describe('defaultHolidays (Art. 111.3 days in lieu)', () => {
  it('moves a Saturday holiday to Monday (1/5/2021 → 3/5)', () => {
    expect(defaultHolidays(2021)).toContainEqual({
      date: '2021-05-03',
      name: 'Nghỉ bù Ngày Quốc tế lao động',
      kind: 'compensatory',
      occasion: 'labour-day',
    });
  });

  it('gives two weekend holidays Monday and Tuesday (30/4–1/5/2022)', () => {
    const inLieu = defaultHolidays(2022).filter((h) => h.kind === 'compensatory');
    expect(datesOf(inLieu)).toEqual(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']);
  });

  it('skips holidays when looking for the next working day (Giỗ Tổ on 29/4/2023)', () => {
    const inLieu = defaultHolidays(2023).filter((h) => h.kind === 'compensatory');
    expect(datesOf(inLieu)).toContain('2023-05-02');
    expect(datesOf(inLieu)).toContain('2023-05-03');
  });

  it('gives every weekend holiday exactly one weekday off', () => {
    for (let year = 2000; year <= 2060; year += 1) {
      const holidays = defaultHolidays(year);
      const onWeekend = holidays.filter((h) => h.kind === 'holiday' && !isWeekday(h.date));
      const inLieu = holidays.filter((h) => h.kind === 'compensatory');
      expect(inLieu.length, String(year)).toBe(onWeekend.length);
      expect(inLieu.every((h) => isWeekday(h.date))).toBe(true);
      expect(new Set(datesOf(holidays)).size).toBe(holidays.length);
    }
  });
});

describe('official schedules', () => {
  it('are well formed: dates in their year, make-up days on Saturdays, no duplicates', () => {
    for (const schedule of OFFICIAL_SCHEDULES) {
      const dates = datesOf(schedule.offDays);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of [...dates, ...schedule.makeUpWorkdays]) {
        expect(date.startsWith(`${schedule.year}-`)).toBe(true);
      }
      for (const date of schedule.makeUpWorkdays) expect(dayOfWeek(date)).toBe(6);
      for (const holiday of schedule.offDays) {
        expect(schedule.occasions).toContain(holiday.occasion);
        if (holiday.kind === 'compensatory') expect(isWeekday(holiday.date)).toBe(true);
      }
    }
  });

  it('records 2021: 1/1, Tết 10–16/2, 21/4, 30/4, 1/5 with 3/5 in lieu, 2–3/9', () => {
    const weekdaysOff = datesOf(governmentSchedule(2021).holidays).filter(isWeekday);
    expect(weekdaysOff).toEqual([
      '2021-01-01',
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-15',
      '2021-02-16',
      '2021-04-21',
      '2021-04-30',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
    ]);
  });

  it('records 2026 (New Year swap, Tết 16–20/2, Giỗ Tổ in lieu 27/4); Quốc khánh defaults', () => {
    const schedule = governmentSchedule(2026);
    const weekdaysOff = datesOf(schedule.holidays).filter(isWeekday);
    expect(weekdaysOff).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
      '2026-09-03',
    ]);
    expect(schedule.makeUpWorkdays).toEqual(['2026-01-10']);
    expect(schedule.holidays).toContainEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      kind: 'compensatory',
      occasion: 'hung-kings',
    });
  });

  it('falls back to the defaults for a year with no record', () => {
    expect(officialScheduleOf(2030)).toBeUndefined();
    expect(governmentSchedule(2030)).toEqual({
      year: 2030,
      holidays: defaultHolidays(2030),
      makeUpWorkdays: [],
    });
  });

  it('keeps 2020 under the Labour Code 2012: Quốc khánh one day', () => {
    const september = datesOf(governmentSchedule(2020).holidays).filter((d) =>
      d.startsWith('2020-09'),
    );
    expect(september).toEqual(['2020-09-02']);
  });
});
