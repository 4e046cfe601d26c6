/**
 * Item headings: title, presenter ("(Sở X trình)", "do Sở X trình", or a first sentence
 * "Sở X báo cáo …"), appraising body ("Đảng đoàn HĐND tỉnh thẩm định"), next forum
 * ("Trình Ban Thường vụ Tỉnh ủy tháng 7") and the verdict of the meeting.
 *
 * @module
 */
import { type AgencyContext, type AgencyMatch, scanAgency } from './agencies.ts';
import type { Block, ItemRegion } from './body.ts';
import { VERB_TRIE } from './lexicon.ts';
import { field, textField } from './lines.ts';
import { splitClauses, splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';
import type { AgencyMention, AnnouncementItem, Field, Verdict } from './types.ts';

/** An item with what task extraction needs. */
export interface ItemInfo {
  item: AnnouncementItem;
  region: ItemRegion;
  /** Blocks to read tasks from: a heading written as a paragraph, then the item's blocks. */
  taskBlocks: Block[];
  presenter: AgencyMatch | null;
  /** End offset of the presenter's report sentence, skipped for tasks (0 when none). */
  skipUntil: number;
}

interface Parenthetical {
  start: number;
  end: number;
  content: string;
}

const PRESENTER_NOTE = /^(?:do\s+)?(.+?)\s+(?:trình|báo cáo|chủ trì)$/iu;
const TOPIC_HEADING = /^(?:Về|Đánh giá|Tổ chức thực hiện|Nhiệm vụ|Kết luận|Ý kiến|Tình hình)/u;
const VERDICTS: ReadonlyArray<readonly [Verdict, RegExp]> = [
  ['rút', /(?<![\p{L}])rút\s+(?:nội dung|dự thảo|tờ trình|khỏi|đề án|khỏi chương trình)/iu],
  ['trình lại', /(?<![\p{L}])trình lại(?![\p{L}])/iu],
  ['chưa nhất trí', /(?<![\p{L}])(?:chưa|không)\s+(?:nhất trí|thống nhất|thông qua|đồng ý)/iu],
  ['cơ bản nhất trí', /(?<![\p{L}])cơ bản\s+(?:nhất trí|thống nhất|đồng ý)/iu],
  ['nhất trí', /(?<![\p{L}])(?:nhất trí|thống nhất|đồng ý|thông qua)(?![\p{L}])/iu],
];
/** The concluding body as the subject of the sentence, after an optional opener ("Qua thảo luận,"). */
const CONCLUDING_SUBJECT =
  /^(?:(?:Qua|Sau khi|Tuy nhiên|Về|Đối với|Tại|Nhìn chung)[^,]{0,60},\s*(?:[^,]{0,40},\s*)?)?(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Phó Chủ tịch|Chủ tịch|Phó Thủ tướng|Thủ tướng|Bộ trưởng|Thứ trưởng|Hội nghị|Phiên họp|Cuộc họp)(?:\s+[\p{L}]+){0,4}?\s+)?$/iu;

/** Parentheticals at the end of a heading, last first. */
function trailingParentheticals(heading: string): { parens: Parenthetical[]; end: number } {
  const parens: Parenthetical[] = [];
  let end = heading.replace(/[\s.:;]+$/u, '').length;
  while (end > 0 && heading[end - 1] === ')') {
    let depth = 0;
    let open = -1;
    for (let i = end - 1; i >= 0 && i >= end - 400; i -= 1) {
      if (heading[i] === ')') depth += 1;
      if (heading[i] === '(') depth -= 1;
      if (depth === 0) {
        open = i;
        break;
      }
    }
    if (open < 0) break;
    parens.push({ start: open, end, content: heading.slice(open + 1, end - 1).trim() });
    end = heading.slice(0, open).trimEnd().length;
  }
  return { parens, end };
}

interface HeadingMeta {
  titleEnd: number;
  presenter: { text: string; offset: number } | null;
  appraising: { text: string; offset: number } | null;
  nextForum: { text: string; offset: number } | null;
}

