/**
 * A first draft of the announcement, composed from the meeting: opening paragraph, one section
 * per item (heading, conclusion, revision points, task sentences), tasks outside any item,
 * the closing directive, and default recipients. Pure: the service reads the data first.
 * @module
 */
import type { AnnouncementContent, DocBlock, DocRun, Meeting, Recipient } from '@ketluan/contracts';
import { pushListItem, textToBlocks } from './blocks.ts';
import {
  closingDirective,
  headingNote,
  openingSentence,
  revisionIntro,
  summaryLine,
  taskSentence,
  verdictSentence,
  withoutFinalStop,
} from './wording.ts';

/** A task of the meeting as composing needs it. */
export interface DraftTask {
  id: string;
  itemId: string | null;
  title: string;
  ownerOrgId: string;
  ownerName: string;
  coordinators: { orgId: string; name: string }[];
  deadlineText: string | null;
  forum: string | null;
}

/** The issuing body. */
export interface DraftBody {
  name: string;
  /** "UBND tỉnh". */
  shortName: string | null;
}

export interface ComposedDraft {
  summary: string;
  content: AnnouncementContent;
  recipients: Recipient[];
  archiveLine: string;
  signingAuthority: string[];
}

/** "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG": the Chief of Office signs conclusion notices by order. */
export const DEFAULT_AUTHORITY = ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'];
/** Records office (VT) and the drafting unit. */
export const DEFAULT_ARCHIVE = 'Lưu: VT, THNC';

const p = (text: string): DocBlock => ({ kind: 'paragraph', runs: [{ text }] });

function heading(label: string, item: Meeting['items'][number]): DocBlock {
  const runs: DocRun[] = [{ text: `${label}. ${withoutFinalStop(item.title)}` }];
  const note = headingNote(item.nextForum, item.appraiserName);
  if (note) runs.push({ text: ` ${note}` });
  if (item.presenterName) {
    runs.push(
      { text: ' (' },
      { text: `${item.presenterName} trình`, italic: true },
      { text: ').' },
    );
  } else {
    runs.push({ text: '.' });
  }
  return { kind: 'heading', runs };
}

function itemSection(
  label: string,
  item: Meeting['items'][number],
  tasks: DraftTask[],
  bodyShort: string,
): DocBlock[] {
  const blocks: DocBlock[] = [heading(label, item)];
  const conclusion = item.conclusionText?.trim()
    ? textToBlocks(item.conclusionText)
    : [verdictSentence(item.verdict, bodyShort, item.presenterName)]
        .filter((s) => s !== null)
        .map(p);
  blocks.push(...conclusion);
  if (item.revisionPoints.length) {
    const last = blocks.at(-1);
    const introduced =
      last?.kind === 'paragraph' && /:\s*$/.test(last.runs.map((r) => r.text).join(''));
    if (!introduced) blocks.push(p(revisionIntro(item.presenterName)));
    for (const point of item.revisionPoints) pushListItem(blocks, [{ text: point.text }]);
  }
  for (const t of tasks) blocks.push(p(sentenceOf(t, bodyShort)));
  return blocks;
}

const sentenceOf = (t: DraftTask, bodyShort: string) =>
  taskSentence(
    {
      title: t.title,
      ownerName: t.ownerName,
      coordinatorNames: t.coordinators.map((c) => c.name),
      deadlineText: t.deadlineText,
      forum: t.forum,
    },
    bodyShort,
  );

/** Owners and coordinators, each once, in the order the document names them. */
function concernedOrgs(meeting: Meeting, tasks: DraftTask[]): Recipient[] {
  const order = new Map(meeting.items.map((i, n) => [i.id, n]));
  const sorted = [...tasks].sort(
    (a, b) => (order.get(a.itemId ?? '') ?? 1e9) - (order.get(b.itemId ?? '') ?? 1e9),
  );
  const seen = new Map<string, Recipient>();
  for (const t of sorted) {
    for (const o of [{ orgId: t.ownerOrgId, name: t.ownerName }, ...t.coordinators]) {
      if (!seen.has(o.orgId)) seen.set(o.orgId, { text: o.name, orgId: o.orgId });
    }
  }
  return [...seen.values()];
}

/** Composes the draft of a meeting's announcement. */
export function composeDraft(meeting: Meeting, tasks: DraftTask[], body: DraftBody): ComposedDraft {
  const bodyShort = body.shortName ?? body.name;
  const blocks: DocBlock[] = [
    p(
      openingSentence({
        meetingTitle: meeting.title,
        meetingDate: meeting.meetingDate,
        chairName: meeting.chairName,
        chairTitle: meeting.chairTitle,
        bodyShort,
        bodyName: body.name,
      }),
    ),
  ];
  meeting.items.forEach((item, n) => {
    const label = item.indexLabel?.trim() || String(n + 1);
    blocks.push(
      ...itemSection(
        label,
        item,
        tasks.filter((t) => t.itemId === item.id),
        bodyShort,
      ),
    );
  });
  const itemIds = new Set(meeting.items.map((i) => i.id));
  for (const t of tasks.filter((t) => !t.itemId || !itemIds.has(t.itemId))) {
    blocks.push(p(sentenceOf(t, bodyShort)));
  }
  blocks.push(p(closingDirective(bodyShort, meeting.meetingDate)));
  return {
    summary: summaryLine(meeting.title, meeting.meetingDate),
    content: {
      issuingBody: body.name.toLocaleUpperCase('vi'),
      typeName: 'THÔNG BÁO',
      body: blocks,
    },
    recipients: [
      { text: `Chủ tịch, các Phó Chủ tịch ${bodyShort}`, orgId: null },
      ...concernedOrgs(meeting, tasks),
      { text: `C, PVP ${bodyShort}, các phòng CM, ĐV trực thuộc`, orgId: null },
    ],
    archiveLine: DEFAULT_ARCHIVE,
    signingAuthority: [...DEFAULT_AUTHORITY],
  };
}
