/**
 * Numbers and symbols (Decree 30 Art. 15): each body keeps an outgoing register per document
 * type and year, restarting at 1 on 1 January; "346/TB-UBND" is the number, "/", the type code
 * and the body's code. A number and symbol is used once per body and year (unique index); a
 * number typed in because another system assigned it must not collide either. The register's
 * atomic increment is `nextRegisterNumber` in the repository.
 * @module
 */
import { formatNumberSymbol } from '@ketluan/docgen';
import { badRequest } from '../../errors.ts';

/** The number columns of an announcement row. */
export interface NumberFields {
  number: number | null;
  symbol: string | null;
  number_symbol: string | null;
  year: number | null;
}

/** "346 /TB-UBND" → { number: 346, symbol: "TB-UBND", numberSymbol: "346/TB-UBND" } (padded below 10). */
export function parseNumberSymbol(text: string): {
  number: number;
  symbol: string;
  numberSymbol: string;
} {
  const m = /^\s*(\d{1,7})\s*\/\s*(\S+)\s*$/u.exec(text.normalize('NFC'));
  if (!m) throw badRequest('invalid_number_symbol', 'Số, ký hiệu phải có dạng 346/TB-UBND');
  const number = Number(m[1]);
  if (number < 1) throw badRequest('invalid_number_symbol', 'Số văn bản bắt đầu từ 01');
  const symbol = m[2]!;
  return { number, symbol, numberSymbol: formatNumberSymbol(number, symbol) };
}

/** The register symbol of a type for a body: "TB" + "UBND" → "TB-UBND". */
export function registerSymbol(typeCode: string, bodySymbol: string | null): string | null {
  return bodySymbol ? `${typeCode}-${bodySymbol}` : null;
}

/**
 * Number columns for a draft: a typed number is kept (and reserved for its year); a register
 * number is assigned only at issue, so the draft keeps just the symbol.
 */
export function numberFields(
  numbering: 'register' | 'manual',
  typed: string | null,
  bodySymbol: string | null,
  dateForYear: string,
): NumberFields {
  if (numbering === 'manual') {
    if (!typed)
      throw badRequest(
        'number_required',
        'Đánh số thủ công cần nhập số, ký hiệu (ví dụ 346/TB-UBND)',
      );
    const n = parseNumberSymbol(typed);
    return {
      number: n.number,
      symbol: n.symbol,
      number_symbol: n.numberSymbol,
      year: Number(dateForYear.slice(0, 4)),
    };
  }
  const symbol = registerSymbol('TB', bodySymbol);
  if (!symbol)
    throw badRequest(
      'no_body_symbol',
      'Cơ quan ban hành chưa có ký hiệu để lập sổ đăng ký văn bản đi',
    );
  return { number: null, symbol, number_symbol: null, year: null };
}
