/**
 * A two-column block as a borderless Word table of fixed layout (the header, App. I §IV boxes
 * 1–4, and the closing, boxes 7 and 9b): the structure clerks know from the official
 * templates, which keeps both columns side by side while they edit.
 */
import {
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { CellItem, ColumnsItem } from '../compose/types.ts';
import { CELL_PADDING } from '../layout.ts';
import { ruleParagraph, textParagraph } from './paragraphs.ts';
import { twips } from './units.ts';

function cell(items: readonly CellItem[], width: number, gridWidth: number): TableCell {
  const contentWidth = width - 2 * CELL_PADDING;
  const children = items.map((item) =>
    item.kind === 'rule' ? ruleParagraph(item, contentWidth) : textParagraph(item, contentWidth),
  );
  return new TableCell({
    width: { size: gridWidth, type: WidthType.DXA },
    margins: { left: twips(CELL_PADDING), right: twips(CELL_PADDING), top: 0, bottom: 0 },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

export function columnsTable(item: ColumnsItem): Table {
  const [left, right] = item.widths;
  // Rounded so that the columns add up to the table width exactly.
  const total = twips(left + right);
  const grid = [twips(left), total - twips(left)];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: item.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.left, left, grid[0]!), cell(row.right, right, grid[1]!)],
        }),
    ),
  });
}
