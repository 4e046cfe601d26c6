/** Reading a PDF in tests with pdfjs-dist (legacy build, for Node). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  fontSize: number;
  /** The item ends a line. */
  hasEOL: boolean;
}

export interface PdfPage {
  view: number[];
  items: PdfTextItem[];
}

/** The text of some items of a page, lines separated by "\n". */
export function textOf(items: readonly PdfTextItem[]): string {
  return items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent({ disableNormalization: true });
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        fontSize: Math.hypot(item.transform[2], item.transform[3]),
        hasEOL: item.hasEOL,
      });
    }
    pages.push({ view: page.view, items });
  }
  await document.destroy();
  return pages;
}

/** NFC, whitespace collapsed: how text is compared. */
export const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
