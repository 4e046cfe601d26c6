/** Composition of a whole document: header, title, content, closing. */
import { nfc, upper } from '../format.ts';
import type { OfficialDocument } from '../model.ts';
import { assertValidDocument } from '../validate.ts';
import { composeBody } from './body.ts';
import { composeClosing } from './closing.ts';
import { composeHeader } from './header.ts';
import { composeTitle } from './title.ts';
import type { Composition } from './types.ts';

export type * from './types.ts';

/**
 * Lays a document out in the Decree 30 format, independent of the output format. Throws
 * `InvalidDocumentError` for a document without its required components.
 */
export function compose(doc: OfficialDocument): Composition {
  assertValidDocument(doc);
  const body = composeBody(doc.body);
  // The signature page must carry some of the content, never the signature alone.
  const last = body.at(-1);
  if (last) last.keepWithNext = true;
  return {
    items: [composeHeader(doc), ...composeTitle(doc), ...body, composeClosing(doc)],
    metadata: {
      title: `${upper(doc.typeName.trim())} ${nfc(doc.numberSymbol.trim())}`,
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
