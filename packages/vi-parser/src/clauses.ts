/**
 * Clause analysis: who is told to do what. A clause is an assignment when an agency (or a
 * list of agencies) stands at a subject position and a duty verb follows:
 *
 *   clause  := opener? (concluder? directive)? agency-list ("(" … ")")? ":"? duty-predicate
 *   opener  := "Qua thảo luận," | "Khi …," | "Đồng thời," | "<topic>:" | …
 *   directive := giao | yêu cầu | đề nghị | chỉ đạo | …
 *
 * Clauses without a subject continue the previous one ("…; đồng thời chủ động phối hợp …").
 *
 * @module
 */
import { type AgencyContext, type AgencyMatch, scanAgency, scanAgencyList } from './agencies.ts';
import { findDeadlinePhrases } from './deadline-phrases.ts';
import { foldName } from './directory.ts';
import {
  AMBIGUOUS_VERBS,
  CONTINUATION_TRIE,
  DIRECTIVE_TRIE,
  NAME_STOP_WORDS,
  NON_DUTY_TRIE,
  OPENER_TRIE,
  VERB_TRIE,
} from './lexicon.ts';
import type { Token } from './tokens.ts';

/** What a clause is. */
export type ClauseKind =
  | 'assignment'
  | 'continuation'
  | 'deadline'
  | 'concluder'
  | 'generic'
  | 'statement'
  | 'impersonal'
  | 'foreign';

/** Result of {@link analyseClause}. */
export interface ClauseAnalysis {
  kind: ClauseKind;
  owners: AgencyMatch[];
  /** Token index where the predicate (the duty) starts. */
  predicate: number;
  /** The owner list was followed by ":" ("Phòng Kinh tế: Chủ trì …"). */
  colonForm: boolean;
  /** A directive ("giao", "yêu cầu", "đề nghị") introduced the owners. */
  directive: boolean;
}

const MAX_SUBJECT_SEARCH = 45;
const CONCLUDER =
  /^(?:phó )?(?:chủ tịch )?(?:ủy ban nhân dân|ban nhân dân) (?:tỉnh|huyện|xã|thành phố|quận|thị xã|phường|thị trấn|đặc khu)$|^(?:phó )?thủ tướng(?: chính phủ)?$|^(?:bộ trưởng|thứ trưởng|chính phủ)$/u;

/** Whether an agency is the body that concludes (the UBND itself, its chair, the PM). */
export function isConcluder(name: string): boolean {
  return CONCLUDER.test(foldName(name));
}

function result(
  kind: ClauseKind,
  owners: AgencyMatch[] = [],
  predicate = 0,
  flags: { colonForm?: boolean; directive?: boolean } = {},
): ClauseAnalysis {
  return {
    kind,
    owners,
    predicate,
    colonForm: flags.colonForm ?? false,
    directive: flags.directive ?? false,
  };
}

/**
 * A group qualified by "có …" keeps the qualifier ("UBND các huyện có nhiều diện tích rừng
 * kiện toàn …"): the last owner is extended up to the duty verb, if one follows closely.
 */
function extendGroupQualifier(
  tokens: readonly Token[],
  owners: AgencyMatch[],
  ctx: AgencyContext,
): void {
  const last = owners[owners.length - 1] as AgencyMatch;
  if (!last.isGroup || tokens[last.end]?.lower !== 'có') return;
  for (let j = last.end + 1; j < Math.min(tokens.length, last.end + 10); j += 1) {
    const token = tokens[j] as Token;
    if (!token.isWord) return;
    const verb = token.isCapitalised ? null : VERB_TRIE.match(tokens, j);
    if (verb && !AMBIGUOUS_VERBS.has(verb.value)) {
      const end = (tokens[j - 1] as Token).end;
      owners[owners.length - 1] = {
        ...last,
        end: j,
        name: ctx.text.slice(last.span[0], end),
        span: [last.span[0], end],
      };
      return;
    }
  }
}

/** Skips "(…)" and "theo chức năng, nhiệm vụ (được giao)" after the subject. */
function skipSubjectTrailers(tokens: readonly Token[], k0: number): number {
  let k = k0;
  if (tokens[k]?.text === '(') {
    let depth = 0;
    for (let j = k; j < tokens.length && j < k + 40; j += 1) {
      if (tokens[j]?.text === '(') depth += 1;
      if (tokens[j]?.text === ')') depth -= 1;
      if (depth === 0) {
        k = j + 1;
        break;
      }
    }
  }
  if (
    tokens[k]?.lower === 'theo' &&
    tokens[k + 1]?.lower === 'chức' &&
    tokens[k + 2]?.lower === 'năng'
  ) {
    let j = k + 3;
    while (j < tokens.length && j < k + 10 && !VERB_TRIE.match(tokens, j)) j += 1;
    k = j;
  }
  if (tokens[k]?.text === ',') k += 1;
  return k;
}

