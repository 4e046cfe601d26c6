/**
 * Tasks of one region (an item, or the blocks outside items): paragraphs are read sentence by
 * sentence; a list introduced by ":" is folded into the task that introduced it (or kept as
 * the item's revision points) unless a line of it starts with an agency told to act; a
 * revision request without a deadline is folded into the same owner's later task.
 *
 * @module
 */
import type { AgencyContext, AgencyMatch } from './agencies.ts';
import type { Block } from './body.ts';
import { analyseClause, startsWithAssignment } from './clauses.ts';
import { foldName } from './directory.ts';
import { type DraftContext, draftsOfUnit, type TaskDraft } from './drafts.ts';
import { field } from './lines.ts';
import { type Range, splitClauses, splitSentences } from './sentences.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Field } from './types.ts';
import { unitsOfSentence } from './units.ts';

/** A region to read tasks from. */
export interface Region {
  item: string | null;
  presenter: AgencyMatch | null;
  blocks: readonly Block[];
  /** Sentences ending at or before this offset are skipped (the presenter's own report). */
  skipUntil: number;
}

/** Tasks of a region and the revision points not attached to any task. */
export interface RegionTasks {
  drafts: TaskDraft[];
  itemPoints: Field<string>[];
}

interface ListState {
  /** The tasks whose list this is; empty for the item's own list. */
  tasks: TaskDraft[];
  /** The list gives the duties of a bare subject ("Giao các chủ đầu tư:"), one line each. */
  duties: boolean;
}

const LIST_DIRECTIVE = /(?:^|\s)(?:giao|yêu cầu|đề nghị|phân công|nhiệm vụ)(?:\s|:|$)/iu;

function contentOf(block: Block): Range {
  return { start: block.contentStart, end: block.line.end };
}

/** Tokens of the first clause of a block. */
function firstClauseTokens(text: string, block: Block): Token[] {
  const range = contentOf(block);
  const sentence = splitSentences(text.slice(range.start, range.end), range.start)[0];
  const clause = sentence ? splitClauses(text, sentence)[0] : undefined;
  return clause ? tokenize(text.slice(clause.start, clause.end), clause.start) : [];
}

/** Whether a block ends a folded list: a line that names who must act. */
function endsList(text: string, block: Block, agencies: AgencyContext): boolean {
  const tokens = firstClauseTokens(text, block);
  if (block.kind !== 'paragraph') return startsWithAssignment(tokens, agencies);
  const kind = analyseClause(tokens, agencies).kind;
  return kind !== 'continuation' && kind !== 'foreign' && kind !== 'deadline';
}

interface BlockTasks {
  drafts: TaskDraft[];
  /** The draft(s) the block's text ended in (its last clause belongs to them). */
  open: TaskDraft[];
}

/** Whether drafts were made from a subject alone ("Giao các chủ đầu tư:"), with no duty yet. */
function isBareSubject(drafts: readonly TaskDraft[]): boolean {
  return (
    drafts.length > 0 &&
    drafts.every((d) => !d.deadlineText && d.actionParts.every((p) => !p.value))
  );
}

/** Folds a subject-less unit's drafts into the previous drafts (action, and deadline if none). */
function foldInto(previous: readonly TaskDraft[], made: readonly TaskDraft[]): void {
  const source = made[0];
  if (!source) return;
  for (const draft of previous) {
    draft.actionParts.push(...source.actionParts);
    draft.deadlineText ??= source.deadlineText;
    draft.forum ??= source.forum;
  }
}

/**
 * Tasks of one paragraph or bullet. `inherited` are the drafts of a subject that introduced
 * this line ("Giao các chủ đầu tư:" above "- Đẩy nhanh …"); a line without a subject continues
 * them.
 */
