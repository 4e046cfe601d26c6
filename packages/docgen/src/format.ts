/**
 * Text formatting rules of Decree 30/2020/NĐ-CP that do not depend on the output format.
 * Pure functions; every result is NFC.
 */

/** NFC-normalises text (Decree 30 App. I §I.4: Unicode per TCVN 6909:2001). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Vietnamese capitals ("Ủy ban" → "ỦY BAN"), for the components printed in upper case. */
export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO `YYYY-MM-DD` date into its parts, rejecting impossible dates. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1) {
    throw new RangeError(`No such date: ${iso}`);
  }
  return { year, month, day };
}

/**
 * The place-and-date line (Decree 30 App. I §II.4b–c): "Lạng Sơn, ngày 27 tháng 6 năm 2021".
 * Days below 10 and the months January and February take a leading zero
 * ("ngày 05 tháng 01 năm 2020"), so that the date cannot be altered by adding a digit.
 */
export function formatDateLine(place: string, iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return nfc(`${place.trim()}, ngày ${dd} tháng ${mm} năm ${year}`);
}

/** Non-breaking spaces standing for a number that is assigned after signature. */
const UNNUMBERED = '\u00a0'.repeat(6);

/**
 * Number and symbol (Decree 30 Art. 15 and App. I §II.3c): "346/TB-UBND"; numbers below 10 are
 * padded ("05/TB-UBND"). A document is numbered only after it is signed, so a missing number
 * leaves a blank for the clerk: "      /TB-UBND". No spaces around "/" (App. I §II.3c).
 */
export function formatNumberSymbol(
  number: number | string | null | undefined,
  symbol: string,
): string {
  const cleanSymbol = nfc(symbol.trim().replace(/^\/+/, ''));
  if (number === null || number === undefined || String(number).trim() === '') {
    return `${UNNUMBERED}/${cleanSymbol}`;
  }
  const digits = String(number).trim();
  if (!/^\d+$/.test(digits)) throw new RangeError(`Not a document number: ${digits}`);
  return `${digits.length === 1 ? `0${digits}` : digits}/${cleanSymbol}`;
}

/**
 * "Nơi nhận" lines (Decree 30 App. I §II.9d): each "- X;" and the last "- Lưu: VT, …." Input
 * lines may already carry the dash and punctuation; they are not doubled.
 */
export function formatRecipientLines(recipients: readonly string[]): string[] {
  return recipients.map((line, index) => {
    const text = nfc(line)
      .trim()
      .replace(/^[-–—•]\s*/, '')
      .replace(/[;.,]+$/, '');
    return `- ${text}${index === recipients.length - 1 ? '.' : ';'}`;
  });
}

/** Letters for points ("điểm") in the order of the Vietnamese alphabet (Decree 30 App. I §II.6đ). */
const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** The marker typed before a list item: "- " for bullets, "a) ", "b) ", … "đ) " when ordered. */
export function listMarker(index: number, ordered: boolean): string {
  if (!ordered) return '- ';
  const letter = POINT_LETTERS[index];
  return letter ? `${letter}) ` : `${index + 1}) `;
}
