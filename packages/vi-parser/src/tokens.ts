/**
 * A small tokenizer for Vietnamese administrative prose: words (syllables, numbers and codes
 * such as "KH&ĐT", "24/2021/NĐ-CP", "PT-TH") and single punctuation marks, with offsets.
 *
 * @module
 */

/** A word or punctuation mark; offsets are absolute (into the normalised text). */
export interface Token {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First letter is upper case. */
  isCapitalised: boolean;
  /** Two or more letters, all upper case ("UBND", "KH&ĐT"). */
  isAbbreviation: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function hasTwoLetters(value: string): boolean {
  let letters = 0;
  for (const ch of value) if (ch.toLowerCase() !== ch.toUpperCase() && ++letters >= 2) return true;
  return false;
}

const TOKEN = /[\p{L}\p{N}]+(?:[&/'.-][\p{L}\p{N}]+)*|&|\S/gu;

/** Tokenizes `text`, whose first character sits at absolute offset `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const value = match[0];
    const lower = value.toLowerCase();
    const upper = value.toUpperCase();
    const isWord = value.length > 1 || WORD_CHAR.test(value);
    const first = value[0] as string;
    tokens.push({
      text: value,
      lower,
      start: base + match.index,
      end: base + match.index + value.length,
      isWord,
      isCapitalised: isWord && first !== first.toLowerCase(),
      isAbbreviation:
        isWord && value.length >= 2 && value === upper && value !== lower && hasTwoLetters(value),
    });
  }
  return tokens;
}

/** A trie of lower-cased word sequences for longest-match look-ups in token streams. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };

  /** Adds a phrase (split on spaces) with its payload. */
  add(phrase: string, value: T): void {
    let node = this.root;
    for (const word of phrase.toLowerCase().split(/\s+/).filter(Boolean)) {
      let next = node.children.get(word);
      if (!next) {
        next = { children: new Map() };
        node.children.set(word, next);
      }
      node = next;
    }
    node.value = value;
  }

  /** Longest phrase starting at token `i` (words only); its length in tokens and payload. */
  match(tokens: readonly Token[], i: number): { length: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { length: number; value: T } | null = null;
    for (let k = i; k < tokens.length && node; k += 1) {
      const token = tokens[k] as Token;
      if (!token.isWord) break;
      node = node.children.get(token.lower);
      if (node?.value !== undefined) best = { length: k - i + 1, value: node.value };
    }
    return best;
  }
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  value?: T;
}
