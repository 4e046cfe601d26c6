/**
 * The Word styles: one paragraph style per component of `STYLES`, named in Vietnamese, so the
 * clerk who keeps editing the file sees "Nội dung", "Trích yếu", "Nơi nhận"… in Word's Styles
 * pane and new paragraphs inherit the Decree 30 formatting. Document defaults carry Times New
 * Roman 14 pt (App. I §I.4, §II.6e) and the Vietnamese proofing language.
 */
import {
  AlignmentType,
  type IParagraphPropertiesOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LineRuleType,
} from 'docx';
import { FONT_FAMILY, type ParagraphStyle, STYLES } from '../layout.ts';
import type { Align } from '../model.ts';
import { halfPoints, twips } from './units.ts';

/** Word alignment for a model alignment. */
export function alignment(align: Align) {
  switch (align) {
    case 'justify':
      return AlignmentType.JUSTIFIED;
    case 'center':
      return AlignmentType.CENTER;
    case 'left':
      return AlignmentType.LEFT;
    case 'right':
      return AlignmentType.RIGHT;
  }
}

/** Line spacing as Word writes a multiple of single spacing: 240ths, rule "auto". */
export function lineSpacing(multiple = 1) {
  return { line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO };
}

/** Style that Word gives the paragraph after one in `style` (Enter after a heading: body text). */
function nextStyle(style: ParagraphStyle): string {
  return style === STYLES.heading ? STYLES.body.id : style.id;
}

function paragraphStyle(style: ParagraphStyle): IParagraphStyleOptions {
  // Widow/orphan control is a paragraph property that the docx typings leave off styles;
  // the style writer emits it all the same (Word's own Normal style has it).
  const paragraph: IParagraphPropertiesOptions = {
    alignment: alignment(style.align),
    indent: { firstLine: twips(style.firstLineIndent ?? 0) },
    spacing: {
      before: twips(style.spaceBefore ?? 0),
      after: twips(style.spaceAfter ?? 0),
      ...lineSpacing(style.lineSpacing),
    },
    widowControl: true,
    ...(style.keepWithNext ? { keepNext: true } : {}),
  };
  return {
    id: style.id,
    name: style.name,
    basedOn: 'Normal',
    next: nextStyle(style),
    quickFormat: true,
    run: {
      font: FONT_FAMILY,
      size: halfPoints(style.size),
      bold: style.bold ?? false,
      italics: style.italic ?? false,
    },
    paragraph,
  };
}

/** The styles part of the document. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: FONT_FAMILY,
          size: halfPoints(STYLES.body.size),
          language: { value: 'vi-VN' },
        },
        paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(1) } },
      },
    },
    paragraphStyles: Object.values(STYLES).map(paragraphStyle),
  };
}
