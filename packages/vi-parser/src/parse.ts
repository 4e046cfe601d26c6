/**
 * The pipeline: intake → lines → segments (header / body / closing / appendix) → header
 * fields → body layout (opening, items) → tasks per region (+ task tables) → closing block →
 * finalisation (dates, directory, warnings).
 *
 * @module
 */
import type { AgencyContext } from './agencies.ts';
import { collectAliases } from './aliases.ts';
import { type BodyLayout, layoutBody } from './body.ts';
import { readClosing } from './closing.ts';
import { createDirectoryIndex } from './directory.ts';
import type { TaskDraft } from './drafts.ts';
import { type FinaliseContext, finaliseTasks, toMention } from './finalise.ts';
import type { ConcluderProfile } from './forum.ts';
import { type HeaderPassage, readHeader } from './header.ts';
import { type ItemInfo, readItem } from './items.ts';
import { type Line, splitLines } from './lines.ts';
import { intakeText } from './normalise.ts';
import { tasksOfRegion } from './region-tasks.ts';
import { segmentDocument } from './segment.ts';
import { splitSentences } from './sentences.ts';
import { tasksOfTables } from './table-tasks.ts';
import type { AnnouncementHeader, ParseOptions, ParseResult, ParseWarning } from './types.ts';
import { warning } from './warnings.ts';

/** An item about carrying out the conclusions keeps its closing directives. */
const IMPLEMENTATION_HEADING =
  /^(?:Về\s+)?(?:tổ chức thực hiện|tổ chức triển khai|trách nhiệm thực hiện|phân công nhiệm vụ|giao nhiệm vụ)/iu;

/** The opening is read for the chair and the meeting date only this far. */
const MAX_OPENING_CHARS = 3000;

function emptyHeader(): AnnouncementHeader {
  return {
    issuer: null,
    number: null,
    place: null,
    issued: null,
    documentType: null,
    summary: null,
    meetingDate: null,
    chair: null,
    chairTitle: null,
  };
}

function emptyResult(text: string, warnings: ParseWarning[]): ParseResult {
  return {
    text,
    header: emptyHeader(),
    items: [],
    tasks: [],
    recipients: [],
    signingAuthority: [],
    signer: null,
    warnings,
  };
}

/** Sentences of the opening paragraphs, for the chair and the meeting date. */
function openingPassages(text: string, layout: BodyLayout): HeaderPassage[] {
  const blocks =
    layout.opening.length > 0
      ? layout.opening
      : [...layout.preamble, ...(layout.items[0]?.blocks ?? [])].slice(0, 2);
  const passages = blocks.flatMap((block) => {
    const end = Math.min(block.line.end, block.contentStart + MAX_OPENING_CHARS);
    return splitSentences(text.slice(block.contentStart, end), block.contentStart).map((s) => ({
      text: text.slice(s.start, s.end),
      start: s.start,
      isSummary: false,
    }));
  });
  return passages.slice(0, 12);
}

function concluderProfile(header: AnnouncementHeader): ConcluderProfile {
  const signals = `${header.chairTitle?.value ?? ''} ${header.summary?.value ?? ''} ${header.number?.value ?? ''}`;
  return {
    government: /Thủ tướng|VPCP/u.test(signals),
    ministry: /Bộ trưởng|Thứ trưởng/u.test(signals),
  };
}

function checkAnnouncement(
  text: string,
  header: AnnouncementHeader,
  warnings: ParseWarning[],
): void {
  const type = header.documentType?.value ?? '';
  const saysConclusion =
    /kết luận/iu.test(header.summary?.value ?? '') || /kết luận/iu.test(text.slice(0, 3000));
  if ((type && type !== 'THÔNG BÁO' && type !== 'KẾT LUẬN') || (!type && !saysConclusion)) {
    warnings.push(warning('not-an-announcement', header.documentType?.span, type || undefined));
  }
}

function regionTasks(
  text: string,
  layout: BodyLayout,
  items: ItemInfo[],
  agencies: AgencyContext,
  profile: ConcluderProfile,
) {
  const base = { text, agencies, profile };
  const outside = tasksOfRegion(
    { item: null, presenter: null, blocks: layout.preamble, skipUntil: 0 },
    base,
  ).drafts;
  const inside: TaskDraft[] = [];
  for (const [position, info] of items.entries()) {
    const { drafts, itemPoints } = tasksOfRegion(
      {
        item: info.item.index.value,
        presenter: info.presenter,
        blocks: info.taskBlocks,
        skipUntil: info.skipUntil,
      },
      base,
    );
    info.item.revisionPoints.push(...itemPoints, ...drafts.flatMap((d) => d.revisionPoints));
    const last =
      position === items.length - 1 && !IMPLEMENTATION_HEADING.test(info.item.title.value);
    for (const draft of drafts) if (draft.closing && (info.presenter || last)) draft.item = null;
    inside.push(...drafts);
  }
  return [...outside, ...inside];
}

/**
 * Parses a Vietnamese conclusion announcement (Thông báo kết luận). Never throws: whatever is
 * found comes back with its span and confidence, and problems come back as warnings.
 */
export function parseAnnouncement(input: string, options: ParseOptions = {}): ParseResult {
  const raw = typeof input === 'string' ? input : String(input ?? '');
  const { text, warnings } = intakeText(raw);
  if (text.trim() === '') {
    warnings.push(warning('empty-input'));
    return emptyResult(text, warnings);
  }
  const lines: Line[] = splitLines(text);
  const layout = segmentDocument(lines);
  const body = layoutBody(layout.body);
  const header = readHeader(text, layout, openingPassages(text, body), warnings);
  const directory = options.directory?.length ? createDirectoryIndex(options.directory) : null;
  const agencies: AgencyContext = {
    text,
    directory,
    aliases: collectAliases(text, { text, directory }),
  };
  const items = body.items.map((region) => readItem(text, region, agencies));
  const profile = concluderProfile(header);
  const drafts = [
    ...regionTasks(text, body, items, agencies, profile),
    ...tasksOfTables([...layout.body, ...layout.appendix], agencies),
  ];
  const finalise: FinaliseContext = {
    issued: header.issued?.value ?? null,
    calendar: options.calendar ?? null,
    reading: options.deadlineReading ?? 'strict',
    directory,
    warnings,
    reported: new Set(),
  };
  for (const info of items) {
    if (info.presenter)
      info.item.presenter = toMention(info.presenter, finalise, info.item.presenter?.confidence);
  }
  const tasks = finaliseTasks(drafts, finalise);
  const closing = readClosing(layout.closing);
  checkAnnouncement(text, header, warnings);
  if (items.length === 0 && tasks.length === 0) warnings.push(warning('no-tasks'));
  if (!closing.signer) warnings.push(warning('no-signer'));
  return { text, header, items: items.map((info) => info.item), tasks, ...closing, warnings };
}
