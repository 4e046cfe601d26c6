/** The document as plain text, paragraph by paragraph, in reading order. */
import { compose } from './compose/index.ts';
import type { FlowItem } from './compose/types.ts';
import type { OfficialDocument } from './model.ts';

/**
 * The text of every paragraph of the rendered document, in the order both renderers draw
 * them: the header row by row (left cell, then right), type name, summary, content, then
 * "Nơi nhận" and the signature. Line breaks inside a paragraph are kept as "\n"; rules and
 * page numbers are not text. For previews, search and tests.
 */
export function plainText(doc: OfficialDocument): string[] {
  return composedText(compose(doc).items);
}

/** The paragraphs of composed items, in drawing order. */
export function composedText(items: readonly FlowItem[]): string[] {
  return items.flatMap(itemText);
}

function itemText(item: FlowItem): string[] {
  switch (item.kind) {
    case 'text':
      return [item.runs.map((run) => run.text).join('')];
    case 'rule':
      return [];
    case 'columns':
      return item.rows.flatMap((row) => composedText([...row.left, ...row.right]));
  }
}
