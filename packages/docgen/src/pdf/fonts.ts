/** The Tinos faces registered in a PDF document (see `../fonts.ts` for the choice of font). */
import { FONT_FACES, type FontFace, loadFont } from '../fonts.ts';

/** Name under which each face is registered in the document. */
const NAMES: Record<FontFace, string> = {
  regular: 'Tinos',
  bold: 'Tinos-Bold',
  italic: 'Tinos-Italic',
  boldItalic: 'Tinos-BoldItalic',
};

/**
 * Registers the four faces; pdfkit embeds each used one as a subset with a ToUnicode map.
 * pdfkit takes an already parsed fontkit font as well as bytes (`PDFFontFactory.open` checks
 * for its `layout` method), which its typings omit; the shared parsed font saves re-parsing
 * the font tables for every document.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const face of FONT_FACES) {
    doc.registerFont(NAMES[face], loadFont(face) as unknown as PDFKit.Mixins.PDFFontSource);
  }
}

/** Selects a face and size for the next text. */
export function useFont(doc: PDFKit.PDFDocument, face: FontFace, size: number): void {
  doc.font(NAMES[face], size);
}
