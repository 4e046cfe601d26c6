/**
 * Rendering an announcement to files, shared by the HTTP routes, the `render` command and the
 * benchmark (`renderAnnouncementFiles`).
 * @module
 */
import { type OfficialDocument, type OutputFormat, rendererFor } from '@ketluan/docgen';
import { documentFromText, type TextFallbacks } from './from-text.ts';

export interface RenderedFiles {
  docx?: Uint8Array;
  pdf?: Uint8Array;
  /** Problems met reading a text source (empty for a document model). */
  warnings: string[];
}

export interface RenderFilesOptions {
  /** Formats to produce; both by default. */
  formats?: readonly OutputFormat[];
  /** File metadata time; fix it for identical bytes from identical input. */
  createdAt?: Date;
  /** Used when a text source lacks its header. */
  fallbacks?: TextFallbacks;
}

/**
 * Renders an announcement, given as the document model or as its text (parsed with
 * `@ketluan/vi-parser` first), to DOCX and/or PDF bytes in the Decree 30/2020 layout.
 *
 * @example
 * const { docx, pdf } = await renderAnnouncementFiles(seedText, { createdAt });
 */
export async function renderAnnouncementFiles(
  source: OfficialDocument | string,
  options: RenderFilesOptions = {},
): Promise<RenderedFiles> {
  const { document, warnings } =
    typeof source === 'string'
      ? documentFromText(source, options.fallbacks)
      : { document: source, warnings: [] };
  const out: RenderedFiles = { warnings };
  for (const format of options.formats ?? (['docx', 'pdf'] as const)) {
    out[format] = await rendererFor(format).render(document, {
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    });
  }
  return out;
}

/** Content-Disposition for a download: an ASCII name and the RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
