/**
 * Body layout: classifies body lines into blocks (paragraph, bullet, lettered point, table
 * row) and groups them under item headings. Items are numbered headings in sequence; under
 * Roman sections they are indexed "I.1", "II.3"; lettered points are items only when nothing
 * is numbered.
 *
 * @module
 */
import { isBlank, type Line } from './lines.ts';

/** Kinds of body blocks. */
export type BlockKind = 'paragraph' | 'bullet' | 'point' | 'table';

/** One non-blank body line. */
export interface Block {
  kind: BlockKind;
  line: Line;
  /** Absolute offset where the content starts (after any marker). */
  contentStart: number;
  /** "-", "a", "1", "II"…; null for a paragraph. */
  marker: string | null;
}

/** A numbered item and the blocks under it. */
export interface ItemRegion {
  index: string;
  section: Block | null;
  heading: Block;
  blocks: Block[];
}

/** The body: opening description, blocks before the first item, and items. */
export interface BodyLayout {
  opening: Block[];
  preamble: Block[];
  items: ItemRegion[];
}

const BULLET = /^([-+•*●○▪])\s*/u;
const POINT = /^([a-zđ])[).]\s+/u;
const ARABIC = /^(\d{1,5})[.)]\s+(?=\S)/u;
const ROMAN = /^([IVXLC]{1,6})[.)]\s+(?=\S)/u;
const CONCLUDES = /kết luận[^.]*(?:như sau|sau)\s*:\s*$|như sau\s*:\s*$/iu;
const DATED_OPENING = /^(?:(?:Sáng|Chiều|Tối|Vào|Trong)\s+)?(?:ngày|Ngày)\s+\d/u;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral, or 0 when malformed. */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = ROMAN_VALUES[numeral[i] as string] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function classify(line: Line): Block {
  const text = line.text;
  if (text.includes(' | ')) return { kind: 'table', line, contentStart: line.start, marker: null };
  const bullet = BULLET.exec(text);
  if (bullet)
    return {
      kind: 'bullet',
      line,
      contentStart: line.start + bullet[0].length,
      marker: bullet[1] as string,
    };
  const point = POINT.exec(text);
  if (point)
    return {
      kind: 'point',
      line,
      contentStart: line.start + point[0].length,
      marker: point[1] as string,
    };
  return { kind: 'paragraph', line, contentStart: line.start, marker: null };
}

interface Heading {
  kind: 'roman' | 'arabic';
  value: number;
  numeral: string;
  contentStart: number;
}

function headingOf(line: Line): Heading | null {
  const roman = ROMAN.exec(line.text);
  if (roman && romanValue(roman[1] as string) > 0) {
    const numeral = roman[1] as string;
    return {
      kind: 'roman',
      value: romanValue(numeral),
      numeral,
      contentStart: line.start + roman[0].length,
    };
  }
  const arabic = ARABIC.exec(line.text);
  if (arabic) {
    return {
      kind: 'arabic',
      value: Number(arabic[1]),
      numeral: arabic[1] as string,
      contentStart: line.start + arabic[0].length,
    };
  }
  return null;
}

function headingBlock(line: Line, heading: Heading): Block {
  return { kind: 'paragraph', line, contentStart: heading.contentStart, marker: heading.numeral };
}

interface Grouping {
  before: Block[];
  items: ItemRegion[];
  sections: number;
}

/** Groups lines under headings numbered in sequence (restarting at 1 in each Roman section). */
function groupByHeadings(lines: readonly Line[], romanAsItems: boolean): Grouping {
  const before: Block[] = [];
  const items: ItemRegion[] = [];
  let section: Block | null = null;
  let sectionNumeral = '';
  let nextRoman = 1;
  let nextArabic = 1;
  let sections = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const heading = headingOf(line);
    if (heading?.kind === 'roman' && heading.value === nextRoman) {
      nextRoman += 1;
      sections += 1;
      if (romanAsItems) {
        items.push({
          index: heading.numeral,
          section: null,
          heading: headingBlock(line, heading),
          blocks: [],
        });
        continue;
      }
      section = headingBlock(line, heading);
      sectionNumeral = heading.numeral;
      nextArabic = 1;
      continue;
    }
    if (!romanAsItems && heading?.kind === 'arabic' && heading.value === nextArabic) {
      nextArabic += 1;
      const index = section ? `${sectionNumeral}.${heading.numeral}` : heading.numeral;
      items.push({ index, section, heading: headingBlock(line, heading), blocks: [] });
      continue;
    }
    const block = classify(line);
    const current = items[items.length - 1];
    if (current) current.blocks.push(block);
    else before.push(block);
  }
  return { before, items, sections };
}

const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Lettered points as items, when nothing is numbered ("a) …", "b) …" in sequence). */
function groupByLetters(blocks: readonly Block[]): Grouping {
  const before: Block[] = [];
  const items: ItemRegion[] = [];
  let expected = 0;
  for (const block of blocks) {
    const position =
      block.kind === 'point' && block.marker ? VIETNAMESE_LETTERS.indexOf(block.marker) : -1;
    const inSequence =
      position === expected || (position === expected + 1 && VIETNAMESE_LETTERS[expected] === 'đ');
    if (inSequence && block.marker) {
      expected = position + 1;
      items.push({ index: block.marker, section: null, heading: block, blocks: [] });
      continue;
    }
    const current = items[items.length - 1];
    if (current) current.blocks.push(block);
    else before.push(block);
  }
  return { before, items, sections: 0 };
}

function splitOpening(blocks: readonly Block[]): { opening: Block[]; preamble: Block[] } {
  const limit = Math.min(blocks.length, 8);
  for (let i = 0; i < limit; i += 1) {
    const block = blocks[i] as Block;
    if (block.kind === 'paragraph' && CONCLUDES.test(block.line.text)) {
      return { opening: blocks.slice(0, i + 1), preamble: blocks.slice(i + 1) };
    }
  }
  let count = 0;
  while (
    count < Math.min(blocks.length, 2) &&
    DATED_OPENING.test((blocks[count] as Block).line.text)
  )
    count += 1;
  return { opening: blocks.slice(0, count), preamble: blocks.slice(count) };
}

/** Lays out the body lines. Linear in the number of lines. */
export function layoutBody(lines: readonly Line[]): BodyLayout {
  let grouping = groupByHeadings(lines, false);
  if (grouping.items.length === 0 && grouping.sections > 0) grouping = groupByHeadings(lines, true);
  if (grouping.items.length === 0) {
    const lettered = groupByLetters(grouping.before);
    if (lettered.items.length > 0) grouping = lettered;
  }
  const { opening, preamble } = splitOpening(grouping.before);
  return { opening, preamble, items: grouping.items };
}
