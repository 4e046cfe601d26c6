/**
 * Detection and conversion of pre-Unicode Vietnamese encodings that reach us as text decoded
 * with Latin-1 / Windows-1252: TCVN3 (ABC, the ".Vn" fonts) and VNI-Windows (the "VNI-" fonts).
 *
 * - TCVN3 puts each precomposed lower-case letter on one byte in 0xA1–0xFE, so "Tiếng" reads
 *   "TiÕng". Upper-case letters with tone marks have no code of their own (the capital font
 *   reuses the lower-case codes), so case is lost for them after conversion.
 * - VNI writes a base letter followed by a mark byte, so "Tiếng" reads "Tieáng".
 *
 * Detection scores each candidate conversion by the share of very common Vietnamese syllables
 * it produces, so a Unicode text with a stray "©" is never converted.
 *
 * @module
 */

/** A legacy encoding the parser can convert. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Result of {@link detectLegacyEncoding}. */
export interface LegacyDetection {
  /** The encoding found, or null when the text reads as Unicode (or nothing is sure). */
  encoding: LegacyEncoding | null;
  /** How sure the detection is, 0–1. */
  confidence: number;
  /** True when the text looks legacy-encoded but no conversion reads well. */
  uncertain: boolean;
}

// TCVN3: code point (byte) → Unicode letter.
const TCVN3_PAIRS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];
const TCVN3 = new Map<string, string>(
  TCVN3_PAIRS.map(([code, ch]) => [String.fromCharCode(code), ch]),
);

// Combining marks used to build VNI letters, composed with NFC afterwards.
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** VNI mark bytes (lower-case font; the upper-case font uses the upper-case letters). */
const VNI_MARKS = new Map<string, { shape?: 'circumflex' | 'breve'; tone?: string }>([
  ['ù', { tone: ACUTE }],
  ['ø', { tone: GRAVE }],
  ['û', { tone: HOOK }],
  ['õ', { tone: TILDE }],
  ['ï', { tone: DOT }],
  ['â', { shape: 'circumflex' }],
  ['á', { shape: 'circumflex', tone: ACUTE }],
  ['à', { shape: 'circumflex', tone: GRAVE }],
  ['å', { shape: 'circumflex', tone: HOOK }],
  ['ã', { shape: 'circumflex', tone: TILDE }],
  ['ä', { shape: 'circumflex', tone: DOT }],
  ['ê', { shape: 'breve' }],
  ['é', { shape: 'breve', tone: ACUTE }],
  ['è', { shape: 'breve', tone: GRAVE }],
  ['ú', { shape: 'breve', tone: HOOK }],
  ['ü', { shape: 'breve', tone: TILDE }],
  ['ë', { shape: 'breve', tone: DOT }],
]);

/** VNI bytes that stand alone for a whole letter (lower-case forms). */
const VNI_COMPLETE = new Map<string, string>([
  ['ñ', 'đ'],
  ['î', `y${DOT}`],
  ['æ', `i${HOOK}`],
  ['ó', `i${TILDE}`],
  ['ò', `i${DOT}`],
]);

/** VNI bytes for ơ and ư, which may still take a tone byte. */
const VNI_HORNED = new Map<string, string>([
  ['ô', `o${HORN}`],
  ['ö', `u${HORN}`],
]);

const VOWELS = 'aeiouy';

function withCaseOf(model: string, text: string): string {
  return model !== model.toLowerCase() ? text.toUpperCase() : text;
}

/** Applies the VNI mark at `markChar` to `base`; null when the mark does not fit. */
function applyMark(base: string, markChar: string | undefined): string | null {
  const mark = markChar === undefined ? undefined : VNI_MARKS.get(markChar.toLowerCase());
  if (!mark) return null;
  if (mark.shape === 'circumflex' && !'aeo'.includes(base)) return null;
  if (mark.shape === 'breve' && base !== 'a') return null;
  const shape = mark.shape === 'circumflex' ? CIRCUMFLEX : mark.shape === 'breve' ? BREVE : '';
  return base + shape + (mark.tone ?? '');
}

/** Reads one VNI letter at `i`; returns the decoded text and how many chars it used. */
function readVniLetter(text: string, i: number): { out: string; used: number } {
  const ch = text[i] as string;
  const lower = ch.toLowerCase();
  const complete = VNI_COMPLETE.get(lower);
  if (complete !== undefined) return { out: withCaseOf(ch, complete.normalize('NFC')), used: 1 };
  const base = VNI_HORNED.get(lower) ?? (VOWELS.includes(lower) ? lower : null);
  if (base === null) return { out: ch, used: 1 };
  const marked = applyMark(base, text[i + 1]);
  const out = (marked ?? base).normalize('NFC');
  return { out: withCaseOf(ch, out), used: marked === null ? 1 : 2 };
}

/** Converts VNI-Windows text read as Latin-1 to Unicode (NFC). */
export function convertVni(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    const { out, used } = readVniLetter(text, i);
    parts.push(out);
    i += used;
  }
  return parts.join('').normalize('NFC');
}

/** Converts TCVN3 (ABC) text read as Latin-1 to Unicode (NFC). */
export function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize('NFC');
}

/** Converts `text` from a legacy encoding to Unicode. */
export function convertLegacyEncoding(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
}

/** Latin-1 letters and signs that never occur in Unicode Vietnamese prose. */
const FOREIGN_CHARS =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/g;

const COMMON_SYLLABLES = new Set(
  (
    'của và các tỉnh ngày năm thực hiện được trình báo cáo với trong đến nhân dân công tác những ' +
    'quy định cơ quan đơn vị sở huyện xã thông kết luận phối hợp chủ trì hoàn thành ủy ban về để ' +
    'theo này đã số tháng quý việc người kinh tế xã hội phát triển đầu tư dự án nghị quyết tiếp thu ' +
    'ý kiến chỉ đạo triển khai thời gian hạn trước sau như một có không là cho tại từ trên đề nghị'
  ).split(' '),
);

function commonSyllableShare(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const words = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (COMMON_SYLLABLES.has(word)) hits += 1;
  return hits / words.length;
}

function foreignShare(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (sample.match(FOREIGN_CHARS)?.length ?? 0) / letters;
}

/**
 * Tells whether `text` is TCVN3 or VNI text decoded as Latin-1. Cheap for Unicode text: the
 * conversions are tried only when Latin-1 signs foreign to Vietnamese make up ≥ 1 % of letters.
 */
export function detectLegacyEncoding(text: string): LegacyDetection {
  const foreign = foreignShare(text);
  if (foreign < 0.01) return { encoding: null, confidence: 1 - foreign, uncertain: false };
  const asIs = commonSyllableShare(text);
  const candidates: Array<{ encoding: LegacyEncoding; share: number }> = [
    { encoding: 'tcvn3', share: commonSyllableShare(convertTcvn3(text)) },
    { encoding: 'vni', share: commonSyllableShare(convertVni(text)) },
  ];
  candidates.sort((a, b) => b.share - a.share);
  const best = candidates[0] as { encoding: LegacyEncoding; share: number };
  const runnerUp = candidates[1] as { encoding: LegacyEncoding; share: number };
  const clear =
    best.share >= 0.08 && best.share >= 1.5 * asIs && best.share >= 1.3 * runnerUp.share;
  if (clear) {
    return { encoding: best.encoding, confidence: Math.min(1, best.share * 3), uncertain: false };
  }
  return { encoding: null, confidence: 0, uncertain: foreign >= 0.03 };
}
