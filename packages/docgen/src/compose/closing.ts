/**
 * The closing (App. I §IV boxes 7 and 9b): "Nơi nhận" at the lower left, level with the first
 * authority line (§II.9d), and the signature block at the lower right (§II.7đ): authority
 * lines in capitals, space for the signature and seal, then the signer's name.
 */
import { formatRecipientLines, upper } from '../format.ts';
import { CLOSING_COLUMNS, CLOSING_SPACE_BEFORE } from '../layout.ts';
import type { OfficialDocument } from '../model.ts';
import { textItem } from './items.ts';
import type { CellItem, ColumnsItem } from './types.ts';

export function composeClosing(doc: OfficialDocument): ColumnsItem {
  const recipients: CellItem[] = [
    textItem('recipientsLabel', 'Nơi nhận:', { spaceBefore: CLOSING_SPACE_BEFORE }),
    ...formatRecipientLines(doc.recipients).map((line) => textItem('recipient', line)),
  ];
  if (doc.drafterMark?.trim()) recipients.push(textItem('drafterMark', upper(doc.drafterMark)));

  const signature: CellItem[] = [
    ...doc.signature.authority.map((line, index) =>
      textItem(
        'authority',
        upper(line.trim()),
        index === 0 ? { spaceBefore: CLOSING_SPACE_BEFORE } : {},
      ),
    ),
    textItem('signerName', doc.signature.signerName.trim()),
  ];

  return {
    kind: 'columns',
    widths: CLOSING_COLUMNS,
    rows: [{ left: recipients, right: signature }],
  };
}
