/**
 * The days off of one year, resolved in three layers, each overriding the one before:
 *
 * 1. defaults computed from the Labour Code (`holidays.ts`);
 * 2. the government's schedule where one is recorded, per occasion (`official.ts`);
 * 3. an administrator's override, for a year the code does not know yet or a local decision.
 *
 * @module
 */

import { byDate, defaultHolidays, type Holiday } from './holidays.ts';
import { officialScheduleOf } from './official.ts';
import { type IsoDate, isValidIsoDate } from './plain-date.ts';

/**
 * An administrator's correction of one year. Without `replace`, `offDays` are added to the
 * days the code knows; with `replace`, `offDays` and `workDays` are the year's complete list
 * and the computed and official days are ignored.
 */
export interface YearOverride {
  year: number;
  /** Extra days off (or, with `replace`, all days off other than weekends). */
  offDays: IsoDate[];
  /**
   * Days that are working days whatever else says: usually a Saturday worked to pay back a
   * swapped weekday, but also a computed holiday the government did not keep.
   */
  workDays: IsoDate[];
  /** Replace the computed and official days of the year instead of adding to them. */
  replace?: boolean;
}

/** The resolved days off and make-up working days of one year. */
export interface YearSchedule {
  year: number;
  /** Days off other than ordinary weekends, sorted by date, with names. */
  holidays: readonly Holiday[];
  /**
   * Days that are working days although they are weekend days (a Saturday worked for a
   * swap) or would otherwise be days off (an override's `workDays`), sorted.
   */
  makeUpWorkdays: readonly IsoDate[];
}

/** The label of a day off that only an administrator's override knows about. */
const ADDED_DAY_OFF_NAME = 'Ngày nghỉ bổ sung';

function addedDayOff(date: IsoDate): Holiday {
  return { date, name: ADDED_DAY_OFF_NAME, kind: 'holiday' };
}

/** Keeps the first holiday of each date, then sorts by date. */
function uniqueByDate(holidays: readonly Holiday[]): Holiday[] {
  const byDay = new Map<IsoDate, Holiday>();
  for (const holiday of holidays) if (!byDay.has(holiday.date)) byDay.set(holiday.date, holiday);
  return [...byDay.values()].sort(byDate);
}

function sortedUnique(dates: readonly IsoDate[]): IsoDate[] {
  return [...new Set(dates)].sort();
}

/** The year as law and government set it: defaults, replaced per occasion by official days. */
export function governmentSchedule(year: number): YearSchedule {
  const official = officialScheduleOf(year);
  if (!official) return { year, holidays: defaultHolidays(year), makeUpWorkdays: [] };
  const uncovered = defaultHolidays(year).filter(
    (holiday) => holiday.occasion === undefined || !official.occasions.includes(holiday.occasion),
  );
  return {
    year,
    holidays: uniqueByDate([...official.offDays, ...uncovered]),
    makeUpWorkdays: sortedUnique(official.makeUpWorkdays),
  };
}

/**
 * Checks that an override is well formed: an integer year and valid dates inside it.
 * @throws {RangeError} describing the first problem found.
 */
export function assertValidOverride(override: YearOverride): void {
  const { year } = override;
  if (!Number.isInteger(year)) throw new RangeError(`Override year must be an integer: ${year}`);
  for (const date of [...override.offDays, ...override.workDays]) {
    if (!isValidIsoDate(date))
      throw new RangeError(`Override ${year}: invalid date ${JSON.stringify(date)}`);
    if (Number(date.slice(0, 4)) !== year)
      throw new RangeError(`Override ${year}: ${date} is in another year`);
  }
}

/**
 * Applies an administrator's override to a year's schedule. Named days keep their names
 * when an override lists them again; working days always win over days off.
 */
export function applyOverride(base: YearSchedule, override: YearOverride): YearSchedule {
  const known = new Map(base.holidays.map((holiday) => [holiday.date, holiday]));
  const listed = override.offDays.map((date) => known.get(date) ?? addedDayOff(date));
  const holidays = override.replace ? listed : [...base.holidays, ...listed];
  const makeUpWorkdays = sortedUnique(
    override.replace ? override.workDays : [...base.makeUpWorkdays, ...override.workDays],
  );
  const workDays = new Set(makeUpWorkdays);
  return {
    year: base.year,
    holidays: uniqueByDate(holidays.filter((holiday) => !workDays.has(holiday.date))),
    makeUpWorkdays,
  };
}

/** The resolved schedule of `year`: government schedule, then the override if any. */
export function resolveYearSchedule(year: number, override?: YearOverride): YearSchedule {
  const base = governmentSchedule(year);
  return override ? applyOverride(base, override) : base;
}
