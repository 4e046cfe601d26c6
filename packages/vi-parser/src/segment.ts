/**
 * Splits the document into its Decree 30 parts: header (body name, number, place and date,
 * type and summary), body, closing ("Nơi nhận" and the signature block, in either order) and
 * an appendix ("PHỤ LỤC") after the signature.
 *
 * @module
 */
import { isBlank, type Line } from './lines.ts';

/** The parts of the document, as lines. */
export interface DocumentLayout {
  /** Lines before the document type (issuer, motto, number, place and date). */
  header: Line[];
  documentType: Line | null;
  summary: Line[];
  body: Line[];
  closing: Line[];
  appendix: Line[];
}

const DOCUMENT_TYPE =
  /^(?:THÔNG BÁO|KẾT LUẬN|BÁO CÁO|CÔNG VĂN|QUYẾT ĐỊNH|TỜ TRÌNH|KẾ HOẠCH|CHỈ THỊ|BIÊN BẢN|NGHỊ QUYẾT|GIẤY MỜI|CÔNG ĐIỆN|THÔNG CÁO)$/u;
const RULE_LINE = /^[\s\-_=.*~]{3,}$/;
const BODY_OPENING =
  /^(?:(?:Sáng|Chiều|Tối|Vào|Trong)\s+)?(?:ngày|Ngày)\s+\d|^(?:Căn cứ|Thực hiện|Theo|Sau khi|Kính gửi)\s/u;
const PLACE_DATE = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
const NUMBER_LINE = /^Số\s*[:.]?\s*\d*\s*\//u;
const RECIPIENTS_START = /^Nơi nhận\b/iu;
const AUTHORITY_LINE = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;
const BARE_SIGNING_TITLE =
  /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|BÍ THƯ|CHỦ NHIỆM|THỦ TƯỚNG|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH THANH TRA)$/u;
const APPENDIX_START = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]+)?\s*[:.]?$|^PHỤ LỤC\b/u;
const HEADER_SCAN_LIMIT = 60;

function findDocumentType(lines: readonly Line[]): number {
  const limit = Math.min(lines.length, HEADER_SCAN_LIMIT);
  for (let i = 0; i < limit; i += 1) {
    if (DOCUMENT_TYPE.test((lines[i] as Line).text.trim())) return i;
  }
  return -1;
}

/** Summary lines after the type; returns them and the index where the body starts. */
function readSummary(
  lines: readonly Line[],
  typeIndex: number,
): { summary: Line[]; bodyStart: number } {
  let i = typeIndex + 1;
  while (i < lines.length && (isBlank(lines[i] as Line) || RULE_LINE.test((lines[i] as Line).text)))
    i += 1;
  const summary: Line[] = [];
  while (i < lines.length && summary.length < 4) {
    const line = lines[i] as Line;
    if (isBlank(line) || RULE_LINE.test(line.text) || BODY_OPENING.test(line.text)) break;
    summary.push(line);
    i += 1;
  }
  while (i < lines.length && (isBlank(lines[i] as Line) || RULE_LINE.test((lines[i] as Line).text)))
    i += 1;
  return { summary, bodyStart: i };
}

/** Without a type line, the body starts after the place-and-date or number line. */
function bodyStartWithoutType(lines: readonly Line[]): number {
  const limit = Math.min(lines.length, HEADER_SCAN_LIMIT);
  let start = 0;
  for (let i = 0; i < limit; i += 1) {
    const text = (lines[i] as Line).text;
    if (PLACE_DATE.test(text) || NUMBER_LINE.test(text)) start = i + 1;
  }
  return start;
}

function isClosingStart(lines: readonly Line[], i: number): boolean {
  const text = (lines[i] as Line).text.trim();
  if (RECIPIENTS_START.test(text) || AUTHORITY_LINE.test(text)) return true;
  if (!BARE_SIGNING_TITLE.test(text)) return false;
  const previous = lines[i - 1];
  return previous === undefined || isBlank(previous) || /\.\/\.$|\.$/.test(previous.text);
}

function findFrom(lines: readonly Line[], from: number, test: (i: number) => boolean): number {
  for (let i = from; i < lines.length; i += 1) if (test(i)) return i;
  return -1;
}

/** Splits `lines` into the parts of an announcement. Never throws; parts may be empty. */
export function segmentDocument(lines: readonly Line[]): DocumentLayout {
  const typeIndex = findDocumentType(lines);
  const { summary, bodyStart } =
    typeIndex >= 0
      ? readSummary(lines, typeIndex)
      : { summary: [], bodyStart: bodyStartWithoutType(lines) };
  const closingStart = findFrom(lines, bodyStart, (i) => isClosingStart(lines, i));
  const appendixFrom = closingStart >= 0 ? closingStart : bodyStart;
  const appendixStart = findFrom(lines, appendixFrom, (i) =>
    APPENDIX_START.test((lines[i] as Line).text.trim()),
  );
  const end = lines.length;
  const bodyEnd = closingStart >= 0 ? closingStart : appendixStart >= 0 ? appendixStart : end;
  const closingEnd =
    appendixStart >= 0 && appendixStart > (closingStart >= 0 ? closingStart : end)
      ? appendixStart
      : end;
  return {
    header: lines.slice(0, typeIndex >= 0 ? typeIndex : bodyStart),
    documentType: typeIndex >= 0 ? (lines[typeIndex] as Line) : null,
    summary,
    body: lines.slice(bodyStart, bodyEnd),
    closing: closingStart >= 0 ? lines.slice(closingStart, closingEnd) : [],
    appendix: appendixStart >= 0 ? lines.slice(appendixStart) : [],
  };
}
