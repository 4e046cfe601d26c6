/**
 * Header fields: issuing body, number and symbol, place and issue date, type and summary,
 * meeting date and chair.
 *
 * @module
 */
import { readDay } from './dates.ts';
import { field, isBlank, type Line, textField } from './lines.ts';
import { findChair } from './people.ts';
import { formatIso, isValidDate } from './plain-date.ts';
import type { DocumentLayout } from './segment.ts';
import type { AnnouncementHeader, Field, ParseWarning } from './types.ts';
import { warning } from './warnings.ts';

const NUMBER = /Số\s*[:.]?\s*(\d+[\p{L}\d]*)\s*\/\s*([\p{L}\d][\p{L}\d&.\-/]*)/u;
const NUMBER_WITHOUT_DIGITS = /^Số\s*[:.]?\s*\/\s*\p{Lu}/u;
const PLACE_DATE = /(?:^|\s)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const NATIONAL_MOTTO = /CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP/u;
const MEETING_DATE =
  /(?:^|[\s(])(?:[Nn]gày)\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;

function readNumber(lines: readonly Line[], warnings: ParseWarning[]): Field<string> | null {
  for (const line of lines) {
    const match = NUMBER.exec(line.text);
    if (match) {
      const symbol = (match[2] as string).replace(/[.\-/]+$/, '');
      const start = line.start + match.index;
      return field(`${match[1]}/${symbol}`, [start, start + match[0].length], 0.95);
    }
  }
  const blank = lines.find((line) => NUMBER_WITHOUT_DIGITS.test(line.text));
  warnings.push(warning('no-number', blank ? [blank.start, blank.end] : undefined));
  return null;
}

/** The place written before ", ngày …"; on a merged header line, what follows the symbol. */
function placeOf(line: Line, matchIndex: number): Field<string> | null {
  let before = line.text.slice(0, matchIndex);
  let offset = 0;
  const number = NUMBER.exec(before);
  if (number) {
    offset = number.index + number[0].length;
    before = before.slice(offset);
  }
  const trimmed = before.replace(/[\s,]+$/u, '');
  const lead = trimmed.length - trimmed.trimStart().length;
  const place = trimmed.trim();
  if (!place || place.length > 60 || NATIONAL_MOTTO.test(place)) return null;
  const start = line.start + offset + lead;
  return field(place, [start, start + place.length], 0.9);
}

function readPlaceAndDate(
  lines: readonly Line[],
  warnings: ParseWarning[],
): { place: Field<string> | null; issued: Field<string> | null } {
  for (const line of lines) {
    const match = PLACE_DATE.exec(line.text);
    if (!match) continue;
    const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dateStart = line.start + match.index + (match[0].startsWith(' ') ? 1 : 0);
    const span = [dateStart, line.start + match.index + match[0].length] as const;
    if (!isValidDate(y, m, d)) {
      warnings.push(warning('invalid-date', span, match[0].trim()));
      return { place: placeOf(line, match.index), issued: null };
    }
    return { place: placeOf(line, match.index), issued: field(formatIso(y, m, d), span, 0.95) };
  }
  warnings.push(warning('no-issue-date'));
  return { place: null, issued: null };
}

function readIssuer(lines: readonly Line[]): Field<string> | null {
  const parts = lines.filter(
    (line) =>
      !isBlank(line) &&
      line.text === line.text.toUpperCase() &&
      /\p{Lu}{2}/u.test(line.text) &&
      !NATIONAL_MOTTO.test(line.text) &&
      !/^Số/u.test(line.text) &&
      !/^[\s\-_=.*]+$/.test(line.text),
  );
  if (parts.length === 0) return null;
  const first = parts[0] as Line;
  const last = parts[parts.length - 1] as Line;
  return field(parts.map((line) => line.text.trim()).join(' '), [first.start, last.end], 0.8);
}

function meetingDateIn(
  passage: { text: string; start: number },
  where: 'paren' | 'lead' | 'any',
): Field<string> | null {
  const match = MEETING_DATE.exec(passage.text);
  if (!match) return null;
  const raw = match[1] as string;
  const before = passage.text.slice(0, match.index + match[0].indexOf(raw));
  if (where === 'paren' && !/\(\s*ngày\s+$/iu.test(before)) return null;
  if (
    where === 'lead' &&
    !/^\s*(?:(?:Sáng|Chiều|Tối|Vào|Trong)\s+)?(?:ngày|Ngày)\s+$/u.test(before)
  )
    return null;
  const day = readDay(raw);
  if (!day || day.y === null || !isValidDate(day.y, day.m, day.d)) return null;
  const start = passage.start + before.length;
  return field(
    formatIso(day.y, day.m, day.d),
    [start, start + raw.length],
    where === 'any' ? 0.6 : 0.9,
  );
}

function readMeetingDate(passages: readonly HeaderPassage[]): Field<string> | null {
  const summary = passages.filter((p) => p.isSummary);
  const opening = passages.filter((p) => !p.isSummary);
  const attempts: Array<[readonly HeaderPassage[], 'paren' | 'lead' | 'any']> = [
    [summary, 'paren'],
    [opening, 'lead'],
    [opening, 'any'],
    [summary, 'any'],
  ];
  for (const [group, where] of attempts) {
    for (const passage of group) {
      const found = meetingDateIn(passage, where);
      if (found) return found;
    }
  }
  return null;
}

/** The passages the chair and the meeting date are read from: summary, then opening. */
export interface HeaderPassage {
  text: string;
  start: number;
  isSummary: boolean;
}

/** Reads every header field; problems are added to `warnings`. */
export function readHeader(
  text: string,
  layout: DocumentLayout,
  opening: readonly HeaderPassage[],
  warnings: ParseWarning[],
): AnnouncementHeader {
  const headerLines = layout.header.length > 0 ? layout.header : layout.body.slice(0, 12);
  const { place, issued } = readPlaceAndDate([...headerLines, ...layout.summary], warnings);
  const summaryLines = layout.summary;
  const summary =
    summaryLines.length > 0
      ? field(
          summaryLines.map((line) => line.text.trim()).join(' '),
          [(summaryLines[0] as Line).start, (summaryLines[summaryLines.length - 1] as Line).end],
          0.85,
        )
      : null;
  const passages: HeaderPassage[] = [
    ...(summary ? [{ text: summary.value, start: summary.span[0], isSummary: true }] : []),
    ...opening,
  ];
  const chair = findChair(passages);
  return {
    issuer: readIssuer(layout.header),
    number: readNumber([...headerLines, ...layout.summary], warnings),
    place,
    issued,
    documentType: layout.documentType
      ? textField(text, layout.documentType.start, layout.documentType.end, 0.95)
      : null,
    summary,
    meetingDate: readMeetingDate(passages),
    chair: chair?.name ?? null,
    chairTitle: chair?.title ?? null,
  };
}
