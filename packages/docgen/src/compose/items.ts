/** Small constructors for composed items, shared by the header, title, body and closing. */
import { faceOf } from '../fonts.ts';
import { nfc } from '../format.ts';
import { STYLES, type StyleName } from '../layout.ts';
import { textWidth } from '../metrics.ts';
import type { Run } from '../model.ts';
import type { RuleItem, TextItem } from './types.ts';

/** A paragraph in `style` from plain text or runs; text is NFC-normalised, empty runs dropped. */
export function textItem(
  style: StyleName,
  content: string | readonly Run[],
  overrides: Omit<TextItem, 'kind' | 'style' | 'runs'> = {},
): TextItem {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return {
    kind: 'text',
    style,
    runs: runs.filter((run) => run.text !== '').map((run) => ({ ...run, text: nfc(run.text) })),
    ...overrides,
  };
}

/** A centred rule. */
export function ruleItem(width: number, spaceAfter?: number): RuleItem {
  return spaceAfter === undefined ? { kind: 'rule', width } : { kind: 'rule', width, spaceAfter };
}

/**
 * Width of the widest of `lines` set in `style`, capped at `maxWidth` (a longer line wraps, and
 * then the column is its width). The base for the rules Decree 30 sizes "by the line of text".
 */
export function widestLine(lines: readonly string[], style: StyleName, maxWidth: number): number {
  const { size, bold, italic } = STYLES[style];
  const face = faceOf({ bold, italic });
  return Math.max(0, ...lines.map((line) => Math.min(textWidth(line, face, size), maxWidth)));
}

/** Splits a string at "\n" into trimmed, non-empty lines. */
export function lines(text: string): string[] {
  return nfc(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
