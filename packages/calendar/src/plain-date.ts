/**
 * Plain calendar dates (`YYYY-MM-DD`) with no time and no time zone.
 *
 * A deadline such as "chậm nhất ngày 29/6/2021" names a day, not an instant. Modelling it as
 * a `Date` invites off-by-one bugs whenever the process time zone is not Vietnam's, so every
 * computation here works on *epoch days* (whole days since 1970-01-01, proleptic Gregorian)
 * with integer arithmetic only. The host's local time zone is never consulted.
 *
 * @module
 */

/** A calendar date written `YYYY-MM-DD` (year 0001–9999), e.g. `'2021-06-27'`. */
export type IsoDate = string;

/** The numeric parts of an {@link IsoDate}: year, month 1–12 and day 1–31. */
export interface DateParts {
  y: number;
  m: number;
  d: number;
}

/** Vietnam's offset from UTC, in hours. Vietnam has kept UTC+7 without DST since 1975. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Whether `y` is a leap year of the Gregorian calendar. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The number of days in month `m` (1–12) of year `y`, i.e. the date of its last day. */
export function lastDayOfMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isValidParts(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= lastDayOfMonth(y, m)
  );
}

/** Whether `value` is a string `YYYY-MM-DD` naming a day that exists (no 2021-02-29). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  return isValidParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Splits an ISO date into numbers.
 * @throws {RangeError} if `iso` is not a valid {@link IsoDate}.
 */
export function parseIsoDate(iso: IsoDate): DateParts {
  if (!isValidIsoDate(iso)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(iso)}`);
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/**
 * Formats a year, month (1–12) and day as `YYYY-MM-DD`.
 * @throws {RangeError} if the parts do not name an existing day in years 1–9999.
 */
export function toIsoDate(y: number, m: number, d: number): IsoDate {
  if (!isValidParts(y, m, d)) throw new RangeError(`Invalid date parts: ${y}-${m}-${d}`);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * Days since 1970-01-01 of a Gregorian date, by the "days from civil" algorithm
 * (H. Hinnant, chrono-Compatible Low-Level Date Algorithms): years are shifted to start in
 * March so that the leap day falls at the end, then 400-year eras are counted exactly.
 */
function epochDayFromParts(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthFromMarch = (m + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of {@link epochDayFromParts} ("civil from days", same source). */
function partsFromEpochDay(epochDay: number): DateParts {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

/**
 * The number of days from 1970-01-01 to `iso` (negative before 1970). Epoch days turn date
 * arithmetic into integer arithmetic; they are the internal currency of this package.
 * @throws {RangeError} if `iso` is not a valid {@link IsoDate}.
 */
export function toEpochDay(iso: IsoDate): number {
  const { y, m, d } = parseIsoDate(iso);
  return epochDayFromParts(y, m, d);
}

/**
 * The date `epochDay` days after 1970-01-01.
 * @throws {RangeError} if the result falls outside years 1–9999.
 */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay))
    throw new RangeError(`Epoch day must be an integer: ${epochDay}`);
  const { y, m, d } = partsFromEpochDay(epochDay);
  return toIsoDate(y, m, d);
}

/** The date `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return fromEpochDay(toEpochDay(iso) + n);
}

/** The signed number of days from `a` to `b`, i.e. `b − a`: 2 from 2021-06-27 to 2021-06-29. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * The weekday of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
 * Exposed for callers that already work in epoch days.
 */
export function dayOfWeekOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The weekday of `iso`: 0 = Sunday, 1 = Monday … 6 = Saturday, as `Date#getUTCDay`. */
export function dayOfWeek(iso: IsoDate): number {
  return dayOfWeekOfEpochDay(toEpochDay(iso));
}

/**
 * Orders two dates for `Array#sort`: negative if `a` is earlier, 0 if equal, positive if
 * later. Fixed-width ISO dates sort as strings; both are validated so that a malformed
 * value fails loudly instead of sorting silently in the wrong place.
 */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return Math.sign(diffDays(b, a));
}

/**
 * The calendar date in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no DST) at the instant `now`.
 * A server in UTC reads 2021-06-27T18:00Z as the 27th; Vietnam is already on the 28th.
 */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  const vietnamMs = now.getTime() + VIETNAM_UTC_OFFSET_HOURS * 3_600_000;
  return fromEpochDay(Math.floor(vietnamMs / MS_PER_DAY));
}
