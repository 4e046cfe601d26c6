/**
 * Sentence and clause boundaries inside a paragraph.
 *
 * Sentences end at ".", "!" or "?" followed by a capitalised word, except after common
 * abbreviations and initials. Clauses split a sentence at ";" — unless a ":" followed by a
 * lower-case word came first, which makes the ";"-parts items of an inline list.
 *
 * @module
 */

/** A range `[start, end)` of the normalised text. */
export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'tp',
  'tt',
  'ts',
  'ths',
  'pgs',
  'gs',
  'q',
  'tl',
  'kt',
  'tm',
  'tuq',
  'st',
  'v.v',
  'đ/c',
  'ub',
  'ct',
  'pct',
  'bs',
  'ks',
]);

function previousWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}./]/u.test(text[start - 1] as string)) start -= 1;
  return text.slice(start, end).toLowerCase();
}

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i] as string;
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return false;
  let j = i + 1;
  if (text[j] === '/' && text[j + 1] === '.') return true; // "./." closes the body
  if (j < text.length && text[j] !== ' ') return false;
  while (text[j] === ' ') j += 1;
  if (j >= text.length) return true;
  const next = text[j] as string;
  if (!/[\p{Lu}"'(\d-]/u.test(next)) return false;
  if (ch !== '.') return true;
  const word = previousWord(text, i);
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word));
}

/** Splits `text` (which starts at absolute offset `base`) into sentences. */
export function splitSentences(text: string, base: number): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!isSentenceEnd(text, i)) continue;
    let end = i + 1;
    if (text[end] === '/' && text[end + 1] === '.') end += 2;
    pushTrimmed(text, base, start, end, ranges);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, base, start, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, base: number, start: number, end: number, into: Range[]): void {
  let s = start;
  let e = end;
  while (s < e && text[s] === ' ') s += 1;
  while (e > s && text[e - 1] === ' ') e -= 1;
  if (e > s) into.push({ start: base + s, end: base + e });
}

/** Splits a sentence (absolute range into `text`) into clauses at ";". */
export function splitClauses(text: string, sentence: Range): Range[] {
  const clauses: Range[] = [];
  let start = sentence.start;
  let listOpened = false;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0 && /^\s*\p{Ll}/u.test(text.slice(i + 1, i + 4)))
      listOpened = true;
    else if (ch === ';' && depth === 0 && !listOpened) {
      pushTrimmed(text, 0, start, i, clauses);
      start = i + 1;
    }
  }
  pushTrimmed(text, 0, start, sentence.end, clauses);
  return clauses;
}
