/**
 * Output formats behind one interface, as Kysely's `Dialect` hides its drivers: callers pick a
 * `Renderer` (or ask `rendererFor(format)`) and never touch docx or pdfkit.
 */
import { renderDocx } from './docx/render-docx.ts';
import type { OfficialDocument, RenderOptions } from './model.ts';
import { renderPdf } from './pdf/render-pdf.ts';

export type OutputFormat = 'docx' | 'pdf';

export interface Renderer {
  readonly format: OutputFormat;
  /** Media type for HTTP responses. */
  readonly mediaType: string;
  /** File name extension, with the dot. */
  readonly extension: string;
  /** Renders the document; rejects with `InvalidDocumentError` for an incomplete one. */
  render(doc: OfficialDocument, options?: RenderOptions): Promise<Uint8Array>;
}

export const docxRenderer: Renderer = Object.freeze({
  format: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: '.docx',
  render: renderDocx,
});

export const pdfRenderer: Renderer = Object.freeze({
  format: 'pdf',
  mediaType: 'application/pdf',
  extension: '.pdf',
  render: renderPdf,
});

/** Every renderer, by format. */
export const renderers: Readonly<Record<OutputFormat, Renderer>> = {
  docx: docxRenderer,
  pdf: pdfRenderer,
};

/** The renderer of a format. */
export function rendererFor(format: OutputFormat): Renderer {
  const renderer = renderers[format];
  if (!renderer) throw new RangeError(`Unknown output format: ${String(format)}`);
  return renderer;
}
