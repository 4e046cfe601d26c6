/**
 * Paragraph layout for the PDF: breaks styled runs into lines the way Word does for the same
 * text (greedy, at spaces, with Times New Roman metrics), with first-line indent, alignment
 * and justification (App. I §II.6e: body text justified, first line indented).
 *
 * Every word is placed at an explicit x and drawn with its own trailing space glyph, so the
 * PDF's text extracts and copies with its spaces, even on justified lines.
 */
import type { TextItem } from '../compose/types.ts';
import { type FontFace, faceOf } from '../fonts.ts';
import { type ParagraphStyle, SINGLE_LINE_EM, STYLES } from '../layout.ts';
import { textWidth } from '../metrics.ts';
import type { Align } from '../model.ts';

/** A piece of a word in one face. */
export interface Fragment {
  text: string;
  face: FontFace;
  underline: boolean;
  width: number;
}

/** A word: the unit of line breaking. It may change face midway, e.g. "(Sở" + italic. */
export interface Word {
  fragments: Fragment[];
  width: number;
  /** Width of the space after the word; 0 when none follows. */
  space: number;
  /** A forced line break ("\n") follows. */
  breakAfter: boolean;
}

export interface PlacedWord {
  word: Word;
  /** Offset from the paragraph's left edge. */
  x: number;
}

export interface TextLayout {
  style: ParagraphStyle;
  lines: PlacedWord[][];
  lineHeight: number;
  height: number;
}

/** Tolerance for floating-point comparisons of widths, in points. */
const EPSILON = 0.01;

/** Height of one line of a style: single spacing of the face, times the style's multiple. */
export function lineHeightOf(style: ParagraphStyle): number {
  return style.size * SINGLE_LINE_EM * (style.lineSpacing ?? 1);
}

/** Splits a paragraph's runs into words. Runs of spaces collapse into one space. */
export function splitWords(item: TextItem): Word[] {
  const style = STYLES[item.style];
  const words: Word[] = [];
  let current: Fragment[] | null = null;
  const finish = (space: number, breakAfter: boolean) => {
    if (current) {
      const width = current.reduce((sum, fragment) => sum + fragment.width, 0);
      words.push({ fragments: current, width, space, breakAfter });
      current = null;
      return;
    }
    // No word pending: the space or break belongs to the word before, if any.
    const last = words.at(-1);
    const open = last && !last.breakAfter ? last : undefined;
    if (breakAfter) {
      if (open) open.breakAfter = true;
      else words.push({ fragments: [], width: 0, space: 0, breakAfter: true }); // an empty line
    } else if (open && open.space === 0) {
      open.space = space;
    }
  };
  for (const run of item.runs) {
    const face = faceOf({ bold: run.bold ?? style.bold, italic: run.italic ?? style.italic });
    const underline = run.underline ?? false;
    for (const [token] of run.text.matchAll(/\n| +|[^ \n]+/g)) {
      if (token === '\n') finish(0, true);
      else if (token.startsWith(' ')) finish(textWidth(' ', face, style.size), false);
      else {
        current ??= [];
        current.push({ text: token, face, underline, width: textWidth(token, face, style.size) });
      }
    }
  }
  if (current) finish(0, false);
  return words;
}

/** Offsets of the words of one line, for the line's alignment. */
function placeLine(
  words: Word[],
  start: number,
  available: number,
  align: Align,
  stretch: boolean,
): PlacedWord[] {
  const natural = words.reduce(
    (sum, word, index) => sum + word.width + (index < words.length - 1 ? word.space : 0),
    0,
  );
  const slack = Math.max(0, available - natural);
  const gaps = words.length - 1;
  const extra = align === 'justify' && stretch && gaps > 0 ? slack / gaps : 0;
  let x = start + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
  return words.map((word) => {
    const placed = { word, x };
    x += word.width + word.space + extra;
    return placed;
  });
}

/** Lays a paragraph out in `width` points. */
export function layoutText(item: TextItem, width: number): TextLayout {
  const style = STYLES[item.style];
  const align = item.align ?? style.align;
  const indent = item.indent === false ? 0 : (style.firstLineIndent ?? 0);
  const words = splitWords(item);
  const lines: PlacedWord[][] = [];
  let line: Word[] = [];
  let lineWidth = 0;
  const flush = (stretch: boolean) => {
    const start = lines.length === 0 ? indent : 0;
    lines.push(placeLine(line, start, width - start, align, stretch));
    line = [];
    lineWidth = 0;
  };
  for (const word of words) {
    const available = width - (lines.length === 0 ? indent : 0);
    const previous = line.at(-1);
    if (previous && lineWidth + previous.space + word.width > available + EPSILON) flush(true);
    const before = line.at(-1);
    lineWidth += (before ? before.space : 0) + word.width;
    line.push(word);
    if (word.breakAfter) flush(false);
  }
  if (line.length > 0 || lines.length === 0) flush(false);
  const lineHeight = lineHeightOf(style);
  return { style, lines, lineHeight, height: lines.length * lineHeight };
}