function readHeadingMeta(heading: string): HeadingMeta {
  const { parens } = trailingParentheticals(heading);
  const meta: HeadingMeta = {
    titleEnd: heading.replace(/[\s.:;]+$/u, '').length,
    presenter: null,
    appraising: null,
    nextForum: null,
  };
  for (const paren of parens) {
    const isMeta = /trình|thẩm định|báo cáo|chủ trì/iu.test(paren.content);
    if (!isMeta) break;
    meta.titleEnd = heading.slice(0, paren.start).trimEnd().length;
    const presenter = PRESENTER_NOTE.exec(paren.content);
    if (presenter && !meta.presenter && !/^trình\s/iu.test(paren.content)) {
      const written = presenter[1] as string;
      meta.presenter = { text: written, offset: paren.start + 1 + paren.content.indexOf(written) };
      continue;
    }
    let offset = paren.start + 1;
    for (const part of paren.content.split(';')) {
      const value = part.trim();
      const at = offset + part.indexOf(value);
      if (/thẩm định$/iu.test(value))
        meta.appraising = { text: value.replace(/\s*thẩm định$/iu, ''), offset: at };
      else if (/^trình\s/iu.test(value))
        meta.nextForum = {
          text: value.replace(/^trình\s+/iu, ''),
          offset: at + value.indexOf(' ') + 1,
        };
      offset += part.length + 1;
    }
  }
  if (!meta.presenter) {
    const inline = /(?:,\s*|\s)do\s+(\p{Lu}.{1,80}?)\s+trình\s*$/u.exec(
      heading.slice(0, meta.titleEnd),
    );
    if (inline) {
      meta.presenter = {
        text: inline[1] as string,
        offset: inline.index + inline[0].indexOf(inline[1] as string),
      };
      meta.titleEnd = inline.index;
    }
  }
  return meta;
}

function agencyOf(written: string, offset: number, ctx: AgencyContext): AgencyMatch {
  const tokens = tokenize(written, offset);
  const match = scanAgency(tokens, 0, ctx);
  if (match && match.end === tokens.length) return match;
  return {
    start: 0,
    end: tokens.length,
    name: written,
    span: [offset, offset + written.length],
    kind: 'org',
    isGroup: false,
    isGeneric: false,
  };
}

/** "Sở X báo cáo dự thảo …" as the item's first sentence names the presenter. */
function reportingPresenter(
  text: string,
  first: Block | undefined,
  ctx: AgencyContext,
): { presenter: AgencyMatch; end: number } | null {
  if (!first || (first.kind !== 'paragraph' && first.kind !== 'point')) return null;
  const sentence = splitSentences(
    text.slice(first.contentStart, first.line.end),
    first.contentStart,
  )[0];
  if (!sentence) return null;
  const tokens = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
  let i = 0;
  if (tokens[0]?.lower === 'sau' && tokens[1]?.lower === 'khi') i = 2;
  if (tokens[i]?.lower === 'nghe') i += 1;
  const agency = scanAgency(tokens, i, ctx);
  if (!agency || agency.kind === 'reference') return null;
  const verb = VERB_TRIE.match(tokens, agency.end);
  const reports =
    verb?.value === 'báo cáo' ||
    (tokens[agency.end]?.lower === 'trình' && tokens[agency.end + 1]?.lower === 'bày');
  if (!reports || scanAgency(tokens, agency.end + (verb?.length ?? 2), ctx)) return null;
  return { presenter: agency, end: sentence.end };
}

/** End of the heading's first sentence (a paragraph item's title is its first sentence). */
function firstSentenceEnd(text: string, heading: Block): number {
  const first = splitSentences(
    text.slice(heading.contentStart, heading.line.end),
    heading.contentStart,
  )[0];
  return first ? first.end : heading.line.end;
}

