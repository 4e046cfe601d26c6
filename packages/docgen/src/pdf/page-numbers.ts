/**
 * Page numbers (App. I §I.7): Arabic, 13–14 pt, upright, centred in the top margin, from
 * page 2 on, at the same height as the DOCX page header.
 */
import { MARGIN, PAGE_NUMBER_TOP, STYLES, TEXT_WIDTH } from '../layout.ts';
import { textWidth } from '../metrics.ts';
import { useFont } from './fonts.ts';

/** Draws `pageNumber` (1-based) on the current page; nothing on page 1. */
export function drawPageNumber(doc: PDFKit.PDFDocument, pageNumber: number): void {
  if (pageNumber < 2) return;
  const { size } = STYLES.pageNumber;
  const text = String(pageNumber);
  useFont(doc, 'regular', size);
  const x = MARGIN.left + (TEXT_WIDTH - textWidth(text, 'regular', size)) / 2;
  doc.text(text, x, PAGE_NUMBER_TOP, { lineBreak: false });
}
