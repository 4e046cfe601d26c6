/**
 * Task drafts: an assignment unit turned into one draft per owner, with coordinators
 * ("phối hợp với …"), the action, the deadline phrase and the forum. References to the
 * presenter ("Cơ quan chủ trì") are resolved here.
 *
 * @module
 */
import { type AgencyContext, type AgencyMatch, scanAgency, scanAgencyList } from './agencies.ts';
import { foldName } from './directory.ts';
import { type ConcluderProfile, findForum } from './forum.ts';
import { field } from './lines.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Field, Span } from './types.ts';
import type { Unit } from './units.ts';

/** A task before dates, directory ids and output shape are settled. */
export interface TaskDraft {
  item: string | null;
  owner: AgencyMatch;
  ownerReference: Field<string> | null;
  coordinators: AgencyMatch[];
  /** Action parts; merged revision tasks add theirs in front. */
  actionParts: Field<string>[];
  deadlineText: { text: string; span: Span } | null;
  forum: Field<string> | null;
  revisionPoints: Field<string>[];
  /** The clause ends with ":" and introduces a list ("… như sau:"). */
  introducesList: boolean;
  /** A closing directive ("Thủ trưởng các sở … tổ chức thực hiện", "Văn phòng … theo dõi"). */
  closing: boolean;
}

/** What drafting needs from the surroundings. */
export interface DraftContext {
  text: string;
  agencies: AgencyContext;
  profile: ConcluderProfile;
  /** The presenter of the item the unit is in, for references. */
  presenter: AgencyMatch | null;
  item: string | null;
}

const FOLLOW_UP = /^(?:thường xuyên\s+)?(?:theo dõi|đôn đốc)/iu;

/** Replaces a reference ("Cơ quan chủ trì") by the presenter; keeps it when there is none. */
export function resolveReference(
  match: AgencyMatch,
  presenter: AgencyMatch | null,
): { agency: AgencyMatch; reference: Field<string> | null } {
  if (match.kind !== 'reference') return { agency: match, reference: null };
  const reference = field(match.name, match.span, 0.9);
  if (!presenter) return { agency: match, reference };
  return { agency: { ...presenter, span: match.span }, reference };
}

/** Coordinators named after "phối hợp (…) với" in the tokens. */
function coordinatorsIn(tokens: readonly Token[], ctx: DraftContext): AgencyMatch[] {
  const found: AgencyMatch[] = [];
  for (let k = 0; k < tokens.length - 1; k += 1) {
    if (tokens[k]?.lower !== 'phối' || tokens[k + 1]?.lower !== 'hợp') continue;
    let start = -1;
    for (let j = k + 2; j < Math.min(tokens.length, k + 10); j += 1) {
      const token = tokens[j] as Token;
      if (token.text === ';' || token.text === '.') break;
      if (token.lower === 'với') {
        start = j + 1;
        break;
      }
    }
    if (start < 0 && scanAgency(tokens, k + 2, ctx.agencies)) start = k + 2;
    if (start >= 0) {
      for (const agency of scanAgencyList(tokens, start, ctx.agencies)) {
        found.push(resolveReference(agency, ctx.presenter).agency);
      }
    }
  }
  return found;
}

function uniqueCoordinators(list: readonly AgencyMatch[], owner: AgencyMatch): AgencyMatch[] {
  const seen = new Set([foldName(owner.name)]);
  const out: AgencyMatch[] = [];
  for (const agency of list) {
    const key = foldName(agency.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(agency);
  }
  return out;
}

/** Condenses the unit's text into an action: no deadline, no "để trình …", no inline list. */
function actionOf(
  text: string,
  unit: Unit,
  forum: Field<string> | null,
): { action: Field<string>; points: Field<string>[] } {
  const first = unit.ranges[0] as { start: number; end: number };
  const last = unit.ranges[unit.ranges.length - 1] as { start: number; end: number };
  const start = Math.max(unit.actionStart, first.start);
  let raw = text.slice(start, last.end);
  const points: Field<string>[] = [];
  const list = /:\s*(?=\p{Ll})/u.exec(raw);
  if (list) {
    let offset = start + list.index + list[0].length;
    for (const part of raw.slice(list.index + list[0].length).split(';')) {
      const value = part.trim().replace(/[.;]+$/u, '');
      if (value) points.push(field(value, [offset, offset + part.length], 0.7));
      offset += part.length + 1;
    }
    raw = raw.slice(0, list.index);
  }
  if (unit.deadline) raw = raw.replace(unit.deadline.text, ' ');
  if (forum) raw = raw.replace(new RegExp(`để\\s+trình\\s+${escapeRegExp(forum.value)}`, 'u'), ' ');
  const cleaned = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/u, '')
    .replace(/^[\s,;:]+/u, '')
    .replace(/\s+,/g, ',');
  const value = cleaned ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : '';
  return { action: field(value, [start, last.end], 0.6), points };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function forumOf(text: string, unit: Unit, profile: ConcluderProfile): Field<string> | null {
  for (const range of unit.ranges) {
    const clause = text.slice(range.start, range.end);
    const exclude =
      unit.deadline && unit.deadline.start >= range.start && unit.deadline.end <= range.end
        ? { start: unit.deadline.start - range.start, end: unit.deadline.end - range.start }
        : null;
    const forum = findForum(clause, profile, exclude);
    if (forum)
      return field(forum.value, [range.start + forum.start, range.start + forum.end], 0.75);
  }
  return null;
}

/** One draft per owner of `unit`. */
export function draftsOfUnit(unit: Unit, ctx: DraftContext): TaskDraft[] {
  const { text } = ctx;
  const tokens = unit.ranges.flatMap((range) =>
    tokenize(text.slice(range.start, range.end), range.start),
  );
  const coordinators = coordinatorsIn(tokens, ctx);
  const forum = forumOf(text, unit, ctx.profile);
  const { action, points } = actionOf(text, unit, forum);
  const last = unit.ranges[unit.ranges.length - 1] as { start: number; end: number };
  const introducesList = text.slice(last.start, last.end).trimEnd().endsWith(':');
  return unit.owners.map((written) => {
    const { agency, reference } = resolveReference(written, ctx.presenter);
    const closing =
      written.kind === 'leader' ||
      (/^(?:Văn phòng|VP)\s/u.test(agency.name) && FOLLOW_UP.test(action.value));
    return {
      item: ctx.item,
      owner: agency,
      ownerReference: reference,
      coordinators: uniqueCoordinators(coordinators, agency),
      actionParts: [action],
      deadlineText: unit.deadline
        ? { text: unit.deadline.text, span: [unit.deadline.start, unit.deadline.end] }
        : null,
      forum,
      revisionPoints: [...points],
      introducesList,
      closing,
    };
  });
}
