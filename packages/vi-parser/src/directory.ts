/**
 * Matching agency mentions against the caller's directory. Names are compared after folding:
 * case, old/new tone placement ("hoá"/"hóa"), "&" ↔ "và", "UBND" ↔ "Ủy ban nhân dân",
 * "HĐND" ↔ "Hội đồng nhân dân"; abbreviations ("Sở GD&ĐT", "BQL các KCN tỉnh") are compared by
 * their initials ("Sở Giáo dục và Đào tạo" → s·g·d·đ·t), with Đ folded to D.
 *
 * @module
 */
import { PhraseTrie, type Token, tokenize } from './tokens.ts';
import type { DirectoryEntry } from './types.ts';

/** A compiled directory. */
export interface DirectoryIndex {
  /** The id of the entry a written name refers to, or null. */
  lookup(name: string): string | null;
  /** Longest directory name or alias written at token `i`. */
  matchTokens(tokens: readonly Token[], i: number): { length: number; value: string } | null;
}

const OLD_TONE_PLACEMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/o([àáảãạ])(?![\p{L}])/gu, 'ò'],
  [/o([èéẻẽẹ])(?![\p{L}])/gu, 'ò'],
  [/u([ỳýỷỹỵ])(?![\p{L}])/gu, 'ù'],
];

const TONE_OF: Record<string, string> = {
  à: '\u0300',
  á: '\u0301',
  ả: '\u0309',
  ã: '\u0303',
  ạ: '\u0323',
  è: '\u0300',
  é: '\u0301',
  ẻ: '\u0309',
  ẽ: '\u0303',
  ẹ: '\u0323',
  ỳ: '\u0300',
  ý: '\u0301',
  ỷ: '\u0309',
  ỹ: '\u0303',
  ỵ: '\u0323',
};

/** Moves the tone of "oà", "oé", "uý" to the first vowel, the newer convention. */
function newTonePlacement(text: string): string {
  let out = text;
  for (const [pattern] of OLD_TONE_PLACEMENT) {
    out = out.replace(pattern, (whole: string, toned: string) => {
      const base = whole[0] as string;
      const plain = toned.normalize('NFD')[0] as string;
      return `${base}${TONE_OF[toned] ?? ''}${plain}`.normalize('NFC');
    });
  }
  return out;
}

/** Folds a name for comparison (see the module comment). */
export function foldName(name: string): string {
  return newTonePlacement(name.normalize('NFC').toLowerCase())
    .replace(/\s*&\s*/g, ' và ')
    .replace(/(?<![\p{L}])ubnd(?![\p{L}])/gu, 'ủy ban nhân dân')
    .replace(/(?<![\p{L}])hđnd(?![\p{L}])/gu, 'hội đồng nhân dân')
    .replace(/(?<![\p{L}])uỷ(?![\p{L}])/gu, 'ủy')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Initials of a name: abbreviations kept whole, other words by their first letter. */
export function initialsOf(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[\s,()\-–]+/)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (!letters || letters.toLowerCase() === 'và') continue;
    const isAbbreviation = letters.length >= 2 && letters === letters.toUpperCase();
    out += isAbbreviation ? letters.toLowerCase() : (letters[0] as string).toLowerCase();
  }
  return out.replace(/đ/g, 'd');
}

function hasAbbreviation(name: string): boolean {
  return name.split(/\s+/).some((word) => {
    const letters = word.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase();
  });
}

/** Compiles a directory for look-ups. */
export function createDirectoryIndex(entries: readonly DirectoryEntry[]): DirectoryIndex {
  const byFolded = new Map<string, string>();
  const byInitials = new Map<string, string | null>();
  const trie = new PhraseTrie<string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      if (!name?.trim()) continue;
      byFolded.set(foldName(name), entry.id);
      const initials = initialsOf(name);
      const known = byInitials.get(initials);
      byInitials.set(initials, known === undefined || known === entry.id ? entry.id : null);
      trie.add(
        tokenize(name)
          .filter((t) => t.isWord)
          .map((t) => t.lower)
          .join(' '),
        entry.id,
      );
    }
  }
  return {
    lookup(name: string): string | null {
      const exact = byFolded.get(foldName(name));
      if (exact) return exact;
      if (!hasAbbreviation(name)) return null;
      return byInitials.get(initialsOf(name)) ?? null;
    },
    matchTokens: (tokens, i) => trie.match(tokens, i),
  };
}
