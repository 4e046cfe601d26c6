/**
 * Plain text ↔ content blocks: typed conclusions (a paragraph per line, "- " lines as a list)
 * become the blocks of the document model, and blocks read back as text for search.
 * @module
 */
import type { DocBlock, DocRun } from '@ketluan/contracts';

/** A list item line: "- …", "– …", "+ …", "• …". */
export const BULLET = /^[-–—+•]\s+/u;

/** Straight quotes typed or normalised → the curly quotes of printed Vietnamese documents. */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\-–—/])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\-–—/])'/gu, '$1‘')
    .replace(/'/g, '’');
}

/** Appends a list item to the last block when it is a list, or starts a list. */
export function pushListItem(blocks: DocBlock[], runs: DocRun[]): void {
  const last = blocks.at(-1);
  if (last?.kind === 'list' && !last.ordered) last.items.push(runs);
  else blocks.push({ kind: 'list', items: [runs] });
}

/** Lines of text as blocks: each non-empty line a paragraph; bullet lines join into a list. */
export function textToBlocks(text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (BULLET.test(line)) pushListItem(blocks, [{ text: line.replace(BULLET, '') }]);
    else blocks.push({ kind: 'paragraph', runs: [{ text: line }] });
  }
  return blocks;
}

/** The text of blocks, one line per paragraph or list item (markers included). */
export function blocksText(blocks: readonly DocBlock[]): string {
  const runsText = (runs: readonly DocRun[]) => runs.map((r) => r.text).join('');
  return blocks
    .flatMap((b) =>
      b.kind === 'list' ? b.items.map((i) => `- ${runsText(i)}`) : [runsText(b.runs)],
    )
    .join('\n');
}
