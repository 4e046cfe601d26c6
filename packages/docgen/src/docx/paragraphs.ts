/**
 * Composed text and rule items as Word paragraphs. Formatting lives in the paragraph styles
 * (see `styles.ts`); a paragraph only carries what differs from its style.
 */
import { BorderStyle, type IBorderOptions, Paragraph, TextRun } from 'docx';
import type { RuleItem, TextItem } from '../compose/types.ts';
import { FRAME_PADDING, RULE, STYLES } from '../layout.ts';
import type { Run } from '../model.ts';
import { alignment, lineSpacing } from './styles.ts';
import { eighthPoints, twips } from './units.ts';

const SOLID: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: eighthPoints(RULE.thickness),
  color: '000000',
  space: 0,
};

/** Word runs for a model run; each "\n" becomes a line break (`w:br`). */
function textRuns(run: Run): TextRun[] {
  const character = {
    ...(run.bold !== undefined ? { bold: run.bold } : {}),
    ...(run.italic !== undefined ? { italics: run.italic } : {}),
    ...(run.underline ? { underline: {} } : {}),
  };
  return run.text
    .split('\n')
    .map((text, index) => new TextRun({ text, ...character, ...(index > 0 ? { break: 1 } : {}) }));
}

/**
 * A styled paragraph. `contentWidth` is the width it is laid in (page or table cell), needed
 * to centre a frame around a framed paragraph.
 */
export function textParagraph(item: TextItem, contentWidth: number): Paragraph {
  const style = STYLES[item.style];
  const frame =
    item.frameWidth === undefined
      ? {}
      : {
          border: {
            top: { ...SOLID, space: FRAME_PADDING },
            bottom: { ...SOLID, space: FRAME_PADDING },
            left: { ...SOLID, space: FRAME_PADDING },
            right: { ...SOLID, space: FRAME_PADDING },
          },
          indent: {
            left: twips((contentWidth - item.frameWidth) / 2 + FRAME_PADDING),
            right: twips((contentWidth - item.frameWidth) / 2 + FRAME_PADDING),
          },
        };
  return new Paragraph({
    style: style.id,
    ...(item.align ? { alignment: alignment(item.align) } : {}),
    ...(item.indent === false ? { indent: { firstLine: 0 } } : {}),
    ...(item.spaceBefore !== undefined
      ? {
          spacing: {
            before: twips(item.spaceBefore),
            after: twips(style.spaceAfter ?? 0),
            ...lineSpacing(style.lineSpacing),
          },
        }
      : {}),
    ...(item.keepWithNext !== undefined ? { keepNext: item.keepWithNext } : {}),
    ...frame,
    children: item.runs.flatMap(textRuns),
  });
}

/**
 * A rule as the bottom border of an empty paragraph `RULE.height` high, narrowed by equal
 * indents to the rule's length: it stays centred under its text and moves with it when the
 * clerk edits, unlike a drawn shape.
 */
export function ruleParagraph(item: RuleItem, contentWidth: number): Paragraph {
  const inset = twips(Math.max(0, (contentWidth - item.width) / 2));
  return new Paragraph({
    indent: { left: inset, right: inset, firstLine: 0 },
    spacing: {
      before: 0,
      after: twips(item.spaceAfter ?? 0),
      line: twips(RULE.height),
      lineRule: 'exact',
    },
    border: { bottom: SOLID },
    run: { size: 2 },
  });
}