/** Agreement on the need or the policy only ("thống nhất sự cần thiết") is not the verdict. */
const PRELIMINARY = /^\s*(?:về\s+)?(?:sự cần thiết|chủ trương|cần thiết)/iu;

/**
 * The meeting's verdict on the item: of every verdict the concluding body states, the most
 * decisive (rút > trình lại > chưa nhất trí > cơ bản nhất trí > nhất trí), preferring verdicts
 * on the draft itself to agreement on its necessity.
 */
function verdictOf(text: string, region: ItemRegion): Field<Verdict> | null {
  let best: { rank: number; field: Field<Verdict> } | null = null;
  for (const block of region.blocks) {
    if (block.kind !== 'paragraph') continue;
    const sentences = splitSentences(
      text.slice(block.contentStart, block.line.end),
      block.contentStart,
    );
    for (const sentence of sentences.flatMap((s) => splitClauses(text, s))) {
      const value = text.slice(sentence.start, sentence.end);
      VERDICTS.forEach(([verdict, pattern], order) => {
        const match = pattern.exec(value);
        if (!match || !CONCLUDING_SUBJECT.test(value.slice(0, match.index))) return;
        const after = value.slice(match.index + match[0].length);
        const rank = (PRELIMINARY.test(after) ? 0 : 10) + (VERDICTS.length - order);
        if (!best || rank > best.rank) {
          const span = [
            sentence.start + match.index,
            sentence.start + match.index + match[0].length,
          ] as const;
          best = { rank, field: field(verdict, span, 0.7) };
        }
      });
    }
  }
  return (best as { rank: number; field: Field<Verdict> } | null)?.field ?? null;
}

function mention(match: AgencyMatch, confidence: number): Field<AgencyMention> {
  return field({ name: match.name, orgId: null, isGroup: match.isGroup }, match.span, confidence);
}

/** Reads one item region. */
export function readItem(text: string, region: ItemRegion, ctx: AgencyContext): ItemInfo {
  const heading = region.heading;
  const headingText = text.slice(heading.contentStart, heading.line.end);
  const meta = readHeadingMeta(headingText);
  const base = heading.contentStart;
  let presenter = meta.presenter
    ? agencyOf(meta.presenter.text, base + meta.presenter.offset, ctx)
    : null;
  let skipUntil = 0;
  if (!presenter && !TOPIC_HEADING.test(headingText)) {
    const reported =
      reportingPresenter(text, heading, ctx) ?? reportingPresenter(text, region.blocks[0], ctx);
    if (reported) {
      presenter = reported.presenter;
      skipUntil = reported.end;
    }
  }
  const titleEnd = Math.min(meta.titleEnd, firstSentenceEnd(text, heading) - base);
  const sectionBlock = region.section;
  const item: AnnouncementItem = {
    index: field(region.index, [heading.line.start, heading.contentStart], 0.95),
    section: sectionBlock
      ? textField(text, sectionBlock.contentStart, sectionBlock.line.end, 0.9)
      : null,
    title: textField(text, base, base + titleEnd, 0.85, ' .:;'),
    presenter: presenter ? mention(presenter, meta.presenter ? 0.9 : 0.7) : null,
    appraisingBody: meta.appraising
      ? field(
          meta.appraising.text,
          [
            base + meta.appraising.offset,
            base + meta.appraising.offset + meta.appraising.text.length,
          ],
          0.8,
        )
      : null,
    nextForum: meta.nextForum
      ? field(
          meta.nextForum.text,
          [base + meta.nextForum.offset, base + meta.nextForum.offset + meta.nextForum.text.length],
          0.8,
        )
      : null,
    verdict: verdictOf(text, region),
    revisionPoints: [],
    span: [heading.line.start, (region.blocks[region.blocks.length - 1] ?? heading).line.end],
  };
  const taskBlocks = meta.presenter
    ? region.blocks
    : [{ ...heading, kind: 'paragraph' as const }, ...region.blocks];
  return { item, region, taskBlocks, presenter, skipUntil };
}
