/**
 * Page numbers (App. I §I.7): Arabic, 13–14 pt, upright, centred in the top margin, not shown
 * on page 1. The section has a distinct first-page header (`w:titlePg`) that is empty, and a
 * default header holding a PAGE field, so Word keeps numbering right as the text grows.
 */
import { Header, PageNumber, Paragraph, TextRun } from 'docx';
import { STYLES } from '../layout.ts';

export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          style: STYLES.pageNumber.id,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}
