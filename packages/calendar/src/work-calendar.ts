/**
 * Working-day arithmetic for Vietnamese state bodies: Monday to Friday (Decision
 * 188/1999/QĐ-TTg), minus the year's days off, plus the Saturdays made working days.
 *
 * "Trong thời hạn 10 ngày làm việc" and the "due soon" window both count working days, over
 * spans that may cross several years, so each year is turned once into a table of running
 * counts. Counting between two dates is then a subtraction, and finding the n-th working day
 * a binary search inside the right year.
 *
 * @module
 */

import { type Holiday, isWeekendEpochDay } from './holidays.ts';
import {
  fromEpochDay,
  type IsoDate,
  isLeapYear,
  parseIsoDate,
  toEpochDay,
  toIsoDate,
} from './plain-date.ts';
import {
  assertValidOverride,
  resolveYearSchedule,
  type YearOverride,
  type YearSchedule,
} from './year-schedule.ts';

/** Answers working-day questions for a fixed set of administrator overrides. */
export interface WorkCalendar {
  /** Whether state bodies work on `iso`. */
  isWorkingDay(iso: IsoDate): boolean;
  /** The days off of `year` other than ordinary weekends, sorted, with Vietnamese names. */
  holidaysOf(year: number): Holiday[];
  /** The weekend days of `year` that are working days (Saturdays worked for a swap). */
  makeUpWorkdaysOf(year: number): IsoDate[];
  /**
   * The n-th working day after `from`, not counting `from` itself (Civil Code Art. 147: the
   * first day of a period is not counted). `n = 0` returns `from` unchanged.
   * @example addWorkingDays('2021-06-27', 10) // '2021-07-09'
   * @throws {RangeError} if `n` is not a non-negative integer.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate;
  /**
   * The number of working days d with a < d ≤ b; negative (−count of b < d ≤ a) if b < a.
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for every a and n.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /** The first working day strictly after `iso`. */
  nextWorkingDay(iso: IsoDate): IsoDate;
  /**
   * `iso` if it is a working day, else the next one: Civil Code Art. 148 moves a period
   * ending on a day off to the end of the next working day.
   */
  workingDayOnOrAfter(iso: IsoDate): IsoDate;
}

/** One year's working days as running counts. */
interface YearTable {
  year: number;
  schedule: YearSchedule;
  /** Epoch day of 1 January. */
  firstDay: number;
  /** `counts[i]` = working days from 1 January through day `i` (0-based) inclusive. */
  counts: Uint16Array;
  /** Working days in the whole year. */
  total: number;
}

function buildYearTable(schedule: YearSchedule): YearTable {
  const firstDay = toEpochDay(toIsoDate(schedule.year, 1, 1));
  const daysOff = new Set(schedule.holidays.map((holiday) => toEpochDay(holiday.date)));
  const workedWeekendDays = new Set(schedule.makeUpWorkdays.map(toEpochDay));
  const counts = new Uint16Array(isLeapYear(schedule.year) ? 366 : 365);
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const day = firstDay + i;
    const working = workedWeekendDays.has(day) || !(isWeekendEpochDay(day) || daysOff.has(day));
    if (working) total += 1;
    counts[i] = total;
  }
  return { year: schedule.year, schedule, firstDay, counts, total };
}

/** Working days from 1 January of its year through `epochDay` inclusive. */
function countThrough(table: YearTable, epochDay: number): number {
  return table.counts[epochDay - table.firstDay]!;
}

/** The first index whose running count reaches `target` (1 ≤ target ≤ total): a working day. */
function indexOfCount(counts: Uint16Array, target: number): number {
  let low = 0;
  let high = counts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (counts[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function indexOverrides(overrides: readonly YearOverride[]): Map<number, YearOverride> {
  const byYear = new Map<number, YearOverride>();
  for (const override of overrides) {
    assertValidOverride(override);
    if (byYear.has(override.year)) throw new RangeError(`Two overrides for year ${override.year}`);
    byYear.set(override.year, override);
  }
  return byYear;
}

function assertWorkingDayCount(n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Working-day count must be an integer ≥ 0: ${n}`);
}

/**
 * Creates a working-day calendar: computed defaults, then the recorded official schedules,
 * then `overrides` (at most one per year). Years are resolved lazily and cached, so a
 * calendar is cheap to create and fast to query; create a new one when overrides change.
 * @throws {RangeError} if an override is malformed or two overrides name the same year.
 */
export function createWorkCalendar(overrides: readonly YearOverride[] = []): WorkCalendar {
  const overridesByYear = indexOverrides(overrides);
  const tables = new Map<number, YearTable>();

  function tableOfYear(year: number): YearTable {
    let table = tables.get(year);
    if (!table) {
      table = buildYearTable(resolveYearSchedule(year, overridesByYear.get(year)));
      tables.set(year, table);
    }
    return table;
  }

  function tableOfDay(epochDay: number): YearTable {
    return tableOfYear(parseIsoDate(fromEpochDay(epochDay)).y);
  }

  function isWorkingEpochDay(epochDay: number): boolean {
    const table = tableOfDay(epochDay);
    const index = epochDay - table.firstDay;
    return table.counts[index]! > (index === 0 ? 0 : table.counts[index - 1]!);
  }

  /** Working days d with a < d ≤ b, for a ≤ b. */
  function countForward(a: number, b: number): number {
    const first = tableOfDay(a);
    const last = tableOfDay(b);
    let count = countThrough(last, b) - countThrough(first, a);
    for (let year = first.year; year < last.year; year += 1) count += tableOfYear(year).total;
    return count;
  }

  function addWorkingDays(from: IsoDate, n: number): IsoDate {
    assertWorkingDayCount(n);
    const start = toEpochDay(from);
    if (n === 0) return from;
    let table = tableOfDay(start);
    let target = countThrough(table, start) + n;
    while (target > table.total) {
      target -= table.total;
      table = tableOfYear(table.year + 1);
    }
    return fromEpochDay(table.firstDay + indexOfCount(table.counts, target));
  }

  function workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const start = toEpochDay(a);
    const end = toEpochDay(b);
    return end >= start ? countForward(start, end) : -countForward(end, start);
  }

  return {
    isWorkingDay: (iso) => isWorkingEpochDay(toEpochDay(iso)),
    holidaysOf: (year) => tableOfYear(year).schedule.holidays.map((holiday) => ({ ...holiday })),
    makeUpWorkdaysOf: (year) => [...tableOfYear(year).schedule.makeUpWorkdays],
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay: (iso) => addWorkingDays(iso, 1),
    workingDayOnOrAfter: (iso) =>
      isWorkingEpochDay(toEpochDay(iso)) ? iso : addWorkingDays(iso, 1),
  };
}
