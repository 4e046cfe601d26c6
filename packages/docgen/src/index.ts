/**
 * @ketluan/docgen: official documents in the Decree 30/2020/NĐ-CP layout, as DOCX and PDF.
 *
 * @example
 * import { renderPdf, plainText } from '@ketluan/docgen';
 * const bytes = await renderPdf(doc);
 */
export type { Composition, FlowItem } from './compose/index.ts';
export { compose } from './compose/index.ts';
export { renderDocx } from './docx/render-docx.ts';
export {
  formatDateLine,
  formatNumberSymbol,
  formatRecipientLines,
  listMarker,
  parseIsoDate,
} from './format.ts';
export type {
  Align,
  Block,
  HeadingBlock,
  ListBlock,
  OfficialDocument,
  ParagraphBlock,
  RenderOptions,
  Run,
  Signature,
} from './model.ts';
export { renderPdf } from './pdf/render-pdf.ts';
export { plainText } from './plain-text.ts';
export { composeRecord, type RecordDocument, renderRecordPdf } from './record.ts';
export {
  docxRenderer,
  type OutputFormat,
  pdfRenderer,
  type Renderer,
  rendererFor,
  renderers,
} from './renderer.ts';
export { assertValidDocument, documentProblems, InvalidDocumentError } from './validate.ts';
