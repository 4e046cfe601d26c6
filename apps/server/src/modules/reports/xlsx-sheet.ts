/**
 * One formatted table sheet of a report workbook: a title, a frozen header with filters,
 * typed and formatted columns, a totals row (sums as formulas, with their values cached),
 * and every text cell a user typed neutralised against formula injection.
 * @module
 */
import type ExcelJS from 'exceljs';

/** How a column's values are written and formatted. */
export type ColumnKind = 'text' | 'int' | 'rate' | 'days' | 'date';

/** A column of a table sheet: how to read a row, and what the totals row shows. */
export interface Column<R> {
  header: string;
  width: number;
  kind: ColumnKind;
  value: (r: R, index: number) => string | number | null;
  /** The totals row's value; int columns without one get a SUM formula. */
  total?: string | number | null;
}

/** The first row of data; the header is the row above it. */
export const HEADER_ROW = 4;

const NUM_FMT: Partial<Record<ColumnKind, string>> = {
  int: '#,##0',
  rate: '0.0%',
  days: '0.0',
  date: 'dd/mm/yyyy',
};

/**
 * Text as a cell value that no spreadsheet will run: a leading = + - @ (or tab, carriage
 * return) gets an apostrophe in front (OWASP CSV/formula injection).
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const thin = { style: 'thin' as const, color: { argb: 'FF9AA5B1' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function cellValue(kind: ColumnKind, v: string | number | null): ExcelJS.CellValue {
  if (v === null) return null;
  if (kind === 'text') return safeText(String(v));
  if (kind === 'date') return new Date(`${v}T00:00:00Z`);
  return v;
}

const columnLetter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

/** Adds a sheet holding `rows` under `columns`, with a totals row when `totals` is true. */
export function addTableSheet<R>(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  columns: Column<R>[],
  rows: R[],
  totals: boolean,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const last = columnLetter(columns.length);
  ws.mergeCells(`A1:${last}1`);
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').font = { italic: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const fmt = NUM_FMT[c.kind];
    if (fmt) col.numFmt = fmt;
  });
  const header = ws.getRow(HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = BORDER;
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = cellValue(c.kind, c.value(r, i));
      cell.border = BORDER;
      if (c.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  if (totals) {
    const first = HEADER_ROW + 1;
    const lastRow = HEADER_ROW + rows.length;
    const row = ws.getRow(lastRow + 1);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (c.total !== undefined) cell.value = cellValue(c.kind, c.total);
      else if (c.kind === 'int') {
        const letter = columnLetter(j + 1);
        const sum = rows.reduce((s, r, i) => s + Number(c.value(r, i) ?? 0), 0);
        cell.value = rows.length
          ? { formula: `SUM(${letter}${first}:${letter}${lastRow})`, result: sum }
          : 0;
      }
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
      cell.border = BORDER;
    });
  }
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + rows.length, column: columns.length },
  };
  return ws;
}
