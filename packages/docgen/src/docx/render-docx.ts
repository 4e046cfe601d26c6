/** DOCX output: a Word document that a clerk can keep editing, in the Decree 30 layout. */
import { Document, Packer, PageOrientation, type Paragraph, type Table } from 'docx';
import { compose } from '../compose/index.ts';
import type { FlowItem } from '../compose/types.ts';
import { MARGIN, PAGE, PAGE_NUMBER_TOP, TEXT_WIDTH } from '../layout.ts';
import type { OfficialDocument, RenderOptions } from '../model.ts';
import { columnsTable } from './columns.ts';
import { pageNumberHeaders } from './page-numbers.ts';
import { ruleParagraph, textParagraph } from './paragraphs.ts';
import { stampPackage } from './stamp.ts';
import { documentStyles } from './styles.ts';
import { twips } from './units.ts';

function block(item: FlowItem): Paragraph | Table {
  switch (item.kind) {
    case 'text':
      return textParagraph(item, TEXT_WIDTH);
    case 'rule':
      return ruleParagraph(item, TEXT_WIDTH);
    case 'columns':
      return columnsTable(item);
  }
}

/** Renders a document as DOCX bytes. */
export async function renderDocx(
  doc: OfficialDocument,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const { items, metadata } = compose(doc);
  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    lastModifiedBy: metadata.author,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // A4 portrait (App. I §I.1–2) and margins (§I.3).
            size: {
              width: twips(PAGE.width),
              height: twips(PAGE.height),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(MARGIN.top),
              bottom: twips(MARGIN.bottom),
              left: twips(MARGIN.left),
              right: twips(MARGIN.right),
              header: twips(PAGE_NUMBER_TOP),
              footer: twips(PAGE_NUMBER_TOP),
              gutter: 0,
            },
          },
        },
        headers: pageNumberHeaders(),
        children: items.map(block),
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return stampPackage(bytes, options.createdAt ?? new Date());
}
