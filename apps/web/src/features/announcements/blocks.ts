import type { DocBlock } from '@ketluan/contracts';

/** The plain text of a block; a list has one item per line. */
export function blockText(b: DocBlock): string {
  if (b.kind === 'list') return b.items.map((runs) => runs.map((r) => r.text).join('')).join('\n');
  return b.runs.map((r) => r.text).join('');
}

/**
 * The block with new text. Unchanged text keeps the original runs (and their bold or italic
 * parts); changed text becomes one plain run.
 */
export function withText(b: DocBlock, text: string): DocBlock {
  if (text === blockText(b)) return b;
  if (b.kind === 'list') {
    return { ...b, items: text.split('\n').map((line) => [{ text: line }]) };
  }
  return { ...b, runs: [{ text }] };
}

export const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
