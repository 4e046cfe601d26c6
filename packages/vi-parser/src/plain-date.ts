/**
 * Minimal plain-date arithmetic on ISO `YYYY-MM-DD` strings, through epoch days (days since
 * 1970-01-01, proleptic Gregorian). No `Date`, no time zone. The parser keeps its own copy so
 * that it depends on nothing at run time.
 *
 * @module
 */

/** Whether `y` is a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether the parts name an existing day in years 1000–9999. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1000 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Formats valid parts as `YYYY-MM-DD` (callers check {@link isValidDate} first). */
export function formatIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Splits an ISO date; null when it is not one. */
export function splitIso(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** Epoch day of a date (Howard Hinnant's days_from_civil). */
export function toEpochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO date of an epoch day (civil_from_days). */
export function fromEpochDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatIso(y, m, d);
}

/** `iso` plus `n` calendar days; null when `iso` is not a valid date. */
export function addDays(iso: string, n: number): string | null {
  const parts = splitIso(iso);
  return parts ? fromEpochDay(toEpochDay(parts.y, parts.m, parts.d) + n) : null;
}

/** ISO date of the last day of month `m` of year `y`. */
export function endOfMonth(y: number, m: number): string {
  return formatIso(y, m, daysInMonth(y, m));
}

/** `n` working days after `iso` counting Monday to Friday only (no holidays). */
export function addWeekdays(iso: string, n: number): string | null {
  const parts = splitIso(iso);
  if (!parts) return null;
  let day = toEpochDay(parts.y, parts.m, parts.d);
  let left = n;
  while (left > 0) {
    day += 1;
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return fromEpochDay(day);
}
