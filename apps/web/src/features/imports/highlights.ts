/**
 * Turns a draft into highlights over its source text: every field with a span becomes a mark
 * that belongs to a group (the header, an item, a task), so selecting a task lights up where
 * its owner, action and deadline were read.
 * @module
 */
import type { ImportDraft } from '@ketluan/contracts';

export type HighlightKind =
  | 'header'
  | 'title'
  | 'owner'
  | 'action'
  | 'deadline'
  | 'forum'
  | 'point'
  | 'other'
  | 'warning';

export interface Highlight {
  start: number;
  end: number;
  group: string;
  kind: HighlightKind;
  label: string;
}

type Spanned = { span: readonly [number, number] | null } | null | undefined;

function add(out: Highlight[], f: Spanned, group: string, kind: HighlightKind, label: string) {
  if (!f?.span) return;
  const [start, end] = f.span;
  if (end > start) out.push({ start, end, group, kind, label });
}

export const taskGroup = (i: number) => `task:${i}`;
export const itemGroup = (i: number) => `item:${i}`;

export function highlightsOf(draft: ImportDraft): Highlight[] {
  const out: Highlight[] = [];
  const h = draft.header;
  for (const [key, f] of Object.entries(h)) add(out, f, `header:${key}`, 'header', key);
  draft.items.forEach((item, i) => {
    const g = itemGroup(i);
    add(out, item.index, g, 'title', 'index');
    add(out, item.title, g, 'title', 'title');
    add(out, item.presenter, g, 'owner', 'presenter');
    add(out, item.verdict, g, 'other', 'verdict');
    add(out, item.nextForum, g, 'forum', 'nextForum');
  });
  draft.tasks.forEach((task, i) => {
    const g = taskGroup(i);
    add(out, task.action, g, 'action', 'action');
    add(out, task.owner, g, 'owner', 'owner');
    add(out, task.ownerReference, g, 'owner', 'ownerReference');
    for (const c of task.coordinators) add(out, c, g, 'owner', 'coordinator');
    add(out, task.deadlineText, g, 'deadline', 'deadline');
    add(out, task.forum, g, 'forum', 'forum');
  });
  for (const [i, r] of draft.recipients.entries())
    add(out, r, `recipient:${i}`, 'other', 'recipient');
  add(out, draft.signer, 'header:signer', 'header', 'signer');
  return out;
}

export interface Segment {
  text: string;
  start: number;
  /** The innermost highlight covering the segment, if any. */
  mark: Highlight | null;
  /** Every group covering the segment (a task's action covers its owner and deadline). */
  groups: string[];
}

/** Cuts `text` at every highlight boundary. */
export function segment(text: string, highlights: Highlight[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    const mark = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
    out.push({
      text: text.slice(start, end),
      start,
      mark,
      groups: [...new Set(covering.map((c) => c.group))],
    });
  }
  return out;
}
