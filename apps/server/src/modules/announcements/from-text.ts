/**
 * An announcement's text (typed, pasted or extracted) → the docgen document model, so that an
 * existing announcement can be re-rendered in the Decree 30 layout. `@ketluan/vi-parser` finds
 * the structure (header fields, item headings, recipients, signature); the words are those of
 * the text, with printed quotes restored and the "(Sở X trình)" of each heading in italics.
 * @module
 */
import type { DocBlock, DocRun } from '@ketluan/contracts';
import { formatNumberSymbol, type OfficialDocument } from '@ketluan/docgen';
import { parseAnnouncement } from '@ketluan/vi-parser';
import { BULLET, pushListItem, smartQuotes } from './blocks.ts';

export interface TextDocument {
  document: OfficialDocument;
  /** What had to be guessed or is missing, in Vietnamese. */
  warnings: string[];
}

export interface TextFallbacks {
  /** Issuing body when the text has lost its header (PDF extraction often does). */
  issuingBody?: string;
  place?: string;
}

/** Ends a sentence, a clause or a title: a line ending otherwise was broken by a page. */
const CLOSED = /[.;:!?…)”"'\]]$/u;
/** Starts a block of its own: heading number, "* " sub-heading, bullet. */
const OPENS_BLOCK = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]+\.\s|\*\s|[a-zđ]\)\s)/u;

/** "1. Dự thảo … (Sở X trình)." with the presenter part in italics, as printed. */
function headingRuns(line: string): DocRun[] {
  const m = /\(([^()]*\btrình)\)(\.?)\s*$/u.exec(line);
  if (!m) return [{ text: line }];
  return [
    { text: `${line.slice(0, m.index)}(` },
    { text: m[1]!, italic: true },
    { text: `)${m[2] ?? ''}` },
  ];
}

const lastItemRuns = (block: DocBlock | undefined): DocRun[] | undefined =>
  block?.kind === 'list' ? block.items.at(-1) : undefined;

/** The content lines between the summary and "Nơi nhận" as blocks. */
function bodyBlocks(
  text: string,
  from: number,
  to: number,
  headingStarts: Set<number>,
): DocBlock[] {
  const blocks: DocBlock[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const start = offset + (rawLine.length - rawLine.trimStart().length);
    offset += rawLine.length + 1;
    const line = smartQuotes(rawLine.trim());
    if (!line || start < from || start >= to) continue;
    const openItem = lastItemRuns(blocks.at(-1));
    const openText = openItem?.map((r) => r.text).join('') ?? '';
    if (headingStarts.has(start)) blocks.push({ kind: 'heading', runs: headingRuns(line) });
    else if (BULLET.test(line)) pushListItem(blocks, [{ text: line.replace(BULLET, '') }]);
    else if (openItem && !CLOSED.test(openText) && !OPENS_BLOCK.test(line)) {
      // A list item broken by a page end ("… phát triển" / "Chính phủ điện tử …").
      openItem.push({ text: ` ${line}` });
    } else blocks.push({ kind: 'paragraph', runs: [{ text: line }] });
  }
  for (const b of blocks) {
    if (b.kind === 'list')
      b.items = b.items.map((runs) => [{ text: runs.map((r) => r.text).join('') }]);
  }
  return blocks;
}

/** Guess of the issuing body from the symbol ("…-UBND") and the place. */
function guessIssuer(
  numberSymbol: string | undefined,
  place: string | undefined,
): string | undefined {
  if (!place) return undefined;
  if (/-UBND$/u.test(numberSymbol ?? ''))
    return `ỦY BAN NHÂN DÂN TỈNH ${place.toLocaleUpperCase('vi')}`;
  return undefined;
}

/** Parses an announcement's text into a document to render. Never throws on bad input. */
export function documentFromText(raw: string, fallbacks: TextFallbacks = {}): TextDocument {
  const parsed = parseAnnouncement(raw);
  const { text, header } = parsed;
  const warnings: string[] = parsed.warnings.map((w) => w.message);
  const from =
    header.summary?.span[1] ?? header.documentType?.span[1] ?? header.issued?.span[1] ?? 0;
  const closing = /^Nơi nhận\b/mu.exec(text.slice(from));
  const to = closing
    ? from + closing.index
    : (parsed.recipients[0]?.span[0] ?? parsed.signingAuthority[0]?.span[0] ?? text.length);
  const numberSymbol = header.number?.value.replace(/\s+/g, '');
  const place = header.place?.value ?? fallbacks.place ?? '';
  let issuingBody = header.issuer?.value ?? fallbacks.issuingBody;
  if (!issuingBody) {
    issuingBody = guessIssuer(numberSymbol, place) ?? '';
    warnings.push(
      issuingBody
        ? `Văn bản không có tên cơ quan ban hành; đã suy ra "${issuingBody}" từ ký hiệu và địa danh`
        : 'Văn bản không có tên cơ quan ban hành',
    );
  }
  const summary = header.summary
    ? text
        .slice(header.summary.span[0], header.summary.span[1])
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n')
    : '';
  return {
    document: {
      issuingBody,
      numberSymbol: numberSymbol ?? formatNumberSymbol(null, 'TB'),
      place,
      date: header.issued?.value ?? '',
      typeName: header.documentType?.value ?? 'THÔNG BÁO',
      summary: smartQuotes(summary),
      body: bodyBlocks(text, from, to, new Set(parsed.items.map((i) => i.span[0]))),
      recipients: parsed.recipients.map((r) => smartQuotes(r.value)),
      signature: {
        authority: parsed.signingAuthority.map((a) => a.value),
        signerName: parsed.signer?.value ?? '',
      },
    },
    warnings,
  };
}
