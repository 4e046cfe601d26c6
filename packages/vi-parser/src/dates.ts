/**
 * Vietnamese date expressions: "29/6/2021", "29-6-2021", "ngày 29 tháng 6 năm 2021", "29/6"
 * (no year), months ("tháng 7/2021", "tháng 7 năm 2021"), quarters ("quý III/2021").
 *
 * @module
 */
import { daysInMonth, formatIso, isValidDate, splitIso, toEpochDay } from './plain-date.ts';

/** A day, with the year possibly missing. */
export interface DayParts {
  d: number;
  m: number;
  y: number | null;
}

/** Regex source of a numeric or long-form date (capture-free). */
export const DATE_SOURCE =
  '(?:ngày\\s+)?(?:\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s*(?:năm|,)\\s*\\d{4})?|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4}|\\s*[/.-]\\s*\\d{2}(?!\\d))?)(?![\\d/])';
/** Regex source of a month expression ("tháng 7/2021"). */
export const MONTH_SOURCE = 'tháng\\s+\\d{1,2}(?:\\s*(?:/|-|năm)\\s*\\d{4})?(?![\\d/])';
/** Regex source of a quarter expression ("quý III/2021"). */
export const QUARTER_SOURCE =
  'quý\\s+(?:IV|III|II|I|[1-4])(?![\\p{L}\\d])(?:\\s*(?:/|-|năm)\\s*\\d{4})?';

const LONG_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/iu;
const NUMERIC_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?/u;

function toYear(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  return raw.length === 2 ? 2000 + n : n;
}

/** Reads the first date expression in `text`; null when none or when it cannot exist. */
export function readDay(text: string): DayParts | null {
  const match = LONG_DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  if (!match) return null;
  const d = Number(match[1]);
  const m = Number(match[2]);
  const y = toYear(match[3]);
  const checkYear = y ?? 2024; // a leap year, so 29/2 without a year is accepted
  return isValidDate(checkYear, m, d) ? { d, m, y } : null;
}

/** Reads "tháng M/Y" → month and year (year may be missing). */
export function readMonth(text: string): { m: number; y: number | null } | null {
  const match = /tháng\s+(\d{1,2})(?:\s*(?:\/|-|năm)\s*(\d{4}))?/iu.exec(text);
  if (!match) return null;
  const m = Number(match[1]);
  return m >= 1 && m <= 12 ? { m, y: toYear(match[2]) } : null;
}

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Reads "quý III/2021" → quarter and year (year may be missing). */
export function readQuarter(text: string): { q: number; y: number | null } | null {
  const match = /quý\s+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:\/|-|năm)\s*(\d{4}))?/iu.exec(text);
  if (!match) return null;
  const raw = (match[1] as string).toLowerCase();
  const q = ROMAN_QUARTERS[raw] ?? Number(raw);
  return { q, y: toYear(match[2]) };
}

/** ISO date of a day whose year is known; null when invalid. */
export function isoOf(d: number, m: number, y: number): string | null {
  return isValidDate(y, m, d) ? formatIso(y, m, d) : null;
}

/**
 * The year to give a date written without one: the first such date strictly after the issue
 * date. Null without an issue date.
 */
export function inferYear(d: number, m: number, issued: string | null): number | null {
  const base = issued ? splitIso(issued) : null;
  if (!base) return null;
  const issuedDay = toEpochDay(base.y, base.m, base.d);
  for (const y of [base.y, base.y + 1, base.y + 2, base.y + 3, base.y + 4]) {
    if (isValidDate(y, m, d) && toEpochDay(y, m, d) > issuedDay) return y;
  }
  return null;
}

/** The first year whose day `lastDay(y)` falls strictly after the issue date. */
export function inferYearOfPeriod(
  lastDay: (y: number) => string,
  issued: string | null,
): number | null {
  if (!issued) return null;
  const base = splitIso(issued);
  if (!base) return null;
  for (const y of [base.y, base.y + 1]) if (lastDay(y) > issued) return y;
  return null;
}

/** Last day of month `m` of year `y`. */
export function monthEnd(y: number, m: number): string {
  return formatIso(y, m, daysInMonth(y, m));
}

/** Last day of quarter `q` of year `y`. */
export function quarterEnd(y: number, q: number): string {
  return monthEnd(y, q * 3);
}
