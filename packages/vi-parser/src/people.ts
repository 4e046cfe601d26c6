/**
 * Person names and titles: who chaired and concluded the meeting. A name is a run of
 * capitalised syllables after "đồng chí" or after a leader's title ("Chủ tịch UBND tỉnh
 * Võ Thành Trung"); in the second case the run must start with a Vietnamese family name.
 *
 * @module
 */
import { field } from './lines.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Field } from './types.ts';

/** Common Vietnamese family names (a closed class). */
const FAMILY_NAMES = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lương đàm giáp hà ma ' +
    'nông vi trương đoàn đinh lâm mai trịnh cao tô tạ quách thái lưu chu lò triệu hứa la kiều đào ' +
    'tăng lại từ hầu mạc châu ông khổng kim thân nghiêm quan tôn lục bế sầm lã phùng vương tống ' +
    'hàn bạch diệp đồng giang khúc mẫn nhâm ninh doãn ưng lưu lữ văn thạch đậu âu cù chúc hoàng'
  ).split(' '),
);

const TITLE_HEADS = [
  'phó thủ tướng',
  'thủ tướng',
  'phó chủ tịch',
  'chủ tịch',
  'bộ trưởng',
  'thứ trưởng',
  'phó giám đốc',
  'giám đốc',
  'tổng giám đốc',
  'bí thư',
  'phó bí thư',
  'chánh văn phòng',
  'trưởng ban',
  'chủ nhiệm',
];

/** The chair as found: name and the title written with it. */
export interface ChairCandidate {
  name: Field<string>;
  title: Field<string> | null;
  score: number;
}

const TITLE_WORDS = TITLE_HEADS.map((title) => title.split(' '));
const TITLE_FIRST_WORDS = new Set(TITLE_WORDS.map((words) => words[0] as string));

function titleAt(tokens: readonly Token[], i: number): number {
  if (!TITLE_FIRST_WORDS.has(tokens[i]?.lower ?? '')) return 0;
  for (const words of TITLE_WORDS) {
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.length;
  }
  return 0;
}

function isNameToken(token: Token | undefined): boolean {
  return (
    !!token &&
    token.isWord &&
    token.isCapitalised &&
    !token.isAbbreviation &&
    !/\d/.test(token.text)
  );
}

/** The run of capitalised syllables from `i` (at most 6). */
function capitalisedRun(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 6 && isNameToken(tokens[k])) k += 1;
  return k - i;
}

/** A name inside a capitalised run, starting at a family name; the rightmost when long. */
function nameInRun(tokens: readonly Token[], i: number, length: number): [number, number] | null {
  if (length >= 2 && length <= 4 && FAMILY_NAMES.has((tokens[i] as Token).lower))
    return [i, i + length];
  for (let k = i + length - 2; k >= i; k -= 1) {
    if (FAMILY_NAMES.has((tokens[k] as Token).lower) && i + length - k <= 4) return [k, i + length];
  }
  return null;
}

const TITLE_COMPLEMENT = new Set([
  'thường',
  'trực',
  'ubnd',
  'ủy',
  'uỷ',
  'ban',
  'nhân',
  'dân',
  'hđnd',
  'chính',
  'phủ',
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'thành',
  'phố',
  'thị',
  'quận',
  'bộ',
  'sở',
  'trấn',
]);

/** The title written after a name ("…, Phó Chủ tịch UBND tỉnh"): token range, or null. */
function titleAfter(tokens: readonly Token[], i: number): [number, number] | null {
  const head = titleAt(tokens, i);
  if (head === 0) return null;
  let k = i + head;
  while (k < tokens.length && k - i < 10 && TITLE_COMPLEMENT.has((tokens[k] as Token).lower))
    k += 1;
  return [i, k];
}

/** Skips the body a title belongs to ("UBND tỉnh", "Chính phủ"): lower-case or abbreviations. */
function skipTitleComplement(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 6) {
    const token = tokens[k] as Token;
    if (!token.isWord) break;
    if (token.isAbbreviation || !token.isCapitalised) k += 1;
    else if (/^(?:Ủy|Uỷ|Chính|Hội|Bộ|Sở)$/u.test(token.text)) k += 1;
    else break;
  }
  return k;
}

function sentenceScore(sentence: string): number {
  if (/^(?:Dự họp|Tham dự|Cùng dự|Cùng đi|Mời dự|Cùng tham dự)/u.test(sentence)) return -5;
  return /chủ trì|kết luận|dẫn đầu/iu.test(sentence) ? 2 : 0;
}

function candidatesIn(sentence: string, base: number, bonus: number): ChairCandidate[] {
  const tokens = tokenize(sentence, base);
  const found: ChairCandidate[] = [];
  const score = sentenceScore(sentence) + bonus;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'đồng' && tokens[i + 1]?.lower === 'chí' && titleAt(tokens, i + 2) === 0) {
      const length = capitalisedRun(tokens, i + 2);
      if (length >= 2 && length <= 5) {
        const end = i + 2 + length;
        const title = tokens[end]?.text === ',' ? titleAfter(tokens, end + 1) : null;
        found.push(makeCandidate(tokens, i + 2, end, title, score + 1));
      }
      continue;
    }
    const titleLength = titleAt(tokens, i);
    if (titleLength === 0 || !token.isCapitalised) continue;
    const nameStart = skipTitleComplement(tokens, i + titleLength);
    const run = capitalisedRun(tokens, nameStart);
    const name = run > 0 ? nameInRun(tokens, nameStart, run) : null;
    if (name) found.push(makeCandidate(tokens, name[0], name[1], [i, name[0]], score));
  }
  return found;
}

function makeCandidate(
  tokens: readonly Token[],
  start: number,
  end: number,
  title: [number, number] | null,
  score: number,
): ChairCandidate {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const name = tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
  const titleField =
    title && title[1] > title[0]
      ? field(
          tokens
            .slice(title[0], title[1])
            .map((t) => t.text)
            .join(' '),
          [(tokens[title[0]] as Token).start, (tokens[title[1] - 1] as Token).end] as const,
          0.8,
        )
      : null;
  return { name: field(name, [first.start, last.end], 0.85), title: titleField, score };
}

/**
 * Finds who chaired and concluded: the best-scored name in the summary and the opening
 * sentences (a sentence saying "chủ trì" or "kết luận" wins; attendee lists lose).
 */
export function findChair(
  passages: ReadonlyArray<{ text: string; start: number; isSummary: boolean }>,
): ChairCandidate | null {
  let best: ChairCandidate | null = null;
  for (const passage of passages) {
    for (const candidate of candidatesIn(passage.text, passage.start, passage.isSummary ? 1 : 0)) {
      if (!best || candidate.score > best.score) best = candidate;
    }
  }
  return best && best.score >= 0 ? best : null;
}

/** Whether a line reads as a person's name (the signer). */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}]*$/u.test(w) || /^\p{Lu}+$/u.test(w))) return false;
  return FAMILY_NAMES.has((words[0] as string).toLowerCase());
}
