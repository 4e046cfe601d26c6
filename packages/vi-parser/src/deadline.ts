/**
 * Reading deadlines as Vietnamese offices write them (DESIGN §3, corpus LABELS):
 *
 * | written | strict / inclusive |
 * |---|---|
 * | trước ngày X | X − 1 / X |
 * | chậm nhất, đến hết, trong, hoàn thành ngày X | X |
 * | trong tháng M/Y, quý III/Y, trong năm Y | last day of the period |
 * | a date without a year | the first such date after the issue date |
 * | trong thời hạn N ngày làm việc (kể từ ngày ký) | N working days after the issue date |
 * | trước khi …, trước kỳ họp …, trước 16 giờ hằng ngày, thường xuyên | no date, text kept |
 * | khẩn trương, khi … được phê duyệt | no date, no text |
 *
 * A stated date is never rolled over a weekend. Used by the parser and by the server for
 * deadlines users type.
 *
 * @module
 */
import {
  type DayParts,
  inferYear,
  inferYearOfPeriod,
  isoOf,
  monthEnd,
  quarterEnd,
  readDay,
  readMonth,
  readQuarter,
} from './dates.ts';
import {
  chooseDeadlinePhrase,
  type DeadlinePhrase,
  findDeadlinePhrases,
} from './deadline-phrases.ts';
import { addDays, addWeekdays, formatIso } from './plain-date.ts';
import type { DeadlineKind, WorkCalendarLike } from './types.ts';

export {
  chooseDeadlinePhrase,
  type DeadlinePhrase,
  findDeadlinePhrase,
  findDeadlinePhrases,
} from './deadline-phrases.ts';

/** What a deadline is counted from. */
export interface DeadlineContext {
  /** Issue date of the document (ISO); needed for dates without a year and for "N ngày". */
  issued?: string | null;
  /** Working-day calendar; Monday–Friday is used when absent. */
  calendar?: WorkCalendarLike | null;
}

/** A deadline phrase read into dates. */
export interface ParsedDeadline {
  /** The phrase as written; null for "khẩn trương" and for conditions, which are not deadlines. */
  text: string | null;
  /** Last allowed day reading "trước ngày X" as X − 1. */
  strict: string | null;
  /** Last allowed day reading "trước ngày X" as X. */
  inclusive: string | null;
  kind: DeadlineKind;
  /** The year was not written and was inferred from the issue date. */
  yearInferred: boolean;
  /** Working days were counted Monday–Friday because no calendar was given. */
  calendarMissing: boolean;
  /** A date was meant but could not be computed (no issue date, impossible date). */
  unresolved: boolean;
}

const CONDITION = /(?:^|\s)(?:ngay\s+sau\s+khi|sau\s+khi|khi|trường\s+hợp|nếu)\s/iu;
const URGENT = /(?:^|\s)(?:khẩn\s+trương|ngay|sớm|kịp\s+thời|gấp|khẩn\s+cấp)(?:\s|$)/iu;
const EVENT_FROM = /(?:nhận|tiếp\s+nhận|khi|được|hoàn\s+thành|kết\s+thúc|có\s+)/iu;
const ISSUE_FROM = /(?:ký|ban\s+hành|thông\s+báo|văn\s+bản\s+này)/iu;

function result(
  kind: DeadlineKind,
  text: string | null,
  strict: string | null = null,
  inclusive: string | null = strict,
  flags: Partial<Pick<ParsedDeadline, 'yearInferred' | 'calendarMissing' | 'unresolved'>> = {},
): ParsedDeadline {
  return {
    text,
    strict,
    inclusive,
    kind,
    yearInferred: flags.yearInferred ?? false,
    calendarMissing: flags.calendarMissing ?? false,
    unresolved: flags.unresolved ?? false,
  };
}

function resolveDay(
  day: DayParts,
  issued: string | null,
): { iso: string | null; inferred: boolean } {
  if (day.y !== null) return { iso: isoOf(day.d, day.m, day.y), inferred: false };
  const y = inferYear(day.d, day.m, issued);
  return { iso: y === null ? null : isoOf(day.d, day.m, y), inferred: true };
}

function resolveDate(
  kind: 'before-date' | 'on-date',
  text: string,
  issued: string | null,
): ParsedDeadline {
  const day = readDay(
    text
      .replace(/^\D*?(?=\d)/u, '')
      .replace(/^\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?[\s,]*(?:ngày\s+)?/iu, ''),
  );
  if (!day) return result(kind, text, null, null, { unresolved: true });
  const { iso, inferred } = resolveDay(day, issued);
  if (!iso) return result(kind, text, null, null, { yearInferred: inferred, unresolved: true });
  const strict = kind === 'before-date' ? addDays(iso, -1) : iso;
  return result(kind, text, strict, iso, { yearInferred: inferred });
}

/** Position words: "đầu" (first day), "giữa" (15th / 30 June), "cuối" or none (last day). */
function positionOf(text: string): 'start' | 'middle' | 'end' {
  if (/(?:^|\s)đầu\s/iu.test(text)) return 'start';
  if (/(?:^|\s)giữa\s/iu.test(text)) return 'middle';
  return 'end';
}

