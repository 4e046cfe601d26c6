/**
 * Text keys for matching org names as Vietnamese offices write them: case, spacing,
 * punctuation ("Sở GD-ĐT" / "Sở GD ĐT"), "&" for "và", tone placement ("Hoà" / "Hòa",
 * "Uỷ" / "Ủy") and the usual abbreviations ("Ủy ban nhân dân" / "UBND") do not matter; tones
 * themselves do ("Hoa" ≠ "Hòa").
 */

/** The five tone marks as combining characters (NFD), with a digit standing for each. */
const TONES: Record<string, string> = {
  '\u0301': '1', // sắc
  '\u0300': '2', // huyền
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

interface Syllable {
  /** The letters with every tone mark removed (NFC). */
  base: string;
  /** The combining tone mark, '' when level tone. */
  tone: string;
}

function splitTone(word: string): Syllable {
  const decomposed = word.normalize('NFD');
  const tone = decomposed.match(TONE_RE)?.at(-1) ?? '';
  return { base: decomposed.replace(TONE_RE, '').normalize('NFC'), tone };
}

function syllableKey(word: string): string {
  const { base, tone } = splitTone(word);
  return base + (TONES[tone] ?? '');
}

function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' và ')
    .replace(/[.,;:!?()[\]"'“”‘’/\\\-–—_]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
    .map(syllableKey);
}

/** Long forms folded to the abbreviation documents use for them. */
const ABBREVIATIONS: readonly [string, string][] = [
  ['ủy ban nhân dân', 'ubnd'],
  ['hội đồng nhân dân', 'hđnd'],
  ['mặt trận tổ quốc', 'mttq'],
  ['đại biểu quốc hội', 'đbqh'],
  ['thành phố', 'tp'],
];
const ABBREVIATION_TOKENS = ABBREVIATIONS.map(([long, short]) => ({ long: tokens(long), short }));

function abbreviate(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = ABBREVIATION_TOKENS.find(({ long }) => long.every((w, j) => words[i + j] === w));
    if (hit) {
      out.push(hit.short);
      i += hit.long.length;
    } else {
      out.push(words[i] as string);
      i += 1;
    }
  }
  return out;
}

/** The matching key of a name: 'Sở GD & ĐT' and 'sở gd và đt' give the same key. */
export function orgNameKey(text: string): string {
  return abbreviate(tokens(text)).join('');
}

/** "oa", "oe", "uy" ending a syllable: the two schools put the tone on different letters. */
const OPEN_DIPHTHONG = /(^|[^q])(oa|oe|uy)$/i;

function placeTone(word: string, style: 'classic' | 'modern'): string {
  const { base, tone } = splitTone(word);
  if (tone === '' || !OPEN_DIPHTHONG.test(base)) return word;
  const chars = [...base];
  const at = style === 'classic' ? chars.length - 2 : chars.length - 1;
  chars[at] = `${chars[at]}${tone}`.normalize('NFC');
  return chars.join('');
}

/**
 * Both spellings of a text: classic tone placement ("Hòa", "Ủy", "Thụy") and modern ("Hoà",
 * "Uỷ", "Thuỵ"). Returns one element when the text has no such syllable.
 */
export function toneSpellings(text: string): string[] {
  const respell = (style: 'classic' | 'modern') =>
    text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (w) => placeTone(w, style));
  return [...new Set([respell('classic'), respell('modern')])];
}

/** ASCII kebab form of a Vietnamese name: 'Thất Khê' → 'that-khe'. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
