/**
 * Turns task drafts into the public {@link AnnouncementTask} shape: deadlines read in both
 * readings, directory ids attached, warnings raised (year inferred, no calendar, agency not in
 * the directory, unresolved reference).
 *
 * @module
 */
import type { AgencyMatch } from './agencies.ts';
import { parseDeadline } from './deadline.ts';
import type { DirectoryIndex } from './directory.ts';
import type { TaskDraft } from './drafts.ts';
import { field } from './lines.ts';
import type {
  AgencyMention,
  AnnouncementTask,
  DeadlineReading,
  Field,
  ParseWarning,
  Span,
  WorkCalendarLike,
} from './types.ts';
import { warning } from './warnings.ts';

/** Settings and collectors for finalisation. */
export interface FinaliseContext {
  issued: string | null;
  calendar: WorkCalendarLike | null;
  reading: DeadlineReading;
  directory: DirectoryIndex | null;
  warnings: ParseWarning[];
  /** Names already reported as missing from the directory (each is reported once). */
  reported: Set<string>;
  /** Set once the missing-calendar warning has been given. */
  calendarWarned?: boolean;
}

const OWNER_CONFIDENCE: Record<string, number> = {
  directory: 0.95,
  alias: 0.85,
  reference: 0.6,
  leader: 0.8,
  group: 0.8,
};

/** An agency mention with its directory id; warns once per unknown name. */
export function toMention(
  match: AgencyMatch,
  ctx: FinaliseContext,
  confidence = OWNER_CONFIDENCE[match.kind] ?? 0.85,
): Field<AgencyMention> {
  const { reported } = ctx;
  const orgId = ctx.directory?.lookup(match.name) ?? null;
  const checkable =
    ctx.directory && !match.isGroup && match.kind !== 'leader' && match.kind !== 'reference';
  if (checkable && orgId === null && !reported.has(match.name)) {
    reported.add(match.name);
    ctx.warnings.push(warning('agency-not-in-directory', match.span, match.name));
  }
  return field(
    { name: match.name, orgId, isGroup: match.isGroup },
    match.span,
    orgId ? 0.95 : confidence,
  );
}

function deadlineFields(draft: TaskDraft, ctx: FinaliseContext) {
  if (!draft.deadlineText) {
    return {
      deadlineText: null,
      deadlineKind: null,
      readings: { strict: null, inclusive: null },
      deadline: null,
    };
  }
  const written = draft.deadlineText;
  const parsed = parseDeadline(written.text, { issued: ctx.issued, calendar: ctx.calendar });
  const at = parsed.text === null ? -1 : written.text.indexOf(parsed.text);
  const span: Span =
    at < 0
      ? written.span
      : [written.span[0] + at, written.span[0] + at + (parsed.text as string).length];
  if (parsed.yearInferred) ctx.warnings.push(warning('deadline-without-year', span, written.text));
  if (parsed.unresolved) ctx.warnings.push(warning('deadline-unresolved', span, written.text));
  if (parsed.calendarMissing && !ctx.calendarWarned) {
    ctx.calendarWarned = true;
    ctx.warnings.push(warning('no-calendar', span));
  }
  const chosen = ctx.reading === 'inclusive' ? parsed.inclusive : parsed.strict;
  const confidence = parsed.yearInferred || parsed.calendarMissing ? 0.7 : 0.9;
  return {
    deadlineText: parsed.text === null ? null : field(parsed.text, span, 0.9),
    deadlineKind: parsed.kind,
    readings: { strict: parsed.strict, inclusive: parsed.inclusive },
    deadline: chosen ? field(chosen, span, confidence) : null,
  };
}

/** Strips list openers ("như sau", "một số nội dung sau") and the "./." end mark. */
function tidyAction(value: string): string {
  // Only the end can hold the opener; the bounded tail keeps the end-anchored patterns linear.
  const cut = Math.max(0, value.length - 60);
  const tail = value
    .slice(cut)
    .replace(/[\s,]*(?:(?:các|một số)\s+)?(?:nội dung\s+)?(?:như\s+)?sau\s*$/u, '')
    .replace(/[\s./]+$/u, '');
  return (value.slice(0, cut) + tail).trim();
}

function actionOf(draft: TaskDraft): Field<string> {
  const written = draft.actionParts.map((part) => tidyAction(part.value)).filter(Boolean);
  const parts =
    written.length > 0 ? written : draft.revisionPoints.map((point) => tidyAction(point.value));
  const main = draft.actionParts[draft.actionParts.length - 1] ?? field('', draft.owner.span, 0);
  const value = parts
    .map((part, i) => (i === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1)))
    .join('; ');
  return field(value, main.span, main.confidence);
}

/** Finalises drafts (in order) into tasks. */
export function finaliseTasks(
  drafts: readonly TaskDraft[],
  ctx: FinaliseContext,
): AnnouncementTask[] {
  return drafts.map((draft) => {
    if (draft.owner.kind === 'reference') {
      ctx.warnings.push(warning('unresolved-reference', draft.owner.span, draft.owner.name));
    }
    const dates = deadlineFields(draft, ctx);
    const owner = toMention(draft.owner, ctx, draft.ownerReference ? 0.75 : undefined);
    return {
      item: draft.item,
      owner,
      ownerReference: draft.ownerReference,
      ownerGroup: draft.owner.isGroup,
      coordinators: draft.coordinators.map((c) => toMention(c, ctx)),
      action: actionOf(draft),
      deadlineText: dates.deadlineText,
      deadlineKind: dates.deadlineKind,
      deadlineReadings: dates.readings,
      deadline: dates.deadline,
      forum: draft.forum,
      revisionPoints: draft.revisionPoints,
    };
  });
}
