/**
 * Composed items as flow units: a paragraph becomes one unit per line (so it can break across
 * pages), a rule one unit, and a two-column block one unit that never breaks (like the
 * `cantSplit` rows of the DOCX tables).
 */
import type { CellItem, ColumnsItem, FlowItem, RuleItem, TextItem } from '../compose/types.ts';
import { CELL_PADDING, FRAME_PADDING, RULE, STYLES } from '../layout.ts';
import { drawFrame, drawLines, drawRule } from './draw.ts';
import type { FlowUnit } from './flow.ts';
import { layoutText } from './text-layout.ts';

/** Something of known height drawn as a whole. */
interface Box {
  height: number;
  draw(doc: PDFKit.PDFDocument, left: number, top: number): void;
}

const spaceBefore = (item: TextItem) => item.spaceBefore ?? STYLES[item.style].spaceBefore ?? 0;
const spaceAfter = (item: CellItem) =>
  item.kind === 'rule' ? (item.spaceAfter ?? 0) : (STYLES[item.style].spaceAfter ?? 0);

function ruleBox(item: RuleItem, width: number): Box {
  return {
    height: RULE.height,
    draw: (doc, left, top) => drawRule(doc, left + width / 2, item.width, top + RULE.height),
  };
}

function textBox(item: TextItem, width: number): Box {
  const layout = layoutText(item, width);
  const frameWidth = item.frameWidth;
  if (frameWidth === undefined) {
    return {
      height: layout.height,
      draw: (doc, left, top) => drawLines(doc, layout, layout.lines, left, top),
    };
  }
  const height = layout.height + 2 * FRAME_PADDING;
  return {
    height,
    draw: (doc, left, top) => {
      drawFrame(doc, left + (width - frameWidth) / 2, top, frameWidth, height);
      drawLines(doc, layout, layout.lines, left, top + FRAME_PADDING);
    },
  };
}

/** A table cell: its items stacked with their spacing, inside the cell padding. */
function cellBox(items: readonly CellItem[], width: number): Box {
  const inner = width - 2 * CELL_PADDING;
  const placed: { box: Box; offset: number }[] = [];
  let y = 0;
  for (const item of items) {
    if (item.kind === 'text') y += spaceBefore(item);
    const box = item.kind === 'rule' ? ruleBox(item, inner) : textBox(item, inner);
    placed.push({ box, offset: y });
    y += box.height + spaceAfter(item);
  }
  return {
    height: y,
    draw: (doc, left, top) => {
      for (const { box, offset } of placed) box.draw(doc, left + CELL_PADDING, top + offset);
    },
  };
}

function columnsUnit(item: ColumnsItem, left: number): FlowUnit {
  const [leftWidth, rightWidth] = item.widths;
  const rows = item.rows.map((row) => {
    const cells = [cellBox(row.left, leftWidth), cellBox(row.right, rightWidth)] as const;
    return { cells, height: Math.max(cells[0].height, cells[1].height) };
  });
  return {
    height: rows.reduce((sum, row) => sum + row.height, 0),
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithPrevious: false,
    draw: (doc, top) => {
      let y = top;
      for (const { cells, height } of rows) {
        cells[0].draw(doc, left, y);
        cells[1].draw(doc, left + leftWidth, y);
        y += height;
      }
    },
  };
}

/** A paragraph's lines; the first two and the last two lines stay together. */
function textUnits(item: TextItem, left: number, width: number): FlowUnit[] {
  if (item.frameWidth !== undefined) {
    const box = textBox(item, width);
    return [
      {
        height: box.height,
        spaceBefore: spaceBefore(item),
        spaceAfter: spaceAfter(item),
        keepWithPrevious: false,
        draw: (doc, top) => box.draw(doc, left, top),
      },
    ];
  }
  const layout = layoutText(item, width);
  const count = layout.lines.length;
  return layout.lines.map((line, index) => ({
    height: layout.lineHeight,
    spaceBefore: index === 0 ? spaceBefore(item) : 0,
    spaceAfter: index === count - 1 ? spaceAfter(item) : 0,
    keepWithPrevious: index === 1 || (index > 0 && index === count - 1),
    draw: (doc, top) => drawLines(doc, layout, [line], left, top),
  }));
}

function unitsOf(item: FlowItem, left: number, width: number): FlowUnit[] {
  switch (item.kind) {
    case 'text':
      return textUnits(item, left, width);
    case 'rule': {
      const box = ruleBox(item, width);
      return [
        {
          height: box.height,
          spaceBefore: 0,
          spaceAfter: spaceAfter(item),
          keepWithPrevious: false,
          draw: (doc, top) => box.draw(doc, left, top),
        },
      ];
    }
    case 'columns':
      return [columnsUnit(item, left)];
  }
}

const keepsWithNext = (item: FlowItem): boolean =>
  item.kind === 'text' && (item.keepWithNext ?? STYLES[item.style].keepWithNext ?? false);

/** The flow of a whole composition, in a text column at `left` of `width`. */
export function flowUnits(items: readonly FlowItem[], left: number, width: number): FlowUnit[] {
  const units: FlowUnit[] = [];
  let glued = false;
  for (const item of items) {
    const made = unitsOf(item, left, width);
    if (glued && made[0]) made[0].keepWithPrevious = true;
    units.push(...made);
    glued = keepsWithNext(item);
  }
  return units;
}
