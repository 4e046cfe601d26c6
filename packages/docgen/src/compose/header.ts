/**
 * The header of page 1 (App. I §IV boxes 1–4, §II.1–4): a two-column block.
 *
 * | left (body names, box 2–3)      | right (Quốc hiệu, Tiêu ngữ, box 1) |
 * |---------------------------------|------------------------------------|
 * | UBND TỈNH …  (supervising)      | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
 * | ỦY BAN NHÂN DÂN / TỈNH … (bold) | Độc lập - Tự do - Hạnh phúc        |
 * |        ─────                    | ───────────────────────────        |
 * | Số: 346/TB-UBND                 | Lạng Sơn, ngày 27 tháng 6 năm 2021 |
 *
 * "Số" and the date line share the second row, so they stay on one line as §II.4c requires
 * whatever the heights of the names above.
 */
import { formatDateLine, nfc, upper } from '../format.ts';
import { CELL_PADDING, FRAME_PADDING, HEADER_COLUMNS, RULE, STYLES } from '../layout.ts';
import { textWidth } from '../metrics.ts';
import type { OfficialDocument } from '../model.ts';
import { lines, ruleItem, textItem, widestLine } from './items.ts';
import type { CellItem, ColumnsItem } from './types.ts';

/** Quốc hiệu (App. I §II.1a). */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ (App. I §II.1b): hyphens between the phrases, with spaces. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const COLLEGIAL_PREFIX = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(\S.*)$/u;

/**
 * The lines of a body name in capitals. An explicit "\n" wins; otherwise a People's Committee
 * or Council is broken after its collegial name, "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN", as
 * provincial documents print it (App. I §II.2b lets a long name take several lines).
 */
export function bodyNameLines(name: string): string[] {
  const explicit = lines(upper(name));
  if (explicit.length !== 1) return explicit;
  const match = COLLEGIAL_PREFIX.exec(explicit[0]!);
  return match ? [match[1]!, match[2]!] : explicit;
}

export function composeHeader(doc: OfficialDocument): ColumnsItem {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const leftContent = leftWidth - 2 * CELL_PADDING;
  const rightContent = rightWidth - 2 * CELL_PADDING;

  const names: CellItem[] = [];
  if (doc.supervisingBody?.trim()) {
    names.push(textItem('supervisingBody', bodyNameLines(doc.supervisingBody).join('\n')));
  }
  const issuing = bodyNameLines(doc.issuingBody);
  names.push(textItem('issuingBody', issuing.join('\n')));
  names.push(ruleItem(RULE.issuingBodyRatio * widestLine(issuing, 'issuingBody', leftContent)));

  const national: CellItem[] = [
    textItem('nationalTitle', NATIONAL_TITLE),
    textItem('motto', MOTTO),
    ruleItem(RULE.mottoRatio * widestLine([MOTTO], 'motto', rightContent)),
  ];

  const number: CellItem[] = [
    textItem('numberSymbol', `Số: ${nfc(doc.numberSymbol.trim()).replace(/^Số:\s*/u, '')}`),
  ];
  if (doc.urgency?.trim()) number.push(urgencyMark(doc.urgency, leftContent));

  return {
    kind: 'columns',
    widths: HEADER_COLUMNS,
    rows: [
      { left: names, right: national },
      {
        left: number,
        right: [textItem('dateLine', formatDateLine(doc.place, doc.date))],
      },
    ],
  };
}

/** Urgency mark in a single-line frame, as its stamp prints it (App. I §III.2b). */
function urgencyMark(urgency: string, maxWidth: number) {
  const text = upper(urgency.trim());
  const width = textWidth(text, 'bold', STYLES.urgency.size);
  return textItem('urgency', text, {
    frameWidth: Math.min(maxWidth, width + 4 * FRAME_PADDING),
  });
}
