/**
 * Agency recogniser: a small grammar of Vietnamese agency names over a token stream.
 *
 *   agency  := reference | alias | directory-name | head name-part* | "các" group-noun name-part*
 *   head    := Sở | Ban | UBND | Ủy ban nhân dân | Công an | Cục | Văn phòng | … (capitalised)
 *   name-part := any word that is not a function word or (in a clear position) a duty verb,
 *                a spaced hyphen before a capitalised word ("Lao động - Thương binh"),
 *                ", X" inside a group ("các sở, ban, ngành") or before a capitalised non-head
 *                word ("Văn hóa, Thể thao"), "và X" unless X starts a new agency.
 *
 * @module
 */
import type { DirectoryIndex } from './directory.ts';
import {
  AFTER_HEAD_WORDS,
  AMBIGUOUS_VERBS,
  COMPOUND_NOUNS,
  GENERIC_GROUP_NOUNS,
  GROUP_NOUN_TRIE,
  HEAD_COMPLEMENTS,
  HEAD_TRIE,
  type HeadKind,
  LEVEL_WORDS,
  NAME_END_TRIE,
  NAME_STOP_WORDS,
  NOUN_MAKERS,
  REFERENCE_TRIE,
  VERB_TRIE,
} from './lexicon.ts';
import { PhraseTrie, type Token } from './tokens.ts';
import type { Span } from './types.ts';

/** What the recogniser needs besides the tokens. */
export interface AgencyContext {
  /** The normalised text (names are sliced from it). */
  text: string;
  /** Aliases the document defines ("(sau đây gọi là Ban Quản lý)") → full names. */
  aliases: PhraseTrie<string>;
  /** The caller's directory, if any. */
  directory: DirectoryIndex | null;
}

/** How a mention was recognised. */
export type AgencyKind = HeadKind | 'group' | 'reference' | 'alias' | 'directory';

/** One recognised agency mention. */
export interface AgencyMatch {
  /** Token range `[start, end)`. */
  start: number;
  end: number;
  /** Name as written; for an alias, the full name it stands for. */
  name: string;
  span: Span;
  kind: AgencyKind;
  isGroup: boolean;
  /** A group too vague to own a task ("các cơ quan, đơn vị"). */
  isGeneric: boolean;
}

const MAX_NAME_TOKENS = 26;
const COMPLETE_HEADS = new Set(['chính phủ', 'quốc hội', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'huyện ủy', 'đảng ủy', 'tỉnh đoàn']);
/**
 * Lower-case words after which an ambiguous verb is still part of the name: "quản lý đầu tư",
 * "dự án đầu tư xây dựng", "cán bộ quản lý" (but not "Văn phòng Bộ tổ chức").
 */
const COMPLEMENT_TAKERS = new Set(['lý', 'án', 'tư', 'và', 'trình', 'dựng', 'đoàn', 'bộ']);

function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return tokens[i];
}

function lowerAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** A capitalised head at `i`, checked against what must follow it. */
function matchHead(tokens: readonly Token[], i: number): { length: number; kind: AgencyKind } | null {
  const first = tokenAt(tokens, i);
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
  if (head.value === 'investor' || COMPLETE_HEADS.has(phrase)) return { length: head.length, kind: head.value };
  const next = tokenAt(tokens, i + head.length);
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

/** A lower-case duty verb at `k` that ends the name here. */
function verbEndsName(tokens: readonly Token[], k: number, nameStart: number): boolean {
  const token = tokenAt(tokens, k);
  if (!token?.isWord || token.isCapitalised) return false;
  const previous = lowerAt(tokens, k - 1);
  if (NAME_END_TRIE.match(tokens, k) && !(token.lower === 'giao' && lowerAt(tokens, k + 1) === 'thông')) return true;
  const verb = VERB_TRIE.match(tokens, k);
  if (!verb || NOUN_MAKERS.has(previous)) return false;
  const compound = tokens[k - 1]?.isCapitalised ? VERB_TRIE.match(tokens, k - 1) : null;
  if (compound && compound.length >= 2) return false;
  if (!AMBIGUOUS_VERBS.has(verb.value)) return true;
  if (LEVEL_WORDS.has(lowerAt(tokens, k + verb.length))) return false;
  if (COMPLEMENT_TAKERS.has(tokens[k - 1]?.text ?? '')) return false;
  if (LEVEL_WORDS.has(previous)) return true;
  for (let back = k - 1; back >= Math.max(nameStart, k - 4); back -= 1) {
    const t = tokenAt(tokens, back);
    if (t?.isCapitalised || t?.isAbbreviation) return true;
  }
  return false;
}

/** Whether the function word at `k` is part of a compound noun with a neighbour. */
function inCompound(tokens: readonly Token[], k: number): boolean {
  const word = lowerAt(tokens, k);
  return COMPOUND_NOUNS.has(`${lowerAt(tokens, k - 1)} ${word}`) || COMPOUND_NOUNS.has(`${word} ${lowerAt(tokens, k + 1)}`);
}

interface NameState {
  isGroup: boolean;
  isLeader: boolean;
  startsWithOffice: boolean;
}

/** Decides what to do at a comma inside a name: continue (true) or stop. */
function commaContinues(tokens: readonly Token[], k: number, state: NameState, nameStart: number): boolean {
  const next = tokenAt(tokens, k + 1);
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
function andContinues(tokens: readonly Token[], k: number, state: NameState, nameStart: number): boolean {
  const next = tokenAt(tokens, k + 1);
  if (!next?.isWord) return false;
  if (state.startsWithOffice && /^(hđnd|ubnd|hội|ủy|uỷ)$/.test(next.lower)) return true;
  if (startsAgency(tokens, k + 1) || next.lower === 'các') return false;
  return !verbEndsName(tokens, k + 1, nameStart) && !NAME_STOP_WORDS.has(next.lower);
}

/** Extends a name from token `k`; returns the exclusive end. */
function extendName(tokens: readonly Token[], nameStart: number, k0: number, state: NameState): number {
  let k = k0;
  while (k < tokens.length && k - nameStart < MAX_NAME_TOKENS) {
    const token = tokens[k] as Token;
    if (token.isWord) {
      if (token.lower === 'và') {
        if (!andContinues(tokens, k, state, nameStart)) break;
      } else if (!token.isCapitalised && NAME_STOP_WORDS.has(token.lower) && !inCompound(tokens, k)) break;
      else if (verbEndsName(tokens, k, nameStart)) break;
      if (token.lower === 'các') state.isGroup = true;
      k += 1;
    } else if (token.text === '-' || token.text === '&') {
      if (!tokenAt(tokens, k + 1)?.isCapitalised && !tokenAt(tokens, k + 1)?.isAbbreviation) break;
      k += 1;
    } else if (token.text === ',') {
      if (!commaContinues(tokens, k, state, nameStart)) break;
      k += 1;
    } else if (token.text === ':' && state.isGroup && tokenAt(tokens, k + 1)?.isCapitalised) {
      if (matchHead(tokens, k + 1) || VERB_TRIE.match(tokens, k + 1)) break;
      k += 1;
    } else break;
  }
  while (k > k0 && !(tokens[k - 1] as Token).isWord) k -= 1;
  while (k > k0 && (tokens[k - 1] as Token).lower === 'và') k -= 1;
  return k;
}

function isGenericGroup(words: readonly string[]): boolean {
  let rest = ` ${words.filter((w) => w !== 'các' && w !== ',').join(' ')} `.replace(' liên quan ', ' ');
  for (const generic of GENERIC_GROUP_NOUNS) rest = rest.split(` ${generic} `).join(' ');
  return words[0] === 'các' && rest.trim() === '';
}

function makeMatch(
  ctx: AgencyContext,
  tokens: readonly Token[],
  start: number,
  end: number,
  kind: AgencyKind,
  name?: string,
): AgencyMatch {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const written = ctx.text.slice(first.start, last.end);
  const words = tokens.slice(start, end).map((t) => t.lower);
  const isGroup = kind === 'group' || words.includes('các') || /^sở, ban, ngành/i.test(written);
  return {
    start,
    end,
    name: name ?? written,
    span: [first.start, last.end],
    kind,
    isGroup,
    isGeneric: kind === 'group' && isGenericGroup(words),
  };
}

/**
 * Recognises the agency mention starting at token `i`, or returns null. References
 * ("cơ quan chủ trì") come back with `kind: 'reference'` for the caller to resolve.
 */
export function scanAgency(tokens: readonly Token[], i: number, ctx: AgencyContext): AgencyMatch | null {
  const first = tokenAt(tokens, i);
  if (!first?.isWord) return null;
  const reference = REFERENCE_TRIE.match(tokens, i);
  if (reference) return makeMatch(ctx, tokens, i, i + reference.length, 'reference');
  const alias = first.isCapitalised ? ctx.aliases.match(tokens, i) : null;
  const grammar = scanGrammar(tokens, i, ctx);
  if (alias && (!grammar || grammar.end <= i + alias.length)) {
    return makeMatch(ctx, tokens, i, i + alias.length, 'alias', alias.value);
  }
  return grammar;
}

/** The grammar part of {@link scanAgency}: head, name parts, and directory names. */
function scanGrammar(tokens: readonly Token[], i: number, ctx: AgencyContext): AgencyMatch | null {
  const first = tokens[i] as Token;
  const head = matchHead(tokens, i);
  const known = first.isCapitalised || first.lower === 'các' ? ctx.directory?.matchTokens(tokens, i) : null;
  if (!head) return known ? makeMatch(ctx, tokens, i, i + known.length, 'directory') : null;
  const state: NameState = {
    isGroup: head.kind === 'group',
    isLeader: head.kind === 'leader',
    startsWithOffice: first.lower === 'văn' || first.lower === 'vp',
  };
  const end = extendName(tokens, i, i + head.length, state);
  const longest = known && i + known.length > end ? i + known.length : end;
  if (longest === i + head.length && head.kind === 'org' && head.length === 1 && !state.isGroup) {
    return null;
  }
  return makeMatch(ctx, tokens, i, longest, head.kind);
}

/**
 * Recognises a list of agencies joined by "," and "và" ("Sở A, Sở B và UBND huyện C").
 * Each element is one agency; a group or a list of leaders stays one element.
 */
export function scanAgencyList(tokens: readonly Token[], i: number, ctx: AgencyContext): AgencyMatch[] {
  const list: AgencyMatch[] = [];
  let next = scanAgency(tokens, i, ctx);
  while (next) {
    list.push(next);
    let k = next.end;
    if (tokenAt(tokens, k)?.text === ',') k += 1;
    if (lowerAt(tokens, k) === 'và') k += 1;
    if (k === next.end) break;
    next = scanAgency(tokens, k, ctx);
  }
  return list;
}

/** Creates an empty alias table. */
export function emptyAliases(): PhraseTrie<string> {
  return new PhraseTrie<string>();
}
