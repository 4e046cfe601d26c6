/**
 * Text intake: turns pasted, PDF-extracted or legacy-encoded text into the clean Unicode text
 * that every later stage (and every span) refers to.
 *
 * Steps, in order: legacy encoding → control characters → NFC → spaces, dashes and quotes →
 * Markdown emphasis → two-column lines split → page numbers dropped → broken lines joined.
 *
 * @module
 */
import { convertLegacyEncoding, detectLegacyEncoding } from './legacy-encoding.ts';
import type { ParseWarning } from './types.ts';
import { warning } from './warnings.ts';

/** Result of {@link intakeText}: the normalised text and what was done to it. */
export interface IntakeResult {
  text: string;
  warnings: ParseWarning[];
}

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe]/g;
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/** Splits off Markdown emphasis: `**bold**`, `*italic*`; keeps "* " bullets. */
function stripEmphasis(line: string): string {
  return line.replace(/\*\*/g, '').replace(/\*(?=\S)([^*\n]*?\S)\*/g, '$1');
}

/** Cells separated by tabs become " | " so tables survive space collapsing. */
function markTabTable(line: string): string {
  return (line.match(/\t/g)?.length ?? 0) >= 2 ? line.replace(/\t/g, ' | ') : line;
}

/** A line printed as two columns ("ỦY BAN NHÂN DÂN      CỘNG HÒA…") becomes two lines. */
function splitColumns(line: string): string[] {
  if (line.includes('|')) return [line];
  return line
    .split(/ {3,}/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function cleanLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}

const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:Trang|trang)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/;

const LIST_MARKER = /^(?:[-+•*]\s|[IVXLC]+\.\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][).]\s)/;
const BLOCK_STARTER =
  /^(?:Nơi nhận|Lưu|TM\.|KT\.|TL\.|TUQ\.|Q\.|PHỤ LỤC|Phụ lục|(?:(?:Sáng|Chiều|Tối|Vào|Trong)\s+)?[Nn]gày\s|Căn cứ|Số\s*:|THÔNG BÁO|\(|\[|\|)/u;
/** A document-type line; the summary after it is a title, not a broken sentence. */
const DOCUMENT_TYPE_LINE = /^(?:THÔNG BÁO|KẾT LUẬN|BÁO CÁO)$/u;
/** A line cut before a capitalised word is joined only when it is long enough to be prose. */
const MIN_WORDS_OF_BROKEN_LINE = 8;
/** Header lines that end without punctuation but never continue. */
const NATIONAL_MOTTO = /Độc lập|Hạnh phúc|CỘNG HÒA|CỘNG HOÀ/u;
const PLACE_DATE = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
const SENTENCE_END = /[.;:!?…)"'\]]$/;
const LOWER_START = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
const UPPER_START = /^\p{Lu}/u;

function isAllCaps(line: string): boolean {
  return line === line.toUpperCase() && /\p{Lu}/u.test(line);
}

/** Whether `next` continues the sentence that `prev` left open (a line broken by extraction). */
function continuesSentence(
  prev: string,
  next: string,
  blankLines: number,
  afterTitle: boolean,
): boolean {
  if (blankLines > 2 || SENTENCE_END.test(prev) || prev.includes(' | ') || next.includes(' | ')) {
    return false;
  }
  if (LIST_MARKER.test(next) || BLOCK_STARTER.test(next) || isAllCaps(prev)) return false;
  if (LOWER_START.test(next)) return true;
  if (!UPPER_START.test(next) || isAllCaps(next) || afterTitle) return false;
  if (NATIONAL_MOTTO.test(prev) || PLACE_DATE.test(next)) return false;
  return (
    (prev.match(/ /g)?.length ?? 0) >= MIN_WORDS_OF_BROKEN_LINE - 1 &&
    !LIST_MARKER.test(prev) &&
    !BLOCK_STARTER.test(prev)
  );
}

/** Joins lines that PDF extraction broke inside a sentence. */
function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      blanks += 1;
      continue;
    }
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    const beforeLast = out.findLast((entry, i) => i < out.length - 1 && entry !== '');
    const afterTitle = beforeLast !== undefined && DOCUMENT_TYPE_LINE.test(beforeLast);
    if (last !== undefined && last !== '' && continuesSentence(last, line, blanks, afterTitle)) {
      out[out.length - 1] = `${last} ${line}`;
    } else {
      if (out.length > 0 && blanks > 0) out.push('');
      out.push(line);
    }
    blanks = 0;
  }
  return out;
}

function decodeLegacy(raw: string, warnings: ParseWarning[]): string {
  const detection = detectLegacyEncoding(raw);
  if (detection.encoding) {
    warnings.push(warning('legacy-encoding', undefined, detection.encoding.toUpperCase()));
    return convertLegacyEncoding(raw, detection.encoding);
  }
  if (detection.uncertain) warnings.push(warning('legacy-encoding-uncertain'));
  return raw;
}

/**
 * Normalises raw input and reports what it changed (legacy encoding, control characters).
 * Linear in the input length.
 */
export function intakeText(raw: string): IntakeResult {
  const warnings: ParseWarning[] = [];
  let text = decodeLegacy(raw, warnings);
  if (CONTROL_CHARS.test(text)) warnings.push(warning('control-characters'));
  text = text
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL_CHARS, ' ')
    .normalize('NFC')
    .replace(INVISIBLE_CHARS, '');
  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = stripEmphasis(markTabTable(rawLine))
      .replace(ODD_SPACES, ' ')
      .replace(DASHES, '-')
      .replace(DOUBLE_QUOTES, '"')
      .replace(SINGLE_QUOTES, "'");
    for (const part of splitColumns(line)) {
      const cleaned = cleanLine(part);
      if (!PAGE_NUMBER.test(cleaned)) lines.push(cleaned);
      else lines.push('');
    }
    if (line.trim() === '') lines.push('');
  }
  return { text: joinBrokenLines(lines).join('\n'), warnings };
}

/**
 * Normalises an announcement's text: NFC; legacy TCVN3/VNI converted; dashes, quotes and
 * spaces unified; Markdown emphasis removed; two-column header lines split; page numbers
 * dropped; lines broken inside a sentence joined. Pure and linear.
 */
export function normaliseText(raw: string): string {
  return intakeText(raw).text;
}
