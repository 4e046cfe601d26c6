/**
 * Where an agency name starts and ends: head nouns and the name-part rules of the agency
 * grammar (see `agencies.ts`). Pure functions over a token stream.
 *
 * @module
 */
import {
  AFTER_HEAD_WORDS,
  AMBIGUOUS_VERBS,
  COMPOUND_NOUNS,
  GROUP_NOUN_TRIE,
  HEAD_COMPLEMENTS,
  HEAD_TRIE,
  type HeadKind,
  LEVEL_WORDS,
  NAME_END_TRIE,
  NAME_STOP_WORDS,
  NOUN_MAKERS,
  REFERENCE_TRIE,
  VERB_INITIAL_NOUNS,
  VERB_TRIE,
} from './lexicon.ts';
import type { Token } from './tokens.ts';

/** How a head was recognised. */
export type HeadMatchKind = HeadKind | 'group';

/** State of a name being extended. */
export interface NameState {
  isGroup: boolean;
  isLeader: boolean;
  startsWithOffice: boolean;
}

/** Longest name, in tokens; bounds every scan. */
const MAX_NAME_TOKENS = 26;
const COMPLETE_HEADS = new Set([
  'chính phủ',
  'quốc hội',
  'tỉnh ủy',
  'tỉnh uỷ',
  'thành ủy',
  'huyện ủy',
  'đảng ủy',
  'tỉnh đoàn',
]);
/**
 * Lower-case words after which an ambiguous verb is still part of the name: "quản lý đầu tư",
 * "dự án đầu tư xây dựng", "cán bộ quản lý" (but not "Văn phòng Bộ tổ chức").
 */
const COMPLEMENT_TAKERS = new Set(['lý', 'án', 'tư', 'và', 'trình', 'dựng', 'đoàn', 'bộ']);

function lowerAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** A capitalised head at `i`, checked against what must follow it. */
export function matchHead(
  tokens: readonly Token[],
  i: number,
): { length: number; kind: HeadMatchKind } | null {
  const first = tokens[i];
  if (!first?.isWord) return null;
  if (first.lower === 'các') {
    const group = GROUP_NOUN_TRIE.match(tokens, i + 1);
    return group ? { length: 1 + group.length, kind: 'group' } : null;
  }
  const head = HEAD_TRIE.match(tokens, i);
  if (!head || (!first.isCapitalised && head.value !== 'investor')) return null;
  const phrase = tokens
    .slice(i, i + head.length)
    .map((t) => t.lower)
    .join(' ');
  if (head.value === 'investor' || COMPLETE_HEADS.has(phrase))
    return { length: head.length, kind: head.value };
  const next = tokens[i + head.length];
  if (!next?.isWord) return null;
  const fits =
    next.isCapitalised ||
    next.isAbbreviation ||
    AFTER_HEAD_WORDS.has(next.lower) ||
    HEAD_COMPLEMENTS.has(next.lower) ||
    /^\d/.test(next.text);
  return fits ? { length: head.length, kind: head.value } : null;
}

/** Whether token `k` starts a new agency (used at "," and "và"). */
function startsAgency(tokens: readonly Token[], k: number): boolean {
  return matchHead(tokens, k) !== null || REFERENCE_TRIE.match(tokens, k) !== null;
}

/** Whether an ambiguous verb at `k` ("xây dựng", "quản lý") ends the name (see module rules). */
function ambiguousVerbEndsName(
  tokens: readonly Token[],
  k: number,
  length: number,
  nameStart: number,
): boolean {
  if (LEVEL_WORDS.has(lowerAt(tokens, k + length))) return false; // "Trung tâm Dịch vụ tổng hợp xã"
  if (COMPLEMENT_TAKERS.has(tokens[k - 1]?.text ?? '')) return false; // "dự án đầu tư xây dựng"
  if (LEVEL_WORDS.has(lowerAt(tokens, k - 1))) return true; // "UBND tỉnh tổ chức"
  for (let back = k - 1; back >= Math.max(nameStart, k - 4); back -= 1) {
    if (tokens[back]?.isCapitalised || tokens[back]?.isAbbreviation) return true; // "Sở Du lịch xây dựng"
  }
  return false;
}

/**
 * Whether the lower-case word at `k` starts the predicate, ending the name: a directive or a
 * statement verb always does; a duty verb does unless it belongs to a noun ("công trình",
 * "giao thông", a capitalised compound such as "Đăng ký"); an ambiguous verb only in a clear
 * position.
 */
