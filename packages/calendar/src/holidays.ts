/**
 * Public holidays as the law defines them, before the government fixes a given year.
 *
 * Labour Code 2019 (Bộ luật Lao động, No. 45/2019/QH14), Art. 112.1 grants 11 paid days;
 * Art. 111.3 moves a holiday that falls on the weekly rest day to the next working day.
 * Each year the government then fixes the exact days (see `official.ts`), often differently:
 * it may take the Tết days 2 before and 3 after New Year, or swap a bridging Monday against
 * a Saturday. These defaults are what applies until that decision is known.
 *
 * @module
 */

import { lunarToSolar } from './lunar.ts';
import {
  addDays,
  compareIsoDate,
  dayOfWeekOfEpochDay,
  type IsoDate,
  toEpochDay,
  toIsoDate,
} from './plain-date.ts';

/** Whether a day off is a holiday itself or a day given in exchange for one. */
export type HolidayKind = 'holiday' | 'compensatory';

/** The six occasions of Art. 112.1; official schedules are announced per occasion. */
export type HolidayOccasion =
  | 'new-year'
  | 'lunar-new-year'
  | 'hung-kings'
  | 'victory-day'
  | 'labour-day'
  | 'national-day';

/**
 * One day off, e.g.
 * `{ date: '2021-05-03', name: 'Nghỉ bù Ngày Quốc tế lao động', kind: 'compensatory' }`.
 */
export interface Holiday {
  date: IsoDate;
  /** Vietnamese label shown to users. */
  name: string;
  /** `'holiday'` for a day named by Art. 112; `'compensatory'` for a day off in lieu or by swap. */
  kind: HolidayKind;
  /** The occasion this day belongs to; absent for days an administrator added. */
  occasion?: HolidayOccasion;
}

/** The occasions' names as Art. 112.1 words them. */
export const OCCASION_NAMES: Readonly<Record<HolidayOccasion, string>> = {
  'new-year': 'Tết Dương lịch',
  'lunar-new-year': 'Tết Âm lịch',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  'victory-day': 'Ngày Chiến thắng',
  'labour-day': 'Ngày Quốc tế lao động',
  'national-day': 'Quốc khánh',
};

/** A statutory holiday of `occasion` on `date`. */
export function holidayOn(date: IsoDate, occasion: HolidayOccasion): Holiday {
  return { date, name: OCCASION_NAMES[occasion], kind: 'holiday', occasion };
}

/** A day off in lieu (nghỉ bù) of a holiday of `occasion` that fell on a weekend. */
export function inLieuOn(date: IsoDate, occasion: HolidayOccasion): Holiday {
  return { date, name: `Nghỉ bù ${OCCASION_NAMES[occasion]}`, kind: 'compensatory', occasion };
}

/** Whether an epoch day is a Saturday or a Sunday, the weekly rest days of state bodies. */
export function isWeekendEpochDay(epochDay: number): boolean {
  const weekday = dayOfWeekOfEpochDay(epochDay);
  return weekday === 0 || weekday === 6;
}

/** Whether `iso` is a Saturday or a Sunday. */
export function isWeekend(iso: IsoDate): boolean {
  return isWeekendEpochDay(toEpochDay(iso));
}

/**
 * The five Tết days: by default the last day of the old lunar year and the first four of the
 * new one ("1 before, 4 after", the usual split; some years take 2 before and 3 after).
 */
function lunarNewYearDays(year: number): Holiday[] {
  const newYearsDay = lunarToSolar(1, 1, year);
  return [-1, 0, 1, 2, 3].map((offset) =>
    holidayOn(addDays(newYearsDay, offset), 'lunar-new-year'),
  );
}

/** How many consecutive days, each in `daysOff` or a weekend day, run through `center`. */
function breakLength(center: IsoDate, daysOff: readonly IsoDate[]): number {
  const isOff = (iso: IsoDate) => daysOff.includes(iso) || isWeekend(iso);
  let length = 1;
  for (let day = addDays(center, -1); isOff(day); day = addDays(day, -1)) length += 1;
  for (let day = addDays(center, 1); isOff(day); day = addDays(day, 1)) length += 1;
  return length;
}

/**
 * Quốc khánh is 2/9 "and one adjacent day, before or after". The default takes the side that
 * joins a weekend into the longer break, and 3/9 on a tie. Weekends are counted before any
 * day in lieu, which reproduces the government's choice in every year from 2021 to 2025.
 */
function nationalDayDays(year: number): Holiday[] {
  const before = toIsoDate(year, 9, 1);
  const nationalDay = toIsoDate(year, 9, 2);
  const after = toIsoDate(year, 9, 3);
  const lengthWithBefore = breakLength(nationalDay, [before, nationalDay]);
  const lengthWithAfter = breakLength(nationalDay, [nationalDay, after]);
  const adjacent = lengthWithBefore > lengthWithAfter ? before : after;
  return [holidayOn(nationalDay, 'national-day'), holidayOn(adjacent, 'national-day')];
}

/** The 11 holidays Art. 112.1 names for `year`, sorted by date, without days in lieu. */
export function statutoryHolidays(year: number): Holiday[] {
  const days = [
    holidayOn(toIsoDate(year, 1, 1), 'new-year'),
    ...lunarNewYearDays(year),
    holidayOn(lunarToSolar(10, 3, year), 'hung-kings'),
    holidayOn(toIsoDate(year, 4, 30), 'victory-day'),
    holidayOn(toIsoDate(year, 5, 1), 'labour-day'),
    ...nationalDayDays(year),
  ];
  return days.sort(byDate);
}

/**
 * Art. 111.3: each holiday on a Saturday or Sunday gives a day off on the next working day.
 * Holidays are taken in date order and each claims the first weekday after it that is
 * neither a holiday nor already claimed, so 30/4 and 1/5 on a weekend become Monday and
 * Tuesday.
 */
function daysInLieu(holidays: readonly Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result: Holiday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    result.push(inLieuOn(day, holiday.occasion!));
  }
  return result;
}

/**
 * The days off of `year` computed from the Labour Code alone: the 11 holidays of Art. 112.1
 * plus the days in lieu of Art. 111.3, sorted by date. The Labour Code 2019 took effect on
 * 1/1/2021; for earlier years this is only an approximation (see `official.ts` for 2020).
 */
export function defaultHolidays(year: number): Holiday[] {
  const holidays = statutoryHolidays(year);
  return [...holidays, ...daysInLieu(holidays)].sort(byDate);
}

/** Orders holidays by date, for `Array#sort`. */
export function byDate(a: Holiday, b: Holiday): number {
  return compareIsoDate(a.date, b.date);
}