function predicateStarts(tokens: readonly Token[], k: number, relaxed: boolean): boolean {
  const token = tokens[k];
  if (!token?.isWord) return false;
  if (VERB_TRIE.match(tokens, k)) return true;
  return (
    relaxed &&
    !token.isCapitalised &&
    !NAME_STOP_WORDS.has(token.lower) &&
    !NON_DUTY_TRIE.match(tokens, k)
  );
}

const REPORTED_CONTENT = new Set([
  'tình',
  'tiến',
  'dự',
  'về',
  'nội',
  'các',
  'một',
  'những',
  'kết',
  ':',
]);
const RECIPIENT =
  /(?:UBND|Ủy ban|Uỷ ban|Chủ tịch|Thủ tướng|Bộ trưởng|Thường trực|Ban Thường vụ|HĐND|Sở|Bộ)\s/u;

/**
 * "Sở X báo cáo tình hình …" tells what was reported at the meeting; a duty to report names a
 * recipient or a deadline ("báo cáo UBND tỉnh trước ngày …").
 */
function isNarrativeReport(tokens: readonly Token[], p: number, ctx: AgencyContext): boolean {
  const verb = VERB_TRIE.match(tokens, p);
  const reports =
    verb?.value === 'báo cáo' || (tokens[p]?.lower === 'trình' && tokens[p + 1]?.lower === 'bày');
  if (
    !reports ||
    !REPORTED_CONTENT.has(tokens[p + (verb?.value === 'báo cáo' ? 2 : 2)]?.lower ?? '')
  )
    return false;
  const last = tokens[tokens.length - 1] as Token;
  const rest = ctx.text.slice((tokens[p] as Token).start, last.end);
  return !RECIPIENT.test(rest) && findDeadlinePhrases(rest).length === 0;
}

/** Reads a subject at token `i`; null when none stands there. */
function subjectAt(tokens: readonly Token[], i: number, ctx: AgencyContext): ClauseAnalysis | null {
  let k = i;
  let directive = false;
  const lead = scanAgency(tokens, k, ctx);
  if (lead && lead.kind !== 'reference' && isConcluder(lead.name)) {
    const said = DIRECTIVE_TRIE.match(tokens, lead.end);
    if (!said) return result('concluder');
    k = lead.end + said.length;
    directive = true;
  } else {
    const said = DIRECTIVE_TRIE.match(tokens, k);
    if (said) {
      k += said.length;
      directive = true;
    }
  }
  const owners = scanAgencyList(tokens, k, ctx);
  if (owners.length === 0) return directive ? result('impersonal') : null;
  extendGroupQualifier(tokens, owners, ctx);
  let p = skipSubjectTrailers(tokens, (owners[owners.length - 1] as AgencyMatch).end);
  const colonForm = tokens[p]?.text === ':';
  if (colonForm) p += 1;
  if (colonForm && p >= tokens.length)
    return result('assignment', owners, p, { colonForm, directive });
  if (!colonForm && !VERB_TRIE.match(tokens, p) && NON_DUTY_TRIE.match(tokens, p))
    return result('statement');
  if (!predicateStarts(tokens, p, directive || colonForm)) return null;
  if (!directive && isNarrativeReport(tokens, p, ctx)) return result('statement');
  const owning = owners.filter((o) => o.kind === 'reference' || !isConcluder(o.name));
  if (owning.length === 0) return result('concluder');
  if (owning.every((o) => o.isGeneric)) return result('generic');
  return result('assignment', owning, p, { colonForm, directive });
}

/** Token positions after an opener's commas, or after a topic's colon. */
function laterSubjectPositions(tokens: readonly Token[]): number[] {
  const positions: number[] = [];
  const limit = Math.min(tokens.length, MAX_SUBJECT_SEARCH);
  const opens = OPENER_TRIE.match(tokens, 0) !== null;
  for (let k = 1; k < limit; k += 1) {
    const text = tokens[k]?.text;
    if ((opens && text === ',') || (text === ':' && tokens[k + 1]?.isCapitalised))
      positions.push(k + 1);
  }
  return positions;
}

/** Analyses the clause made of `tokens`. */
export function analyseClause(tokens: readonly Token[], ctx: AgencyContext): ClauseAnalysis {
  if (tokens.length === 0) return result('foreign');
  const direct = subjectAt(tokens, 0, ctx);
  if (direct) return direct;
  for (const position of laterSubjectPositions(tokens)) {
    const found = subjectAt(tokens, position, ctx);
    if (found) return found;
  }
  if (CONTINUATION_TRIE.match(tokens, 0) || VERB_TRIE.match(tokens, 0))
    return result('continuation', [], 0);
  const first = tokens[0] as Token;
  if (first.lower === 'thời' && (tokens[1]?.lower === 'hạn' || tokens[1]?.lower === 'gian')) {
    return result('deadline');
  }
  return result('foreign');
}

/** Whether a clause starts directly with an agency that is told to act (no opener). */
export function startsWithAssignment(tokens: readonly Token[], ctx: AgencyContext): boolean {
  return subjectAt(tokens, 0, ctx)?.kind === 'assignment';
}
