/**
 * A record ("hồ sơ"): a working printout such as the record of a meeting with the state of its
 * tasks. It is not an official document, so it has no number, motto, recipients or signature:
 * the body name and the date line at the top, a centred title and summary, then the content in
 * the same paragraph styles as an official document.
 */

import { composeBody } from './compose/body.ts';
import { bodyNameLines } from './compose/header.ts';
import { ruleItem, textItem, widestLine } from './compose/items.ts';
import { composeTitle } from './compose/title.ts';
import type { Composition } from './compose/types.ts';
import { formatDateLine, nfc, upper } from './format.ts';
import { CELL_PADDING, HEADER_COLUMNS, RULE } from './layout.ts';
import type { Block, RenderOptions } from './model.ts';
import { renderCompositionPdf } from './pdf/render-pdf.ts';

/** A record printout (not an official document). */
export interface RecordDocument {
  /** Body that keeps the record, e.g. "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN". */
  issuingBody: string;
  supervisingBody?: string;
  /** Place and ISO date of the printout. */
  place: string;
  date: string;
  /** Title in capitals, e.g. "HỒ SƠ PHIÊN HỌP". */
  typeName: string;
  /** Line(s) under the title; "\n" forces a break. */
  summary: string;
  body: Block[];
}

/** Lays a record out: header row, title, content. */
export function composeRecord(doc: RecordDocument): Composition {
  if (!doc.issuingBody?.trim() || !doc.typeName?.trim()) {
    throw new RangeError('A record needs an issuing body and a title');
  }
  const issuing = bodyNameLines(doc.issuingBody);
  const left = [
    ...(doc.supervisingBody?.trim()
      ? [textItem('supervisingBody', bodyNameLines(doc.supervisingBody).join('\n'))]
      : []),
    textItem('issuingBody', issuing.join('\n')),
    ruleItem(
      RULE.issuingBodyRatio *
        widestLine(issuing, 'issuingBody', HEADER_COLUMNS[0] - 2 * CELL_PADDING),
    ),
  ];
  return {
    items: [
      {
        kind: 'columns',
        widths: HEADER_COLUMNS,
        rows: [{ left, right: [textItem('dateLine', formatDateLine(doc.place, doc.date))] }],
      },
      ...composeTitle({ typeName: doc.typeName, summary: doc.summary }),
      ...composeBody(doc.body),
    ],
    metadata: {
      title: `${upper(doc.typeName.trim())}`,
      subject: nfc(doc.summary)
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
      author: upper(doc.issuingBody)
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
      language: 'vi-VN',
    },
  };
}

/** Renders a record as PDF bytes, with the layout and fonts of `renderPdf`. */
export async function renderRecordPdf(
  doc: RecordDocument,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return renderCompositionPdf(composeRecord(doc), options);
}
