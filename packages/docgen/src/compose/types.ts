/**
 * The composed document: the Decree 30 layout decided once, independent of the output format.
 * `compose()` turns an `OfficialDocument` into a flow of styled paragraphs, rules and
 * two-column blocks; the DOCX and PDF renderers only know how to draw those three things.
 * Lengths are in points.
 */
import type { StyleName } from '../layout.ts';
import type { Align, Run } from '../model.ts';

/** A paragraph in one of the `STYLES`. A "\n" inside a run is a line break. */
export interface TextItem {
  kind: 'text';
  style: StyleName;
  runs: Run[];
  /** Overrides the style's alignment (from `ParagraphBlock.align`). */
  align?: Align;
  /** false removes the style's first-line indent (from `ParagraphBlock.indent`). */
  indent?: boolean;
  /** Overrides the style's space before. */
  spaceBefore?: number;
  /** Overrides the style's keep-with-next. */
  keepWithNext?: boolean;
  /** Outer width of the frame drawn around the text, for `framed` styles. */
  frameWidth?: number;
}

/**
 * A solid horizontal rule of `width`, centred in its column, drawn at the bottom of a
 * `RULE.height` box (in Word: the bottom border of an empty paragraph).
 */
export interface RuleItem {
  kind: 'rule';
  width: number;
  spaceAfter?: number;
}

/** What a table cell holds. */
export type CellItem = TextItem | RuleItem;

/** One row of a two-column block; the row is never split across pages. */
export interface ColumnsRow {
  left: CellItem[];
  right: CellItem[];
}

/**
 * Two columns side by side without borders (in Word: a borderless table), for the header
 * (App. I §IV boxes 1–4) and the closing (boxes 7 and 9b).
 */
export interface ColumnsItem {
  kind: 'columns';
  /** Column widths; they add up to the text width. */
  widths: readonly [number, number];
  rows: ColumnsRow[];
}

export type FlowItem = TextItem | RuleItem | ColumnsItem;

/** File metadata (PDF Info dictionary, DOCX core properties). */
export interface DocumentMetadata {
  /** e.g. "THÔNG BÁO 346/TB-UBND" */
  title: string;
  /** The summary. */
  subject: string;
  /** The issuing body. */
  author: string;
  /** BCP 47 language tag of the text. */
  language: string;
}

export interface Composition {
  items: FlowItem[];
  metadata: DocumentMetadata;
}