/** A period deadline: the day `at(y)` of the period, or the day before its first day for "trước". */
function resolvePeriod(
  kind: DeadlineKind,
  text: string,
  y: number | null,
  first: (y: number) => string,
  at: (y: number) => string,
  issued: string | null,
): ParsedDeadline {
  const inferredYear = y ?? inferYearOfPeriod(at, issued);
  if (inferredYear === null)
    return result(kind, text, null, null, { yearInferred: y === null, unresolved: true });
  const flags = { yearInferred: y === null };
  if (/^trước\s/iu.test(text)) {
    const position = positionOf(text);
    if (position === 'end' && !/cuối/iu.test(text)) {
      const before = addDays(first(inferredYear), -1);
      return result(kind, text, before, before, flags);
    }
    const day = at(inferredYear);
    return result(kind, text, addDays(day, -1), day, flags);
  }
  return result(kind, text, at(inferredYear), at(inferredYear), flags);
}

function resolveMonth(text: string, issued: string | null): ParsedDeadline {
  const month = readMonth(text);
  if (!month) return result('month', text, null, null, { unresolved: true });
  const position = positionOf(text);
  const at = (y: number) =>
    position === 'start'
      ? formatIso(y, month.m, 1)
      : position === 'middle'
        ? formatIso(y, month.m, 15)
        : monthEnd(y, month.m);
  return resolvePeriod('month', text, month.y, (y) => formatIso(y, month.m, 1), at, issued);
}

function resolveQuarter(text: string, issued: string | null): ParsedDeadline {
  const quarter = readQuarter(text);
  if (!quarter) return result('quarter', text, null, null, { unresolved: true });
  const firstMonth = quarter.q * 3 - 2;
  const position = positionOf(text);
  const at = (y: number) =>
    position === 'start' ? formatIso(y, firstMonth, 1) : quarterEnd(y, quarter.q);
  return resolvePeriod('quarter', text, quarter.y, (y) => formatIso(y, firstMonth, 1), at, issued);
}

function resolveYear(text: string): ParsedDeadline {
  const y = Number(/năm\s+(\d{4})/iu.exec(text)?.[1]);
  if (!y) return result('year', text, null, null, { unresolved: true });
  const position = positionOf(text);
  const at = (year: number) =>
    position === 'start'
      ? formatIso(year, 1, 1)
      : position === 'middle'
        ? formatIso(year, 6, 30)
        : formatIso(year, 12, 31);
  return resolvePeriod('year', text, y, (year) => formatIso(year, 1, 1), at, null);
}

function resolveDays(
  kind: 'working-days' | 'calendar-days',
  text: string,
  ctx: DeadlineContext,
): ParsedDeadline {
  const from = /từ\s+(.*)$/iu.exec(text)?.[1] ?? '';
  if (from && EVENT_FROM.test(from) && !ISSUE_FROM.test(from)) return result('event', text);
  const n = Number(/(\d{1,3})\s+ngày/u.exec(text)?.[1]);
  const issued = ctx.issued ?? null;
  if (!issued || !Number.isFinite(n)) return result(kind, text, null, null, { unresolved: true });
  if (kind === 'calendar-days') {
    const due = addDays(issued, n);
    return result(kind, text, due, due);
  }
  if (ctx.calendar) {
    const due = ctx.calendar.addWorkingDays(issued, n);
    return result(kind, text, due, due);
  }
  const due = addWeekdays(issued, n);
  return result(kind, text, due, due, { calendarMissing: true });
}

/** Reads a phrase already known to be of `kind`. */
function resolvePhrase(phrase: DeadlinePhrase, ctx: DeadlineContext): ParsedDeadline {
  const issued = ctx.issued ?? null;
  switch (phrase.kind) {
    case 'before-date':
    case 'on-date':
      return resolveDate(phrase.kind, phrase.text, issued);
    case 'month':
      return resolveMonth(phrase.text, issued);
    case 'quarter':
      return resolveQuarter(phrase.text, issued);
    case 'year':
      return resolveYear(phrase.text);
    case 'working-days':
    case 'calendar-days':
      return resolveDays(phrase.kind, phrase.text, ctx);
    default:
      return result(phrase.kind, phrase.text);
  }
}

/** Reads a bare form, as in a table cell: "30/9/2024", "Tháng 10/2024", "Quý IV/2024". */
function readBareForm(text: string, ctx: DeadlineContext): ParsedDeadline | null {
  const issued = ctx.issued ?? null;
  if (/^(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+tháng\s+\d)/iu.test(text))
    return resolveDate('on-date', text, issued);
  if (/^(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d/iu.test(text)) return resolveMonth(text, issued);
  if (/^(?:(?:đầu|giữa|cuối)\s+)?quý\s/iu.test(text)) return resolveQuarter(text, issued);
  if (/^(?:(?:đầu|giữa|cuối)\s+)?năm\s+\d{4}$/iu.test(text)) return resolveYear(text);
  return null;
}

/**
 * Reads a deadline phrase ("trước ngày 29/6/2021", "trong quý III/2021", "Trước 30/9",
 * "trong thời hạn 10 ngày làm việc") into its strict and inclusive last days.
 *
 * @param phrase the words as written (a whole sentence is accepted; its deadline is used)
 * @param ctx the issue date (for years left out and day counts) and a working-day calendar
 */
export function parseDeadline(phrase: string, ctx: DeadlineContext = {}): ParsedDeadline {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (!text) return result('unknown', null);
  const found = chooseDeadlinePhrase(findDeadlinePhrases(text));
  if (found) return resolvePhrase(found, ctx);
  const bare = readBareForm(text, ctx);
  if (bare) return bare;
  if (CONDITION.test(` ${text}`)) return result('condition', null);
  if (URGENT.test(text)) return result('urgent', null);
  return result('unknown', text);
}
