/**
 * Text measurement with the metrics of Tinos, which match Times New Roman's, so a width
 * measured here is the width Word gives the same text. Used by the PDF line breaker, and to
 * size the rules that Decree 30 defines relative to a line of text (App. I §II.1b, §II.2b,
 * §II.5b) and the urgency frame.
 */
import { type FontFace, loadFont } from './fonts.ts';

/** Advance widths in font units, per face and text: documents reuse a small vocabulary. */
const advances = new Map<FontFace, Map<string, number>>();

/** Width in points of `text` set in `face` at `size` points (shaped with kerning, as drawn). */
export function textWidth(text: string, face: FontFace, size: number): number {
  const font = loadFont(face);
  let known = advances.get(face);
  if (!known) {
    known = new Map();
    advances.set(face, known);
  }
  let advance = known.get(text);
  if (advance === undefined) {
    advance = font.layout(text).advanceWidth;
    known.set(text, advance);
  }
  return (advance / font.unitsPerEm) * size;
}
