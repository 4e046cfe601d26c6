/**
 * The bulk-update spreadsheet: written with an agency's open tasks and the columns to fill
 * (progress, note, completion date, report number), and read back from an upload, checked by
 * its content (an XLSX file with this sheet and header), never by its name or media type.
 * @module
 */
import { IsoDate } from '@ketluan/contracts';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { safeText } from '../reports/xlsx-sheet.ts';
import { STATUS_VI } from '../tasks/task-state.ts';

/** The sheet an upload must have. */
export const SHEET_NAME = 'Cập nhật tiến độ';
/** The row of the column headers; tasks start below it. */
export const HEADER_ROW = 3;
/** The headers an upload must have, in this order. */
export const HEADERS = [
  'Mã nhiệm vụ',
  'Phiên bản',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Hạn',
  'Trạng thái',
  'Tiến độ (%)',
  'Nội dung cập nhật',
  'Ngày hoàn thành',
  'Số văn bản báo cáo',
] as const;
/** The columns a user fills (1-based): progress, note, completion date, document number. */
const FILL = [7, 8, 9, 10];

/** A task as written into the sheet. */
export interface SheetTask {
  id: string;
  version: number;
  title: string;
  ownerName: string;
  dueDate: string | null;
  status: string;
}

/** One filled-in row as read, before any check against the tasks. */
export interface SheetRow {
  row: number;
  taskId: string | null;
  version: number | null;
  title: string | null;
  percent: unknown;
  note: unknown;
  completedDate: unknown;
  documentNumber: unknown;
}

/** The workbook users download, fill in and upload. */
export async function writeBulkSheet(tasks: SheetTask[], createdAt: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ketluan';
  wb.created = createdAt;
  const ws = wb.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }],
  });
  ws.mergeCells('A1:J1');
  ws.getCell('A1').value =
    'Điền cột Tiến độ (%), Nội dung cập nhật; khi đã hoàn thành, điền Ngày hoàn thành (dd/mm/yyyy) và Số văn bản báo cáo. Không sửa các cột khác.';
  ws.getCell('A1').font = { italic: true };
  ws.getRow(HEADER_ROW).values = [...HEADERS];
  ws.getRow(HEADER_ROW).font = { bold: true };
  [38, 8, 60, 32, 12, 16, 11, 50, 14, 20].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getColumn(2).hidden = true;
  ws.getColumn(5).numFmt = 'dd/mm/yyyy';
  ws.getColumn(9).numFmt = 'dd/mm/yyyy';
  tasks.forEach((t, i) => {
    const r = ws.getRow(HEADER_ROW + 1 + i);
    r.values = [
      t.id,
      t.version,
      safeText(t.title),
      safeText(t.ownerName),
      t.dueDate ? new Date(`${t.dueDate}T00:00:00Z`) : null,
      STATUS_VI[t.status as keyof typeof STATUS_VI] ?? t.status,
    ];
    for (const c of FILL) {
      r.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    }
    r.getCell(7).dataValidation = {
      type: 'whole',
      operator: 'between',
      formulae: [0, 100],
      allowBlank: true,
      showErrorMessage: true,
      error: 'Tiến độ là số nguyên từ 0 đến 100',
    };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const notASheet = (detail: string) =>
  new AppError(
    422,
    'invalid_spreadsheet',
    `Tệp không phải bảng cập nhật tiến độ tải từ hệ thống (${detail})`,
  );

/** A cell's value as plain data: rich text, hyperlinks and formulas reduced to their text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  return null;
}

/** Reads the rows of an uploaded sheet. @throws 422 when the bytes are not that sheet. */
export async function readBulkSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  if (
    bytes.length < 4 ||
    bytes[0] !== 0x50 ||
    bytes[1] !== 0x4b ||
    bytes[2] !== 3 ||
    bytes[3] !== 4
  )
    throw notASheet('không phải tệp .xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw notASheet('không đọc được nội dung .xlsx');
  }
  const ws = wb.getWorksheet(SHEET_NAME);
  if (!ws) throw notASheet(`thiếu trang "${SHEET_NAME}"`);
  const header = HEADERS.map((_, i) =>
    String(plain(ws.getRow(HEADER_ROW).getCell(i + 1).value) ?? ''),
  );
  if (header.some((h, i) => h.trim() !== HEADERS[i]))
    throw notASheet('tiêu đề các cột đã bị thay đổi');
  const rows: SheetRow[] = [];
  for (let n = HEADER_ROW + 1; n <= ws.rowCount; n++) {
    const cell = (c: number) => plain(ws.getRow(n).getCell(c).value);
    const id = cell(1);
    const values = [id, ...FILL.map(cell)];
    if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    const version = cell(2);
    rows.push({
      row: n,
      taskId: id === null ? null : String(id).trim() || null,
      version:
        typeof version === 'number'
          ? version
          : Number.isFinite(Number(version))
            ? Number(version)
            : null,
      title: cell(3) === null ? null : String(cell(3)),
      percent: cell(7),
      note: cell(8),
      completedDate: cell(9),
      documentNumber: cell(10),
    });
  }
  return rows;
}

/** "50", 50, "50%" → 50; null when blank; undefined when not a whole number 0–100. */
export function toPercent(v: unknown): number | null | undefined {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const n =
    typeof v === 'number' ? v : Number(String(v).trim().replace(/%$/, '').replace(',', '.'));
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

/** A date cell (Excel date, "dd/mm/yyyy" or "yyyy-mm-dd") → ISO; null blank; undefined bad. */
export function toIsoDate(v: unknown): string | null | undefined {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  let iso: string | undefined;
  if (v instanceof Date) iso = Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  else {
    const s = String(v).trim();
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : s;
  }
  return iso && IsoDate.safeParse(iso).success ? iso : undefined;
}

/** Text of a cell, trimmed; null when blank. */
export function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
  return s || null;
}