function verbEndsName(tokens: readonly Token[], k: number, nameStart: number): boolean {
  const token = tokens[k];
  if (!token?.isWord || token.isCapitalised) return false;
  if (VERB_INITIAL_NOUNS.match(tokens, k)) return false;
  if (NAME_END_TRIE.match(tokens, k)) return true;
  const verb = VERB_TRIE.match(tokens, k);
  if (!verb || NOUN_MAKERS.has(lowerAt(tokens, k - 1))) return false;
  const compound = tokens[k - 1]?.isCapitalised ? VERB_TRIE.match(tokens, k - 1) : null;
  if (compound && compound.length >= 2) return false;
  return (
    !AMBIGUOUS_VERBS.has(verb.value) || ambiguousVerbEndsName(tokens, k, verb.length, nameStart)
  );
}

/** Whether the function word at `k` is part of a compound noun with a neighbour. */
function inCompound(tokens: readonly Token[], k: number): boolean {
  const word = lowerAt(tokens, k);
  return (
    COMPOUND_NOUNS.has(`${lowerAt(tokens, k - 1)} ${word}`) ||
    COMPOUND_NOUNS.has(`${word} ${lowerAt(tokens, k + 1)}`)
  );
}

/** Decides what to do at a comma inside a name: continue (true) or stop. */
function commaContinues(
  tokens: readonly Token[],
  k: number,
  state: NameState,
  nameStart: number,
): boolean {
  const next = tokens[k + 1];
  if (!next?.isWord) return false;
  if (lowerAt(tokens, k - 1) === 'phòng' && next.lower === 'chống') return true;
  const nextHead = matchHead(tokens, k + 1);
  if (nextHead) return state.isLeader && nextHead.kind === 'leader';
  if (next.lower === 'các' || REFERENCE_TRIE.match(tokens, k + 1)) return false;
  if (verbEndsName(tokens, k + 1, nameStart) || NAME_STOP_WORDS.has(next.lower)) return false;
  if (next.isCapitalised) return true;
  return state.isGroup;
}

/** Decides what to do at "và" inside a name. */
function andContinues(
  tokens: readonly Token[],
  k: number,
  state: NameState,
  nameStart: number,
): boolean {
  const next = tokens[k + 1];
  if (!next?.isWord) return false;
  if (state.startsWithOffice && /^(hđnd|ubnd|hội|ủy|uỷ)$/.test(next.lower)) return true;
  if (startsAgency(tokens, k + 1) || next.lower === 'các') return false;
  return !verbEndsName(tokens, k + 1, nameStart) && !NAME_STOP_WORDS.has(next.lower);
}

/** Decides what to do at a word inside a name. */
function wordContinues(
  tokens: readonly Token[],
  k: number,
  state: NameState,
  nameStart: number,
): boolean {
  const token = tokens[k] as Token;
  if (token.lower === 'và') return andContinues(tokens, k, state, nameStart);
  if (!token.isCapitalised && NAME_STOP_WORDS.has(token.lower) && !inCompound(tokens, k))
    return false;
  return !verbEndsName(tokens, k, nameStart);
}

/** Extends a name from token `k`; returns the exclusive end. */
export function extendName(
  tokens: readonly Token[],
  nameStart: number,
  k0: number,
  state: NameState,
): number {
  let k = k0;
  while (k < tokens.length && k - nameStart < MAX_NAME_TOKENS) {
    const token = tokens[k] as Token;
    if (token.isWord) {
      if (!wordContinues(tokens, k, state, nameStart)) break;
      if (token.lower === 'các') state.isGroup = true;
      k += 1;
    } else if (token.text === '-' || token.text === '&') {
      if (!tokens[k + 1]?.isCapitalised && !tokens[k + 1]?.isAbbreviation) break;
      k += 1;
    } else if (token.text === ',') {
      if (!commaContinues(tokens, k, state, nameStart)) break;
      k += 1;
    } else if (token.text === ':' && state.isGroup && tokens[k + 1]?.isCapitalised) {
      if (matchHead(tokens, k + 1) || VERB_TRIE.match(tokens, k + 1)) break;
      k += 1;
    } else break;
  }
  while (k > k0 && !(tokens[k - 1] as Token).isWord) k -= 1;
  while (k > k0 && (tokens[k - 1] as Token).lower === 'và') k -= 1;
  return k;
}
