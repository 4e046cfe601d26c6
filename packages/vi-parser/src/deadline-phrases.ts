/**
 * Finding deadline phrases in a sentence. Each rule is a regular expression without nested
 * quantifiers, run once over the sentence, so the search is linear.
 *
 * @module
 */
import { DATE_SOURCE, MONTH_SOURCE, QUARTER_SOURCE } from './dates.ts';
import type { DeadlineKind } from './types.ts';

/** A deadline phrase found in a sentence; offsets are into the sentence. */
export interface DeadlinePhrase {
  text: string;
  start: number;
  end: number;
  kind: DeadlineKind;
}

const L = '(?<![\\p{L}\\p{N}])';
const BY =
  '(?:trong|trước|(?:chậm|muộn)\\s+nhất(?:\\s+là)?(?:\\s+vào)?|(?:đến|tới)\\s+hết|hết|ngay\\s+trong|vào(?=\\s+(?:đầu|giữa|cuối)\\s))';
/** "trước 17 giờ (00) ngày …": a time of day on a stated date. */
const HOUR = '\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?(?:\\s*,)?';
const POSITION = '(?:(?:đầu|giữa|cuối)\\s+)?';
const FROM = '(?:\\s*\\(?\\s*(?:kể\\s+)?từ\\s+[^();,.]{1,60}\\)?)?';

interface PhraseRule {
  kind: DeadlineKind;
  pattern: RegExp;
}

const rule = (kind: DeadlineKind, source: string): PhraseRule => ({
  kind,
  pattern: new RegExp(source, 'giu'),
});

const RULES: readonly PhraseRule[] = [
  rule('before-date', `${L}trước\\s+${DATE_SOURCE}`),
  rule('on-date', `${L}(?:trước|chậm\\s+nhất|trong)\\s+${HOUR}\\s+(?:ngày\\s+)?${DATE_SOURCE}`),
  rule(
    'on-date',
    `${L}(?:(?:chậm|muộn)\\s+nhất(?:\\s+là)?(?:\\s+vào)?(?:\\s+ngày)?|(?:đến|tới)\\s+hết(?:\\s+ngày)?|trong\\s+ngày|(?:hoàn\\s+thành|xong)(?:\\s+vào)?\\s+ngày|hạn\\s+chót(?:\\s+là)?)\\s+${DATE_SOURCE}`,
  ),
  rule('month', `${L}${BY}\\s+${POSITION}${MONTH_SOURCE}`),
  rule('quarter', `${L}${BY}\\s+${POSITION}${QUARTER_SOURCE}`),
  rule('year', `${L}${BY}\\s+${POSITION}năm\\s+\\d{4}(?!\\d)`),
  rule(
    'working-days',
    `${L}(?:trong\\s+(?:thời\\s+(?:hạn|gian)|vòng)\\s+|trong\\s+|sau\\s+)?\\d{1,3}\\s+ngày\\s+làm\\s+việc${FROM}`,
  ),
  rule(
    'calendar-days',
    `${L}(?:trong\\s+(?:thời\\s+(?:hạn|gian)|vòng)|sau)\\s+\\d{1,3}\\s+ngày(?!\\s+làm)${FROM}`,
  ),
  rule(
    'recurring',
    `${L}trước\\s+(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?|(?:ngày\\s+)?\\d{1,2})\\s+(?:hằng|hàng|mỗi)\\s+(?:ngày|tuần|tháng|quý|năm)`,
  ),
  rule(
    'event',
    `${L}trước\\s+(?:khi|các\\s+kỳ\\s+họp|kỳ\\s+họp|phiên\\s+họp|hội\\s+nghị|mùa|tết|đợt|thời\\s+điểm|lễ|dịp|ngày\\s+(?!\\d))[^,;.()]{0,100}`,
  ),
  rule('ongoing', `${L}thường\\s+xuyên(?![\\p{L}])`),
];

const EVENT_TAIL = /\s+(?:theo quy định|để|nhằm|góp phần|bảo đảm|đảm bảo)(?:\s|$).*$/iu;
/** Words before "thường xuyên" that make it part of a name ("Giáo dục thường xuyên"). */
const NOT_ONGOING_BEFORE = /(?:dục|chi|vốn|nghiệp|xuyên)\s+$/iu;

/** Priority of a kind when choosing the deadline of a clause. */
export function kindPriority(kind: DeadlineKind): number {
  if (kind === 'event' || kind === 'recurring') return 2;
  if (kind === 'ongoing') return 1;
  if (kind === 'urgent' || kind === 'condition' || kind === 'unknown') return 0;
  return 3;
}

function accept(
  sentence: string,
  kind: DeadlineKind,
  start: number,
  text: string,
): DeadlinePhrase | null {
  if (kind === 'ongoing') {
    if (NOT_ONGOING_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) return null;
    const after = sentence.slice(start + text.length).trimStart();
    if (/^\p{Lu}/u.test(after)) return null;
  }
  const trimmed = kind === 'event' ? text.replace(EVENT_TAIL, '') : text;
  const clean = trimmed.replace(/[\s,]+$/u, '');
  return clean ? { text: clean, start, end: start + clean.length, kind } : null;
}

const byRank = (a: DeadlinePhrase, b: DeadlinePhrase) =>
  kindPriority(b.kind) - kindPriority(a.kind) || b.end - b.start - (a.end - a.start);

/** Keeps, of one cluster of overlapping phrases, the best-ranked ones that do not overlap. */
function resolveCluster(cluster: DeadlinePhrase[], into: DeadlinePhrase[]): void {
  const kept: DeadlinePhrase[] = [];
  for (const phrase of cluster.sort(byRank)) {
    if (!kept.some((k) => phrase.start < k.end && k.start < phrase.end)) kept.push(phrase);
  }
  into.push(...kept.sort((a, b) => a.start - b.start));
}

/** Keeps, of overlapping phrases, the one with the higher priority, then the longer. */
function dropOverlaps(found: DeadlinePhrase[]): DeadlinePhrase[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: DeadlinePhrase[] = [];
  let cluster: DeadlinePhrase[] = [];
  let clusterEnd = -1;
  for (const phrase of sorted) {
    if (phrase.start >= clusterEnd && cluster.length > 0) {
      resolveCluster(cluster, out);
      cluster = [];
    }
    cluster.push(phrase);
    clusterEnd = Math.max(clusterEnd, phrase.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, out);
  return out;
}

/** Every deadline phrase in `sentence`, in order, without overlaps. */
export function findDeadlinePhrases(sentence: string): DeadlinePhrase[] {
  const found: DeadlinePhrase[] = [];
  for (const { kind, pattern } of RULES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const phrase = accept(sentence, kind, match.index, match[0]);
      if (phrase) found.push(phrase);
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
  return dropOverlaps(found);
}

/**
 * The deadline of a sentence: the last dated phrase, else the first event-tied or recurring
 * one, else "thường xuyên"; null when there is none.
 */
export function findDeadlinePhrase(sentence: string): DeadlinePhrase | null {
  return chooseDeadlinePhrase(findDeadlinePhrases(sentence));
}

/** Chooses the deadline among phrases found (see {@link findDeadlinePhrase}). */
export function chooseDeadlinePhrase(phrases: readonly DeadlinePhrase[]): DeadlinePhrase | null {
  let best: DeadlinePhrase | null = null;
  for (const phrase of phrases) {
    const p = kindPriority(phrase.kind);
    if (p === 0) continue;
    if (!best || p > kindPriority(best.kind) || (p === 3 && kindPriority(best.kind) === 3))
      best = phrase;
  }
  return best;
}
