/**
 * PDF output with pdfkit: A4, the Decree 30 margins, Tinos embedded (Times New Roman's metric
 * clone with every Vietnamese letter), laid out by this package's own line breaker and
 * paginator so that it follows the same layout as the DOCX.
 */
import PDFDocument from 'pdfkit';
import { compose } from '../compose/index.ts';
import type { Composition } from '../compose/types.ts';
import { MARGIN, PAGE, TEXT_WIDTH } from '../layout.ts';
import type { OfficialDocument, RenderOptions } from '../model.ts';
import { paginate } from './flow.ts';
import { registerFonts } from './fonts.ts';
import { drawPageNumber } from './page-numbers.ts';
import { flowUnits } from './units.ts';

/** Renders a document as PDF bytes. */
export async function renderPdf(
  doc: OfficialDocument,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return renderCompositionPdf(compose(doc), options);
}

/** Draws an already composed flow (an official document, or a record) as PDF bytes. */
export async function renderCompositionPdf(
  { items, metadata }: Composition,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const createdAt = options.createdAt ?? new Date();
  const pdf = new PDFDocument({
    autoFirstPage: false,
    size: [PAGE.width, PAGE.height],
    margin: 0,
    pdfVersion: '1.7',
    lang: metadata.language,
    displayTitle: true,
    info: {
      Title: metadata.title,
      Subject: metadata.subject,
      Author: metadata.author,
      Creator: 'ketluan',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  registerFonts(pdf);
  const units = flowUnits(items, MARGIN.left, TEXT_WIDTH);
  const pages = paginate(units, MARGIN.top, PAGE.height - MARGIN.bottom);
  pages.forEach((placed, index) => {
    pdf.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    drawPageNumber(pdf, index + 1);
    for (const { unit, top } of placed) unit.draw(pdf, top);
  });
  pdf.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
