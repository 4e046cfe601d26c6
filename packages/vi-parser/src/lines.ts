/**
 * The normalised text as a list of lines with their offsets, and small shared helpers for
 * building {@link Field}s.
 *
 * @module
 */
import type { Field, Span } from './types.ts';

/** One line of the normalised text. `start`/`end` are offsets into the text. */
export interface Line {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** Splits the normalised text into lines (no trailing newline characters). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ index, text: text.slice(start, end), start, end });
    index += 1;
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** A field whose value is the text at `[start, end)`, trimmed of spaces and `trim` chars. */
export function textField(
  text: string,
  start: number,
  end: number,
  confidence: number,
  trim = ' ',
): Field<string> {
  let s = start;
  let e = end;
  while (s < e && trim.includes(text[s] as string)) s += 1;
  while (e > s && trim.includes(text[e - 1] as string)) e -= 1;
  return { value: text.slice(s, e), span: [s, e], confidence };
}

/** A field with an explicit value. */
export function field<T>(value: T, span: Span, confidence: number): Field<T> {
  return { value, span, confidence };
}

/** Whether a line is blank. */
export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}
