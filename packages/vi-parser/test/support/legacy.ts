/**
 * Encoders from Unicode to TCVN3 and VNI-Windows (as Latin-1 strings), written independently
 * of the parser's decoders so tests check a real round trip.
 */

// TCVN3: each lower-case letter → its byte (shown as the Latin-1 character).
const TCVN3_BYTES: Record<string, number> = {
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
  à: 0xb5,
  ả: 0xb6,
  ã: 0xb7,
  á: 0xb8,
  ạ: 0xb9,
  ằ: 0xbb,
  ẳ: 0xbc,
  ẵ: 0xbd,
  ắ: 0xbe,
  ặ: 0xc6,
  ầ: 0xc7,
  ẩ: 0xc8,
  ẫ: 0xc9,
  ấ: 0xca,
  ậ: 0xcb,
  è: 0xcc,
  ẻ: 0xce,
  ẽ: 0xcf,
  é: 0xd0,
  ẹ: 0xd1,
  ề: 0xd2,
  ể: 0xd3,
  ễ: 0xd4,
  ế: 0xd5,
  ệ: 0xd6,
  ì: 0xd7,
  ỉ: 0xd8,
  ĩ: 0xdc,
  í: 0xdd,
  ị: 0xde,
  ò: 0xdf,
  ỏ: 0xe1,
  õ: 0xe2,
  ó: 0xe3,
  ọ: 0xe4,
  ồ: 0xe5,
  ổ: 0xe6,
  ỗ: 0xe7,
  ố: 0xe8,
  ộ: 0xe9,
  ờ: 0xea,
  ở: 0xeb,
  ỡ: 0xec,
  ớ: 0xed,
  ợ: 0xee,
  ù: 0xef,
  ủ: 0xf1,
  ũ: 0xf2,
  ú: 0xf3,
  ụ: 0xf4,
  ừ: 0xf5,
  ử: 0xf6,
  ữ: 0xf7,
  ứ: 0xf8,
  ự: 0xf9,
  ỳ: 0xfa,
  ỷ: 0xfb,
  ỹ: 0xfc,
  ý: 0xfd,
  ỵ: 0xfe,
};

/** Encodes Unicode text as TCVN3 read as Latin-1 (capitals with tone marks lose their case). */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = TCVN3_BYTES[ch] ?? TCVN3_BYTES[ch.toLowerCase()];
    out += code === undefined ? ch : String.fromCharCode(code);
  }
  return out;
}

const TONE_BYTE: Record<string, string> = {
  '\u0301': 'ù',
  '\u0300': 'ø',
  '\u0309': 'û',
  '\u0303': 'õ',
  '\u0323': 'ï',
};
const CIRCUMFLEX_TONE: Record<string, string> = {
  '': 'â',
  '\u0301': 'á',
  '\u0300': 'à',
  '\u0309': 'å',
  '\u0303': 'ã',
  '\u0323': 'ä',
};
const BREVE_TONE: Record<string, string> = {
  '': 'ê',
  '\u0301': 'é',
  '\u0300': 'è',
  '\u0309': 'ú',
  '\u0303': 'ü',
  '\u0323': 'ë',
};
const I_TONE: Record<string, string> = {
  '\u0301': 'í',
  '\u0300': 'ì',
  '\u0309': 'æ',
  '\u0303': 'ó',
  '\u0323': 'ò',
};

function upperIf(upper: boolean, text: string): string {
  return upper ? text.toUpperCase() : text;
}

/** Encodes one Unicode letter in VNI-Windows. */
function vniLetter(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return upperIf(ch === 'Đ', 'ñ');
  const [base = '', ...marks] = ch.normalize('NFD');
  const upper = base !== base.toLowerCase();
  const lower = base.toLowerCase();
  if (!'aeiouy'.includes(lower) || marks.length === 0) return ch;
  const tone = marks.find((m) => m in TONE_BYTE) ?? '';
  if (marks.includes('\u0302')) return upperIf(upper, lower + (CIRCUMFLEX_TONE[tone] as string));
  if (marks.includes('\u0306')) return upperIf(upper, lower + (BREVE_TONE[tone] as string));
  if (marks.includes('\u031b'))
    return upperIf(upper, (lower === 'o' ? 'ô' : 'ö') + (TONE_BYTE[tone] ?? ''));
  if (lower === 'i') return upperIf(upper, I_TONE[tone] ?? 'i');
  if (lower === 'y' && tone === '\u0323') return upperIf(upper, 'î');
  return upperIf(upper, lower + (TONE_BYTE[tone] ?? ''));
}

/** Encodes Unicode text as VNI-Windows read as Latin-1. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += vniLetter(ch);
  return out;
}