function tasksOfBlock(
  block: Block,
  region: Region,
  ctx: DraftContext,
  inherited: TaskDraft[] = [],
): BlockTasks {
  const { text } = ctx;
  const range = contentOf(block);
  const drafts: TaskDraft[] = [];
  let carried: AgencyMatch[] | null = inherited.length > 0 ? inherited.map((d) => d.owner) : null;
  let lastDrafts: TaskDraft[] = inherited;
  for (const sentence of splitSentences(text.slice(range.start, range.end), range.start)) {
    if (sentence.end <= region.skipUntil) continue;
    const { units, open } = unitsOfSentence(text, sentence, ctx.agencies, carried);
    for (const unit of units) {
      const made = draftsOfUnit(unit, ctx);
      if (
        unit.continuesPrevious &&
        lastDrafts.length > 0 &&
        (!unit.deadline || isBareSubject(lastDrafts))
      ) {
        foldInto(lastDrafts, made);
        continue;
      }
      drafts.push(...made);
      lastDrafts = made;
    }
    carried = open ? open.owners : null;
    if (!open) lastDrafts = [];
  }
  return { drafts, open: carried ? lastDrafts : [] };
}

function pointOf(text: string, block: Block): Field<string> {
  const range = contentOf(block);
  return field(text.slice(range.start, range.end).trim(), [range.start, range.end], 0.7);
}

/** Folds a revision request without a deadline into the same owner's later task. */
function mergeRevisionRequests(drafts: TaskDraft[], presenter: AgencyMatch | null): TaskDraft[] {
  const presenterKey = presenter ? foldName(presenter.name) : null;
  const laterByOwner = new Map<string, TaskDraft>();
  const kept: TaskDraft[] = [];
  for (let i = drafts.length - 1; i >= 0; i -= 1) {
    const draft = drafts[i] as TaskDraft;
    const ownerKey = foldName(draft.owner.name);
    const key = `${draft.item ?? ''}|${ownerKey}`;
    const later = laterByOwner.get(key);
    const revisionLike =
      draft.ownerReference !== null ||
      draft.introducesList ||
      draft.revisionPoints.length > 0 ||
      ownerKey === presenterKey;
    if (later && !draft.deadlineText && revisionLike) {
      later.actionParts.unshift(...draft.actionParts);
      later.revisionPoints.unshift(...draft.revisionPoints);
      continue;
    }
    laterByOwner.set(key, draft);
    kept.unshift(draft);
  }
  return kept;
}

/** Attaches the item's own revision points to the presenter's first task, if any. */
function attachItemPoints(
  drafts: TaskDraft[],
  points: Field<string>[],
  presenter: AgencyMatch | null,
): void {
  if (points.length === 0 || !presenter) return;
  const key = foldName(presenter.name);
  const target = drafts.find((d) => foldName(d.owner.name) === key);
  if (target) target.revisionPoints.push(...points);
}

/** Reads the tasks of a region. */
export function tasksOfRegion(
  region: Region,
  base: Omit<DraftContext, 'presenter' | 'item'>,
): RegionTasks {
  const ctx: DraftContext = { ...base, presenter: region.presenter, item: region.item };
  const drafts: TaskDraft[] = [];
  const itemPoints: Field<string>[] = [];
  let list: ListState | null = null;
  for (const block of region.blocks) {
    if (block.kind === 'table') continue;
    if (list?.duties && block.kind !== 'paragraph' && !endsList(ctx.text, block, ctx.agencies)) {
      const { drafts: made, open } = tasksOfBlock(block, region, ctx, list.tasks);
      drafts.push(...made);
      if (open.length > 0) list.tasks = open;
      continue;
    }
    if (list && !list.duties && !endsList(ctx.text, block, ctx.agencies)) {
      const point = pointOf(ctx.text, block);
      if (list.tasks.length === 0) itemPoints.push(point);
      for (const task of list.tasks) task.revisionPoints.push(point);
      continue;
    }
    list = null;
    const { drafts: made, open } = tasksOfBlock(block, region, ctx);
    drafts.push(...made);
    const blockText = ctx.text.slice(block.contentStart, block.line.end).trimEnd();
    if (!blockText.endsWith(':')) continue;
    if (open.length > 0) list = { tasks: open, duties: isBareSubject(open) };
    else if (!LIST_DIRECTIVE.test(blockText.slice(-200))) list = { tasks: [], duties: false };
  }
  const merged = mergeRevisionRequests(drafts, region.presenter);
  attachItemPoints(merged, itemPoints, region.presenter);
  return { drafts: merged, itemPoints };
}
