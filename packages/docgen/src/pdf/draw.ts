/** Drawing primitives: laid-out text, rules and frames. */
import { RULE } from '../layout.ts';
import { useFont } from './fonts.ts';
import type { PlacedWord, TextLayout } from './text-layout.ts';

/** Draws the given lines of a laid-out paragraph, the first at `top`. */
export function drawLines(
  doc: PDFKit.PDFDocument,
  layout: TextLayout,
  lines: readonly PlacedWord[][],
  left: number,
  top: number,
): void {
  const { size } = layout.style;
  lines.forEach((line, index) => {
    const y = top + index * layout.lineHeight;
    for (const { word, x } of line) {
      let cursor = left + x;
      // The space glyph is drawn (invisible) so that extracted text keeps its spaces.
      const trailing = word.space > 0 ? ' ' : '';
      word.fragments.forEach((fragment, part) => {
        useFont(doc, fragment.face, size);
        const text = part === word.fragments.length - 1 ? fragment.text + trailing : fragment.text;
        doc.text(text, cursor, y, {
          lineBreak: false,
          ...(fragment.underline ? { underline: true } : {}),
        });
        cursor += fragment.width;
      });
    }
  });
}

/** A solid horizontal rule of `width` centred on `centre`, at height `y`. */
export function drawRule(doc: PDFKit.PDFDocument, centre: number, width: number, y: number): void {
  doc
    .save()
    .lineWidth(RULE.thickness)
    .moveTo(centre - width / 2, y)
    .lineTo(centre + width / 2, y)
    .stroke('black')
    .restore();
}

/** A single-line rectangular frame. */
export function drawFrame(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  doc.save().lineWidth(RULE.thickness).rect(x, y, width, height).stroke('black').restore();
}
