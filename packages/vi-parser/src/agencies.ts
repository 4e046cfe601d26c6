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

import { extendName, type HeadMatchKind, matchHead, type NameState } from './agency-names.ts';
import type { DirectoryIndex } from './directory.ts';
import { GENERIC_GROUP_NOUNS, REFERENCE_TRIE } from './lexicon.ts';
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
export type AgencyKind = HeadMatchKind | 'reference' | 'alias' | 'directory';

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

function isGenericGroup(words: readonly string[]): boolean {
  let rest = ` ${words.filter((w) => w !== 'các' && w !== ',').join(' ')} `.replace(
    ' liên quan ',
    ' ',
  );
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
export function scanAgency(
  tokens: readonly Token[],
  i: number,
  ctx: AgencyContext,
): AgencyMatch | null {
  const first = tokens[i];
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
  const known =
    first.isCapitalised || first.lower === 'các' ? ctx.directory?.matchTokens(tokens, i) : null;
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
export function scanAgencyList(
  tokens: readonly Token[],
  i: number,
  ctx: AgencyContext,
): AgencyMatch[] {
  const list: AgencyMatch[] = [];
  let next = scanAgency(tokens, i, ctx);
  while (next) {
    list.push(next);
    let k = next.end;
    if (tokens[k]?.text === ',') k += 1;
    if (tokens[k]?.lower === 'và') k += 1;
    if (k === next.end) break;
    next = scanAgency(tokens, k, ctx);
  }
  return list;
}

/** Creates an empty alias table. */
export function emptyAliases(): PhraseTrie<string> {
  return new PhraseTrie<string>();
}
