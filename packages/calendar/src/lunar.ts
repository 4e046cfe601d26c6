/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * The rules are those Hồ Ngọc Đức published ("Vietnamese calendar rules"), which match the
 * calendar Vietnam has used since 1968; this is an independent implementation from the
 * astronomy, not a port of his code:
 *
 * 1. A lunar month starts on the day, in Vietnam's time zone (UTC+7), that contains a new moon.
 * 2. Month 11 is the month that contains the winter solstice (Sun's longitude 270°).
 * 3. If 13 months start between one month 11 and the next, one of them is a leap month:
 *    the first one after month 11 that contains no major solar term (trung khí, a multiple
 *    of 30° of solar longitude). It takes the number of the month before it.
 *
 * Rule 1 is why the time zone matters: China applies the same rules at UTC+8, and a new
 * moon between 16:00 and 17:00 UTC lands on different dates in the two countries. Tết 2030
 * is 2 February in Vietnam and 3 February in China; in 1985 the month 11 itself differed and
 * Vietnam celebrated Tết on 21 January, a month before China.
 *
 * Accuracy: new moons are good to well under a minute from 1900 to 2100; solar terms to
 * about a quarter of an hour. A date can only come out wrong when a new moon or a major term
 * falls within those margins of local midnight.
 *
 * @module
 */

import { JD_UNIX_EPOCH, newMoonJd, SYNODIC_MONTH, sunLongitude } from './astronomy.ts';
import { fromEpochDay, type IsoDate, parseIsoDate, toEpochDay, toIsoDate } from './plain-date.ts';

/** Vietnam's offset from UTC as a fraction of a day, for the lunar calendar (UTC+7). */
const TIME_ZONE_DAYS = 7 / 24;

/** The Sun's longitude at the winter solstice, which defines month 11. */
const WINTER_SOLSTICE_LONGITUDE = 270;

/**
 * A date of the Vietnamese lunar calendar,
 * e.g. Tết 2021 = `{ day: 1, month: 1, year: 2021, leap: false }`.
 */
export interface LunarDate {
  /** Day of the lunar month, 1–30. */
  day: number;
  /** Lunar month, 1–12 (tháng Giêng = 1, tháng Chạp = 12). */
  month: number;
  /** The lunar year, numbered by the solar year in which its month 1 begins. */
  year: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: boolean;
}

/** The lunar months from one month 11 (inclusive) to the next (exclusive). */
interface SolsticeYear {
  /** Lunation number of the first month 11. */
  firstLunation: number;
  /** The number of months in the span: 12, or 13 when one of them is a leap month. */
  length: number;
  /** Offset from `firstLunation` of the leap month, or `null` in a 12-month span. */
  leapOffset: number | null;
}

/** The epoch day (UTC+7 calendar day) on which lunation `k`'s month begins. */
function monthStartDay(k: number): number {
  return Math.floor(newMoonJd(k) + TIME_ZONE_DAYS - JD_UNIX_EPOCH);
}

/** The Sun's longitude at 00:00 UTC+7 at the start of `epochDay`. */
function sunLongitudeAtDayStart(epochDay: number): number {
  return sunLongitude(epochDay + JD_UNIX_EPOCH - TIME_ZONE_DAYS);
}

/** The 30° sector (0–11) of the Sun at the start of `epochDay`; entering one is a major term. */
function majorTermSector(epochDay: number): number {
  return Math.floor(sunLongitudeAtDayStart(epochDay) / 30);
}

/** The lunation whose month contains `epochDay`. */
function lunationContaining(epochDay: number): number {
  const jd = epochDay + JD_UNIX_EPOCH;
  let k = Math.floor((jd - newMoonJd(0)) / SYNODIC_MONTH);
  while (monthStartDay(k + 1) <= epochDay) k += 1;
  while (monthStartDay(k) > epochDay) k -= 1;
  return k;
}

/**
 * The lunation of month 11 that contains the December solstice of `solarYear`. The month
 * running on 31 December either started before the solstice (then it contains it) or after
 * (then its predecessor does).
 */
function month11Lunation(solarYear: number): number {
  const k = lunationContaining(toEpochDay(toIsoDate(solarYear, 12, 31)));
  const startsAfterSolstice = sunLongitudeAtDayStart(monthStartDay(k)) >= WINTER_SOLSTICE_LONGITUDE;
  return startsAfterSolstice ? k - 1 : k;
}

/** Whether lunation `k`'s month contains no major term: the Sun stays in one sector throughout. */
function lacksMajorTerm(k: number): boolean {
  return majorTermSector(monthStartDay(k)) === majorTermSector(monthStartDay(k + 1));
}

/** The months from the month 11 of `solarYear`'s December to the next month 11. */
function solsticeYear(solarYear: number): SolsticeYear {
  const firstLunation = month11Lunation(solarYear);
  const length = month11Lunation(solarYear + 1) - firstLunation;
  if (length === 12) return { firstLunation, length, leapOffset: null };
  // Month 11 itself holds the solstice, so the search starts with the month after it.
  let offset = 1;
  while (offset < length - 1 && !lacksMajorTerm(firstLunation + offset)) offset += 1;
  return { firstLunation, length, leapOffset: offset };
}

/**
 * A month's position in its solstice year counting only regular months: 0 = month 11,
 * 1 = month 12, 2 = month 1 … 11 = month 10.
 */
function regularIndexOfMonth(month: number): number {
  return (month + 1) % 12;
}

function monthOfRegularIndex(index: number): number {
  return ((index + 10) % 12) + 1;
}

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar.
 * @example solarToLunar('2021-02-12') // { day: 1, month: 1, year: 2021, leap: false }
 * @throws {RangeError} if `iso` is not a valid date.
 */
export function solarToLunar(iso: IsoDate): LunarDate {
  const epochDay = toEpochDay(iso);
  const k = lunationContaining(epochDay);
  const solarYear = parseIsoDate(iso).y;
  const solsticeSolarYear = k < month11Lunation(solarYear) ? solarYear - 1 : solarYear;
  const span = solsticeYear(solsticeSolarYear);
  const offset = k - span.firstLunation;
  const leap = offset === span.leapOffset;
  const pushedByLeap = span.leapOffset !== null && offset >= span.leapOffset;
  const regularIndex = pushedByLeap ? offset - 1 : offset;
  return {
    day: epochDay - monthStartDay(k) + 1,
    month: monthOfRegularIndex(regularIndex),
    // Months 11 and 12 belong to the lunar year that began the previous winter.
    year: regularIndex < 2 ? solsticeSolarYear : solsticeSolarYear + 1,
    leap,
  };
}

function assertLunarInput(day: number, month: number, year: number): void {
  if (!Number.isInteger(year)) throw new RangeError(`Lunar year must be an integer: ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Lunar month must be 1–12: ${month}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > 30)
    throw new RangeError(`Lunar day must be 1–30: ${day}`);
}

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) date.
 * @param leap true to address the leap month that repeats `month` (tháng nhuận).
 * @example lunarToSolar(10, 3, 2021) // '2021-04-21' (Giỗ Tổ Hùng Vương)
 * @throws {RangeError} if the date does not exist: day 30 of a 29-day month, or a leap month
 *   the year does not have.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  assertLunarInput(day, month, year);
  const regularIndex = regularIndexOfMonth(month);
  const span = solsticeYear(regularIndex < 2 ? year : year - 1);
  const { leapOffset } = span;
  if (leap && (leapOffset === null || leapOffset - 1 !== regularIndex)) {
    throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  }
  const pushedByLeap = leap || (leapOffset !== null && regularIndex >= leapOffset);
  const k = span.firstLunation + regularIndex + (pushedByLeap ? 1 : 0);
  const start = monthStartDay(k);
  const length = monthStartDay(k + 1) - start;
  if (day > length) {
    throw new RangeError(
      `Lunar month ${month}${leap ? ' (leap)' : ''}/${year} has only ${length} days`,
    );
  }
  return fromEpochDay(start + day - 1);
}

/** The regular index of the month a span's leap month repeats, or `null` without one. */
function repeatedRegularIndex(span: SolsticeYear): number | null {
  return span.leapOffset === null ? null : span.leapOffset - 1;
}

/**
 * The leap month (1–12) of lunar year `year`, or `null` if it has none. Roughly 7 years in
 * 19 have one; e.g. 2020 repeats month 4, 2023 month 2, 2025 month 6.
 */
export function leapMonthOf(year: number): number | null {
  if (!Number.isInteger(year)) throw new RangeError(`Lunar year must be an integer: ${year}`);
  // Months 1–10 of `year` lie in the span that starts the December before; 11–12 in the next.
  const early = repeatedRegularIndex(solsticeYear(year - 1));
  if (early !== null && early >= 2) return monthOfRegularIndex(early);
  const late = repeatedRegularIndex(solsticeYear(year));
  if (late !== null && late < 2) return monthOfRegularIndex(late);
  return null;
}
