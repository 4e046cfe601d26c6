/**
 * The content (App. I §II.6, box 6): every block becomes one or more body paragraphs.
 * List items carry their marker as text ("- ", "a) "), which is how Vietnamese documents are
 * typed and how clerks expect to edit them.
 */
import { listMarker } from '../format.ts';
import type { Block } from '../model.ts';
import { textItem } from './items.ts';
import type { TextItem } from './types.ts';

export function composeBody(blocks: readonly Block[]): TextItem[] {
  return blocks.flatMap(blockItems);
}

function blockItems(block: Block): TextItem[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        textItem('body', block.runs, {
          ...(block.indent === false ? { indent: false } : {}),
          ...(block.align && block.align !== 'justify' ? { align: block.align } : {}),
        }),
      ];
    case 'heading':
      return [textItem('heading', block.runs)];
    case 'list':
      return block.items.map((runs, index) =>
        textItem('listItem', [{ text: listMarker(index, block.ordered ?? false) }, ...runs]),
      );
  }
}
