/**
 * Dates as Vietnamese offices write them: dd/mm/yyyy. The API speaks ISO dates
 * (`YYYY-MM-DD`, Vietnam time) and UTC instants.
 * @module
 */
import dayjs from 'dayjs';

/** `2021-06-29` → `29/06/2021`; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m && iso.length === 10) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY') : iso;
}

/** An instant in local time: `29/06/2021 14:05`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : iso;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), ISO. */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.parse(`${fromIso}T00:00:00Z`);
  const b = Date.parse(`${toIso}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

export const DATE_FORMAT = 'DD/MM/YYYY';
